// Section "server": the results endpoint of `performa serve` under 50 concurrent clients
// (autocannon on loopback, with a logged-in session cookie), side by side with a static route of the
// same Fastify process that answers the same JSON bytes (the floor), and their ratio (goal ≤ 2x).
// Printed, never asserted.

import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT, fmtRatio, log, table } from '../lib.mjs';

const CLI = path.join(ROOT, 'packages/cli/bin/performa.js');
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SERVER_SECONDS ?? 10);
const RESULTS = '/api/entities/cciaa-foggia/plans/2021/results?period=2021';
const RATIO_GOAL = 2;

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

async function waitHealthy(base, child, stderr) {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`performa serve exited ${child.exitCode}: ${stderr()}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`performa serve did not start: ${stderr()}`);
}

/** Runs autocannon and computes p95 from every response time (autocannon's summary has no p95). */
function load(url, headers) {
  return new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
      resolve({ p50: pct(50), p95: pct(95), p99: pct(99), rps: result.requests.average, non2xx: result.non2xx, errors: result.errors, total: times.length });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

export default {
  id: 'server',
  title: `Server: results endpoint vs static bytes (${CONNECTIONS} clients, ${DURATION_S} s each, loopback)`,
  async run(ctx) {
    const dir = mkdtempSync(path.join(tmpdir(), 'performa-bench-server-'));
    chmodSync(dir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
    const staticFile = path.join(dir, 'results.json');
    writeFileSync(staticFile, '{}');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...process.env, DATABASE_URL: '', PERFORMA_BENCH: '1', PERFORMA_BENCH_STATIC: staticFile, PERFORMA_LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, [CLI, 'serve', '--demo', '--port', String(port), '--data', path.join(dir, 'data')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c.toString()));
    try {
      await waitHealthy(base, child, () => err);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'controllo@demo.performa.it', password: 'demo' }),
      });
      if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
      const cookie = login.headers.get('set-cookie').split(';')[0];
      const body = await (await fetch(`${base}${RESULTS}`, { headers: { cookie } })).text();
      writeFileSync(staticFile, body);
      const same = (await (await fetch(`${base}/api/bench/static`)).text()) === body;
      log(`  results of Foggia 2021: ${(body.length / 1024).toFixed(1)} KB of JSON; static route answers the same bytes: ${same ? 'yes' : 'NO'}`);
      await load(`${base}${RESULTS}`, { cookie }); // warm-up (JIT, caches, pool)
      const api = await load(`${base}${RESULTS}`, { cookie });
      const floor = await load(`${base}/api/bench/static`, {});
      const ms = (v) => `${Number(v).toFixed(2)} ms`;
      const row = (name, r) => [name, ms(r.p50), ms(r.p95), ms(r.p99), `${Math.round(r.rps)}/s`, String(r.non2xx + r.errors)];
      const columns = [{ title: 'route', align: 'left' }, { title: 'p50' }, { title: 'p95' }, { title: 'p99' }, { title: 'throughput' }, { title: 'non-2xx' }];
      log(table(columns, [row('results (session, API)', api), row('static same bytes', floor)]));
      const p95Ratio = api.p95 / Math.max(floor.p95, 0.001);
      const rpsRatio = floor.rps / Math.max(api.rps, 0.001);
      log(`  ratio results/static: p95 ${fmtRatio(p95Ratio)}, throughput ${fmtRatio(rpsRatio)} (goal ≤ ${RATIO_GOAL}x: ${p95Ratio <= RATIO_GOAL && rpsRatio <= RATIO_GOAL ? 'met' : 'NOT met'})`);
      ctx.results.server = { api, static: floor, p95Ratio, rpsRatio, bytes: body.length };
      return { ok: api.non2xx + api.errors === 0 };
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
