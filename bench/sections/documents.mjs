// Section "documents": the Relazione sulla performance as PDF, end to end (`performa document
// relazione … --format pdf`, compiled CLI in a child process), side by side with Chromium printing the
// same HTML saved as a static file (goal ≤ 1.5x), for Foggia 2021 and for a plan 10x larger (Foggia's
// tree replicated 10 times with suffixed ids); and the DOCX of the 10x plan (goal < 10 s).
// Figures are printed, never asserted.
//
// Run as a child with `--print-static FILE.html OUT.pdf`, this file is the static-print baseline.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OUT_DIR, ROOT, fmtMs, fmtRatio, fmtSpread, log, measureInterleaved, runNode, table } from '../lib.mjs';

const SELF = fileURLToPath(import.meta.url);
const CLI = path.join(ROOT, 'packages/cli/bin/performa.js');
const PDF_GOAL = 1.5;
const DOCX_GOAL_MS = 10_000;
const REPS = Number(process.env.PERFORMA_BENCH_DOC_REPS ?? 3);

/** Foggia's tree replicated `times` times: every id but units and perspectives gets a suffix. */
export function replicate(doc, times) {
  const out = { ...doc, objectives: [], indicators: [], assignments: [], measurements: [], overrides: [], monitoring: [] };
  for (let k = 1; k <= times; k++) {
    const s = (id) => (id == null ? id : k === 1 ? id : `${id}-x${k}`);
    out.objectives.push(...doc.objectives.map((o) => ({ ...o, id: s(o.id), parent: s(o.parent ?? null), name: k === 1 ? o.name : `${o.name} (copia ${k})` })));
    out.indicators.push(...(doc.indicators ?? []).map((i) => ({ ...i, id: s(i.id) })));
    out.assignments.push(...(doc.assignments ?? []).map((a) => ({ ...a, objective: s(a.objective), indicator: s(a.indicator) })));
    out.measurements.push(...(doc.measurements ?? []).map((m) => ({ ...m, indicator: s(m.indicator) })));
    out.overrides.push(...(doc.overrides ?? []).map((o) => ({ ...o, objective: s(o.objective), indicator: s(o.indicator ?? null) })));
  }
  return out;
}

/** The baseline: Chromium printing a static HTML file with the same page options. */
async function printStatic(htmlFile, pdfFile) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.PERFORMA_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:7.5pt;width:100%;text-align:right;margin:0 15mm">Pagina <span class="pageNumber"></span> di <span class="totalPages"></span></div>',
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      outline: true,
      tagged: true,
    });
    writeFileSync(pdfFile, pdf);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === SELF && process.argv[2] === '--print-static') {
  await printStatic(process.argv[3], process.argv[4]);
  process.exit(0);
}

function pagesOf(pdfFile) {
  try {
    const raw = readFileSync(pdfFile, 'latin1');
    const m = raw.match(/\/Type\s*\/Page[^s]/g);
    return m ? m.length : null;
  } catch {
    return null;
  }
}

export default {
  id: 'documents',
  title: 'performa document relazione (PDF, DOCX) vs Chromium printing the same static HTML',

  async run(ctx) {
    if (!existsSync(path.join(ROOT, 'packages/cli/dist/main.js')) || !existsSync(path.join(ROOT, 'packages/documents/dist/index.js'))) {
      log('The CLI or @performa/documents is not compiled: run `npm run build` first.');
      return { ok: false };
    }
    if (!existsSync(process.env.PERFORMA_CHROMIUM || '/usr/bin/chromium')) {
      log('Chromium not found (/usr/bin/chromium or PERFORMA_CHROMIUM): section skipped.');
      return { ok: true };
    }
    const dir = path.join(OUT_DIR, 'documents');
    mkdirSync(dir, { recursive: true });
    const foggia = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/foggia-2021.json'), 'utf8'));
    const plans = [
      { name: 'Foggia 2021', file: path.join(ROOT, 'fixtures/foggia-2021.json'), assignments: foggia.assignments.length },
      { name: 'Foggia x10', file: path.join(dir, 'foggia-x10.json'), assignments: foggia.assignments.length * 10 },
    ];
    writeFileSync(plans[1].file, JSON.stringify(replicate(foggia, 10)));

    let ok = true;
    const rows = [];
    for (const plan of plans) {
      const base = path.join(dir, plan.name.replace(/\W+/g, '-').toLowerCase());
      const html = runNode([CLI, 'document', 'relazione', plan.file, '--period', '2021', '--format', 'html', '--out', `${base}.html`]);
      if (html.code !== 0) {
        ok = false;
        log(`  ${plan.name}: HTML failed (exit ${html.code}): ${html.stderr.split('\n').slice(-3).join(' ')}`);
        continue;
      }
      process.stdout.write(`  ${plan.name}: ${REPS}+${ctx.warmup} runs each `);
      const r = measureInterleaved(
        {
          performa: [CLI, 'document', 'relazione', plan.file, '--period', '2021', '--format', 'pdf', '--out', `${base}.pdf`],
          static: [SELF, '--print-static', `${base}.html`, `${base}-static.pdf`],
        },
        { reps: REPS, warmup: ctx.warmup, onRun: () => process.stdout.write('.') },
      );
      process.stdout.write('\n');
      for (const [name, m] of Object.entries(r)) {
        if (m.failure) {
          ok = false;
          log(`  ${name} failed (exit ${m.failure.code}): ${m.failure.stderr.split('\n').slice(-4).join(' ')}`);
        }
      }
      rows.push({ plan, performa: r.performa, static: r.static, pages: pagesOf(`${base}.pdf`), htmlBytes: statSync(`${base}.html`).size });
    }

    // DOCX of the 10x plan (charts rasterised by Chromium included).
    const x10 = plans[1];
    process.stdout.write(`  ${x10.name} DOCX: ${REPS}+${ctx.warmup} runs `);
    const docx = measureInterleaved(
      { docx: [CLI, 'document', 'relazione', x10.file, '--period', '2021', '--format', 'docx', '--out', path.join(dir, 'foggia-x10.docx')] },
      { reps: REPS, warmup: ctx.warmup, onRun: () => process.stdout.write('.') },
    ).docx;
    process.stdout.write('\n');
    if (docx.failure) {
      ok = false;
      log(`  DOCX failed (exit ${docx.failure.code}): ${docx.failure.stderr.split('\n').slice(-4).join(' ')}`);
    }

    log();
    log('Relazione sulla performance, PDF (median of the runs, min–max in brackets; both include Node and Chromium start-up)');
    log(table(
      [
        { title: 'plan', align: 'left' },
        { title: 'assign-\nments' },
        { title: 'pages' },
        { title: 'HTML' },
        { title: 'performa document\n--format pdf' },
        { title: 'Chromium printing\nthe static HTML' },
        { title: 'ratio' },
        { title: 'goal' },
      ],
      rows.map((x) => [
        x.plan.name,
        String(x.plan.assignments),
        x.pages == null ? '–' : String(x.pages),
        `${(x.htmlBytes / 1024).toFixed(0)} kB`,
        x.performa.failure ? 'FAILED' : fmtSpread(x.performa),
        x.static.failure ? 'FAILED' : fmtSpread(x.static),
        fmtRatio(x.performa.median / x.static.median),
        `≤ ${PDF_GOAL.toFixed(2)}x`,
      ]),
    ));
    log();
    for (const x of rows) {
      const ratio = x.performa.median / x.static.median;
      log(`Goal: PDF ≤ ${PDF_GOAL}x the static print, ${x.plan.name}: ${fmtRatio(ratio)} — ${ratio <= PDF_GOAL ? 'met' : 'not met'}`);
    }
    if (docx.median != null) log(`Goal: DOCX of the 10x plan < ${fmtMs(DOCX_GOAL_MS)}: ${fmtSpread(docx)} — ${docx.median < DOCX_GOAL_MS ? 'met' : 'not met'}`);
    ctx.results.documents = {
      pdf: rows.map((x) => ({ plan: x.plan.name, assignments: x.plan.assignments, pages: x.pages, performaMs: x.performa.median, staticMs: x.static.median, performaRuns: x.performa.runs, staticRuns: x.static.runs })),
      docxX10Ms: docx.median,
      docxX10Runs: docx.runs,
    };
    return { ok };
  },
};
