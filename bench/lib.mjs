// Shared helpers of the benchmark sections: child processes timed with their memory peak,
// medians, formatting and plain-text tables.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH_DIR, '..');
export const OUT_DIR = path.join(BENCH_DIR, 'out');
const RSS_HOOK = pathToFileURL(path.join(BENCH_DIR, 'rss.mjs')).href;

let rssSeq = 0;

/**
 * Runs `node [--import rss.mjs] ...args` to completion, stdout to /dev/null (or `stdout` file),
 * stderr captured. Wall time is measured around the whole child (start-up included).
 * The memory peak is the child's own process.resourceUsage().maxRSS, written at exit by
 * bench/rss.mjs (preloaded with --import, so every measured child pays the same tiny cost).
 * @returns {{ ms: number, code: number|null, signal: string|null, rssBytes: number|null, stderr: string }}
 */
export function runNode(args, { stdout = '/dev/null', cwd = ROOT, env = {}, timeoutMs = 300_000 } = {}) {
  mkdirSync(OUT_DIR, { recursive: true });
  const rssFile = path.join(OUT_DIR, `.rss-${process.pid}-${++rssSeq}`);
  rmSync(rssFile, { force: true });
  const outFd = openSync(stdout, 'w');
  try {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
      cwd,
      env: { ...process.env, ...env, PERFORMA_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', outFd, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: timeoutMs,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let rssBytes = null;
    if (existsSync(rssFile)) {
      const kb = Number(readFileSync(rssFile, 'utf8'));
      if (Number.isFinite(kb) && kb > 0) rssBytes = kb * 1024;
      rmSync(rssFile, { force: true });
    }
    if (r.error) throw r.error;
    return { ms, code: r.status, signal: r.signal, rssBytes, stderr: r.stderr?.toString('utf8') ?? '' };
  } finally {
    closeSync(outFd);
  }
}

/**
 * Repeats each job `reps` times (after `warmup` discarded runs), interleaving the jobs so that
 * drifts of the machine hit them alike. Stops a job at its first failure.
 * @param {Record<string, string[]>} jobs name → node arguments
 * @returns {Record<string, { runs: number[], median: number|null, min: number|null, max: number|null, rssMax: number|null, failure: null|{code, signal, stderr} }>}
 */
export function measureInterleaved(jobs, { reps = 5, warmup = 1, onRun } = {}) {
  const res = {};
  for (const name of Object.keys(jobs)) res[name] = { runs: [], rss: [], failure: null };
  for (let i = 0; i < warmup + reps; i++) {
    for (const [name, args] of Object.entries(jobs)) {
      const slot = res[name];
      if (slot.failure) continue;
      const r = runNode(args);
      if (r.code !== 0) {
        slot.failure = { code: r.code, signal: r.signal, stderr: r.stderr };
        continue;
      }
      if (i >= warmup) {
        slot.runs.push(r.ms);
        if (r.rssBytes != null) slot.rss.push(r.rssBytes);
      }
      onRun?.(name, i, r);
    }
  }
  const out = {};
  for (const [name, slot] of Object.entries(res)) {
    out[name] = {
      runs: slot.runs,
      median: slot.runs.length ? median(slot.runs) : null,
      min: slot.runs.length ? Math.min(...slot.runs) : null,
      max: slot.runs.length ? Math.max(...slot.runs) : null,
      rssMax: slot.rss.length ? Math.max(...slot.rss) : null,
      failure: slot.failure,
    };
  }
  return out;
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return null;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Formatting

export const fmtMs = (ms) => (ms == null ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
export const fmtMB = (bytes) => (bytes == null ? '–' : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`);
export const fmtRatio = (x) => (x == null || !Number.isFinite(x) ? '–' : `${x.toFixed(2)}x`);
export const fmtCount = (n) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
export const fmtSpread = (r) => (r.median == null ? '–' : `${fmtMs(r.median)} (${fmtMs(r.min)}–${fmtMs(r.max)})`);

/**
 * A plain-text table. columns: [{ title, align?: 'left'|'right' }], rows: arrays of strings.
 * Titles may have two lines separated by '\n'.
 */
export function table(columns, rows) {
  const titleLines = columns.map((c) => c.title.split('\n'));
  const height = Math.max(...titleLines.map((l) => l.length));
  const widths = columns.map((c, i) => Math.max(...titleLines[i].map((s) => s.length), ...rows.map((r) => String(r[i] ?? '').length)));
  const cell = (s, i) => {
    const text = String(s ?? '');
    return columns[i].align === 'left' ? text.padEnd(widths[i]) : text.padStart(widths[i]);
  };
  const lines = [];
  for (let h = 0; h < height; h++) {
    lines.push(columns.map((c, i) => cell(titleLines[i][h - (height - titleLines[i].length)] ?? '', i)).join('  ').trimEnd());
  }
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) lines.push(r.map(cell).join('  ').trimEnd());
  return lines.join('\n');
}

export function machineNote() {
  const cpus = os.cpus();
  const model = cpus[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown cpu';
  return `Machine: Node ${process.version}, ${os.platform()}-${os.arch()}, ${cpus.length} CPU (${model}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`;
}

export const log = (s = '') => process.stdout.write(`${s}\n`);
