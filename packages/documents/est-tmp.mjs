import { readFileSync, writeFileSync } from 'node:fs';
import { estimatePageNumbers } from 'docx/layout';
import { buildReport } from './dist/index.js';
import { renderDocx } from './dist/render/docx/index.js';
const { replicate } = await import('/work/main/bench/sections/documents.mjs');
const foggia = JSON.parse(readFileSync('/work/main/fixtures/foggia-2021.json', 'utf8'));
globalThis.__EST = estimatePageNumbers;
for (const [name, doc] of [['foggia', foggia], ['x10', replicate(foggia, 10)]]) {
  const model = buildReport({ kind: 'relazione', doc, period: '2021' });
  let t = Date.now();
  const out = await renderDocx(model, new Map());
  console.log(name, 'estimated', Date.now() - t);
  writeFileSync(`/tmp/docs/${name}-est.docx`, out);
}
