import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fontsPlugin } from './scripts/fonts-plugin.js';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The API and the core are compiled from source (they are plain TypeScript, pure, browser-safe).
// Of @performa/documents only two pure modules are used (the narrative syntax and section keys):
// its package entry pulls in Node-only code (Chromium, docx, exceljs) and is never imported here.
export default defineConfig({
  plugins: [react(), fontsPlugin()],
  resolve: {
    alias: {
      '@performa/core': src('../core/src/index.ts'),
      '@performa/api': src('../api/src/index.ts'),
      '@performa/documents/rich-text': src('../documents/src/model/rich-text.ts'),
      '@performa/documents/narratives': src('../documents/src/model/narratives.ts'),
    },
  },
  server: {
    proxy: { '/api': process.env.PERFORMA_API ?? 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
