// Serves (dev) and emits (build) Titillium Web, Lora and Roboto Mono from bootstrap-italia's own
// folder under /fonts/, so the app never asks a font CDN; main.tsx calls loadFonts('/fonts').
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const fontsDir = path.join(path.dirname(require.resolve('bootstrap-italia/package.json')), 'dist', 'fonts');
const wanted = (f) => f.endsWith('.woff2') || f.endsWith('.woff');

function listFonts(dir = fontsDir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFonts(full, `${prefix}${name}/`));
    else if (wanted(name)) out.push(`${prefix}${name}`);
  }
  return out;
}

export function fontsPlugin() {
  return {
    name: 'performa-fonts',
    configureServer(server) {
      server.middlewares.use('/fonts', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        const file = path.join(fontsDir, rel);
        if (!file.startsWith(fontsDir) || !wanted(file)) return next();
        try {
          const body = readFileSync(file);
          res.setHeader('Content-Type', file.endsWith('.woff2') ? 'font/woff2' : 'font/woff');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const rel of listFonts()) {
        this.emitFile({ type: 'asset', fileName: `fonts/${rel}`, source: readFileSync(path.join(fontsDir, rel)) });
      }
    },
  };
}
