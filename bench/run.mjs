#!/usr/bin/env node
// `npm run bench`: generates synthetic performa/1 plans (1k, 10k, 100k assignments) into
// bench/out/ (git-ignored) and runs the benchmark sections in order. Figures are printed, never
// asserted: the exit code is 0 unless something crashes (a failing child, a broken section).
//
//   npm run bench [-- --sizes 1000,10000,100000] [--reps N] [--warmup N] [--only score] [--seed S] [--json FILE]
//
// A section is a module of bench/sections/ exporting { id, title, run(ctx) → { ok } }; add new ones
// (server latency, PDF time) to SECTIONS below.

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, OUT_DIR, ROOT, fmtCount, fmtMB, fmtMs, log, machineNote, runNode } from './lib.mjs';
import scoreSection from './sections/score.mjs';
import documentsSection from './sections/documents.mjs';
import serverSection from './sections/server.mjs';
import webSection from './sections/web.mjs';

const SECTIONS = [scoreSection, serverSection, webSection, documentsSection];

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    reps: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opts.help) {
  log('uso: npm run bench [-- --sizes 1000,10000,100000] [--reps N] [--warmup N] [--only SEZIONE] [--seed S] [--json FILE]');
  log(`sezioni: ${SECTIONS.map((s) => s.id).join(', ')}`);
  process.exit(0);
}

if (opts.only) {
  const unknown = opts.only.split(',').filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length) {
    process.stderr.write(`sezione sconosciuta: ${unknown.join(', ')} (sezioni: ${SECTIONS.map((s) => s.id).join(', ')})\n`);
    process.exit(2);
  }
}
const sizes = opts.sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const defaultReps = (size) => (size <= 1000 ? 11 : size <= 10_000 ? 9 : 7);
const plans = new Map();

const ctx = {
  root: ROOT,
  outDir: OUT_DIR,
  sizes,
  warmup: Number(opts.warmup),
  seed: opts.seed,
  reps: (size) => (opts.reps ? Number(opts.reps) : defaultReps(size)),
  results: {},
  /** The generated plan of `size` assignments (generated once per run, in a child process). */
  async plan(size) {
    if (!plans.has(size)) {
      mkdirSync(OUT_DIR, { recursive: true });
      const file = path.join(OUT_DIR, `plan-${size}.json`);
      const r = runNode([path.join(BENCH_DIR, 'generate.mjs'), String(size), file, '--seed', opts.seed]);
      if (r.code !== 0) throw new Error(`generating ${size} assignments failed (exit ${r.code}):\n${r.stderr}`);
      const bytes = statSync(file).size;
      log(`  generated ${path.relative(ROOT, file)}: ${fmtCount(size)} assignments, ${fmtMB(bytes)} in ${fmtMs(r.ms)}`);
      plans.set(size, { file, bytes });
    }
    return plans.get(size);
  },
};

const t0 = Date.now();
log('Performa benchmark');
log(machineNote());
log(`Sizes: ${sizes.map(fmtCount).join(', ')} assignments (seed ${opts.seed}); plans in ${path.relative(ROOT, OUT_DIR)}/`);
let failed = false;
for (const section of SECTIONS) {
  if (opts.only && !opts.only.split(',').includes(section.id)) continue;
  log();
  log(`== ${section.title} ==`);
  try {
    const r = await section.run(ctx);
    if (!r?.ok) failed = true;
  } catch (error) {
    failed = true;
    log(`Section ${section.id} crashed: ${error?.stack ?? error}`);
  }
}
log();
log(`Total bench time: ${fmtMs(Date.now() - t0)}${failed ? ' — something failed (see above)' : ''}`);
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ machine: machineNote(), results: ctx.results }, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
