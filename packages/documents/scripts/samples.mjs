#!/usr/bin/env node
// `npm run samples`: regenerates docs/samples/ — the Foggia 2021 Relazione as PDF (with the sample
// narratives of foggia-narratives.json) and its first pages as PNG (pdftoppm), plus the pages of the
// performance tree and of the first operational card, to look at before committing.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = path.join(ROOT, 'docs', 'samples');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr || r.error}`);
  return r.stdout;
};

run('npx', ['tsc', '-b', 'packages/core', 'packages/documents']);
const { renderDocument } = await import(path.join(ROOT, 'packages/documents/dist/index.js'));

const doc = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/foggia-2021.json'), 'utf8'));
const narratives = JSON.parse(readFileSync(new URL('./foggia-narratives.json', import.meta.url), 'utf8'));
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (/^relazione-foggia-2021/.test(f)) rmSync(path.join(OUT, f));

const t0 = Date.now();
const pdf = await renderDocument({ kind: 'relazione', format: 'pdf', doc, period: '2021', narratives, tocPageNumbers: true });
const pdfPath = path.join(OUT, 'relazione-foggia-2021.pdf');
writeFileSync(pdfPath, pdf.data);
console.log(`${path.relative(ROOT, pdfPath)}: ${pdf.data.byteLength.toLocaleString('it-IT')} byte in ${Date.now() - t0} ms`);

run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '6', pdfPath, path.join(OUT, 'relazione-foggia-2021')]);
const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfPath]))?.[1] ?? 0);
const find = (needles) => {
  for (let p = 7; p <= pages; p++) {
    const text = run('pdftotext', ['-f', String(p), '-l', String(p), pdfPath, '-']);
    if (needles.every((n) => text.includes(n))) return p;
  }
  return null;
};
const extra = [
  ['albero', ['3.0 – Albero della performance']],
  ['scheda-obiettivo', ['OP.02.01.01 - Rendere più semplice', 'Unità organizzative coinvolte']],
];
for (const [name, needles] of extra) {
  const p = find(needles);
  if (p) run('pdftoppm', ['-png', '-r', '60', '-f', String(p), '-l', String(p), '-singlefile', pdfPath, path.join(OUT, `relazione-foggia-2021-${name}`)]);
}
console.log(readdirSync(OUT).filter((f) => f.startsWith('relazione-foggia-2021')).map((f) => `  docs/samples/${f}`).join('\n'));
