// Section "score": `performa score FILE --period 2025-Q2` end to end (compiled CLI, child process)
// against the I/O floor of the same file (read + JSON.parse + JSON.stringify + write), per size:
// medians, their ratio, the growth between successive sizes and each child's memory peak.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  BENCH_DIR, ROOT, fmtCount, fmtMB, fmtMs, fmtRatio, fmtSpread, log, measureInterleaved, runNode, table,
} from '../lib.mjs';

const CLI = path.join(ROOT, 'packages/cli/bin/performa.js');
const FLOOR = path.join(BENCH_DIR, 'floor.mjs');
const PERIOD = '2025-Q2';
const RATIO_GOAL = 1.25; // end-to-end ≤ 1.25x the I/O floor at the largest size
const GROWTH_SLACK = 1.1; // 10x input ≤ 11x time

/** Packages whose sources are newer than their compiled output (a forgotten `npm run build`). */
function staleBuilds() {
  const newest = (dir, ext) => {
    let t = 0;
    if (!existsSync(dir)) return 0;
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (e.isFile() && (!ext || e.name.endsWith(ext))) t = Math.max(t, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
    }
    return t;
  };
  const stale = [];
  const pkgs = readdirSync(path.join(ROOT, 'packages'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(ROOT, 'packages', e.name, 'src')))
    .map((e) => e.name);
  for (const pkg of pkgs) {
    const src = newest(path.join(ROOT, 'packages', pkg, 'src'), '.ts');
    const dist = newest(path.join(ROOT, 'packages', pkg, 'dist'), '.js');
    if (dist === 0 || src > dist) stale.push(pkg);
  }
  return stale;
}

function firstLines(text, n = 15) {
  const lines = text.trimEnd().split('\n');
  return lines.slice(0, n).join('\n') + (lines.length > n ? `\n… (${lines.length - n} more lines)` : '');
}

export default {
  id: 'score',
  title: `performa score FILE --period ${PERIOD} vs the I/O floor`,

  async run(ctx) {
    if (!existsSync(path.join(ROOT, 'packages/cli/dist/main.js'))) {
      log('The CLI is not compiled (packages/cli/dist/main.js missing): run `npm run build` first.');
      return { ok: false };
    }
    const stale = staleBuilds();
    if (stale.length) log(`Warning: sources of ${stale.join(', ')} are newer than their dist/ — run \`npm run build\` to measure the current code.`);

    // Node start-up with the same preload: the constant every child pays; and the CLI's own
    // start-up (module loading, `performa --help`), the constant the CLI pays on top of it.
    const base = measureInterleaved({ startup: ['-e', ''], cli: [CLI, '--help'] }, { reps: 7, warmup: 1 });
    const startup = base.startup;
    let ok = true;
    const rows = [];
    for (const size of ctx.sizes) {
      const plan = await ctx.plan(size);
      const validate = runNode([CLI, 'validate', plan.file]);
      if (validate.code !== 0) {
        ok = false;
        log(`performa validate ${path.relative(ROOT, plan.file)} → exit ${validate.code}${validate.signal ? ` (${validate.signal})` : ''}:`);
        log(firstLines(validate.stderr));
      }
      const reps = ctx.reps(size);
      process.stdout.write(`  ${fmtCount(size)}: validate exit ${validate.code} (${fmtMs(validate.ms)}); timing ${reps}+${ctx.warmup} runs each `);
      const r = measureInterleaved(
        { score: [CLI, 'score', plan.file, '--period', PERIOD], floor: [FLOOR, plan.file] },
        { reps, warmup: ctx.warmup, onRun: () => process.stdout.write('.') },
      );
      process.stdout.write('\n');
      for (const [name, m] of Object.entries(r)) {
        if (m.failure) {
          ok = false;
          log(`  ${name} failed at ${fmtCount(size)} (exit ${m.failure.code}${m.failure.signal ? `, ${m.failure.signal}` : ''}):`);
          log(firstLines(m.failure.stderr));
        }
      }
      rows.push({ size, bytes: plan.bytes, validate, score: r.score, floor: r.floor });
    }

    log();
    log(`Time and memory (median of the runs, min–max in brackets; stdout to /dev/null)`);
    log(`Start-up alone: node -e '' ${fmtMs(startup.median)}, performa --help ${base.cli.failure ? 'FAILED' : fmtMs(base.cli.median)}`);
    log(table(
      [
        { title: 'assignments', align: 'left' },
        { title: 'file' },
        { title: `performa score\n--period ${PERIOD}` },
        { title: 'I/O floor\nread+parse+stringify' },
        { title: 'ratio\nscore/floor' },
        { title: 'goal' },
        { title: 'max RSS\nscore' },
        { title: 'max RSS\nfloor' },
      ],
      rows.map((x, i) => [
        fmtCount(x.size),
        fmtMB(x.bytes),
        x.score.failure ? 'FAILED' : fmtSpread(x.score),
        x.floor.failure ? 'FAILED' : fmtSpread(x.floor),
        fmtRatio(x.score.median / x.floor.median),
        i === rows.length - 1 ? `≤ ${RATIO_GOAL.toFixed(2)}x` : '',
        fmtMB(x.score.rssMax),
        fmtMB(x.floor.rssMax),
      ]),
    ));

    if (rows.length > 1) {
      const net = (m) => (m.median == null || startup.median == null ? null : Math.max(1, m.median - startup.median));
      log();
      log('Growth of time between successive sizes (net = minus the Node start-up)');
      log(table(
        [
          { title: 'step', align: 'left' },
          { title: 'input' },
          { title: 'score\ntime' },
          { title: 'floor\ntime' },
          { title: 'goal' },
          { title: 'score\nnet' },
          { title: 'floor\nnet' },
          { title: 'score\nRSS' },
        ],
        rows.slice(1).map((x, k) => {
          const prev = rows[k];
          const input = x.size / prev.size;
          return [
            `${fmtCount(prev.size)} → ${fmtCount(x.size)}`,
            `${input.toFixed(0)}x`,
            fmtRatio(x.score.median / prev.score.median),
            fmtRatio(x.floor.median / prev.floor.median),
            `≤ ${fmtRatio(input * GROWTH_SLACK).replace('.00', '')}`,
            fmtRatio(net(x.score) / net(prev.score)),
            fmtRatio(net(x.floor) / net(prev.floor)),
            fmtRatio(x.score.rssMax / prev.score.rssMax),
          ];
        }),
      ));
    }

    // Goals, stated against the figures (printed, never asserted).
    const last = rows[rows.length - 1];
    log();
    if (last && last.score.median != null && last.floor.median != null) {
      const ratio = last.score.median / last.floor.median;
      log(`Goal: end-to-end ≤ ${RATIO_GOAL}x the I/O floor at ${fmtCount(last.size)}: ${fmtRatio(ratio)} — ${ratio <= RATIO_GOAL ? 'met' : 'not met'}`);
    }
    const steps = rows.slice(1).map((x, k) => ({ x, prev: rows[k] })).filter(({ x, prev }) => x.score.median != null && prev.score.median != null);
    if (steps.length) {
      const parts = steps.map(({ x, prev }) => {
        const g = x.score.median / prev.score.median;
        const goal = (x.size / prev.size) * GROWTH_SLACK;
        return `${fmtCount(prev.size)}→${fmtCount(x.size)} ${fmtRatio(g)} (≤ ${goal.toFixed(0)}x: ${g <= goal ? 'met' : 'not met'})`;
      });
      log(`Goal: time linear in size (10x input ≤ 11x time), performa score: ${parts.join(', ')}`);
    }
    ctx.results.score = {
      startupMs: startup.median,
      cliStartupMs: base.cli.median,
      sizes: rows.map((x) => ({
        assignments: x.size, bytes: x.bytes, validateExit: x.validate.code,
        scoreMs: x.score.median, floorMs: x.floor.median, scoreRuns: x.score.runs, floorRuns: x.floor.runs,
        scoreRssBytes: x.score.rssMax, floorRssBytes: x.floor.rssMax,
      })),
    };
    return { ok };
  },
};
