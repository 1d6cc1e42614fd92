/**
 * Titillium Web (the font of the Italian public administration design system), embedded as data
 * URLs when the bootstrap-italia package is installed; otherwise the documents use system fonts.
 * Nothing is ever downloaded.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FACES = [
  { file: 'titillium-web-v10-latin-ext_latin-regular.woff2', weight: 400, style: 'normal' },
  { file: 'titillium-web-v10-latin-ext_latin-italic.woff2', weight: 400, style: 'italic' },
  { file: 'titillium-web-v10-latin-ext_latin-600.woff2', weight: 600, style: 'normal' },
  { file: 'titillium-web-v10-latin-ext_latin-700.woff2', weight: 700, style: 'normal' },
];

function fontDir(): string | null {
  for (const base of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      const pkg = createRequire(base).resolve('bootstrap-italia/package.json');
      return join(dirname(pkg), 'dist', 'fonts', 'Titillium_Web');
    } catch {
      // not installed from here
    }
  }
  return null;
}

let cached: Promise<string> | null = null;

/** @font-face rules for Titillium Web, or '' when the font files are not available. */
export function loadFontCss(): Promise<string> {
  cached ??= (async () => {
    const dir = fontDir();
    if (!dir) return '';
    const rules: string[] = [];
    for (const face of FACES) {
      try {
        const data = await readFile(join(dir, face.file));
        rules.push(
          `@font-face{font-family:'Titillium Web';font-style:${face.style};font-weight:${face.weight};` +
            `src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');}`,
        );
      } catch {
        // a missing face falls back to synthesis from the others
      }
    }
    return rules.join('\n');
  })();
  return cached;
}
