// Starts `performa serve --demo` on a free port with a temporary data folder, for the browser tests,
// the screenshots and the bench; stops it (SIGTERM, then SIGKILL) afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = path.join(ROOT, 'packages/cli/bin/performa.js');
const WEB_DIST = path.join(ROOT, 'packages/web/dist/index.html');

/** @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/** Builds the web app when packages/web/dist is missing (the server serves it). */
export function ensureWebBuilt() {
  if (existsSync(WEB_DIST)) return;
  const r = spawnSync('npm', ['run', 'build', '-w', '@performa/web'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build of @performa/web failed');
}

/**
 * @param {{ demo?: boolean, env?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, port: number, dataDir: string, stop(): Promise<void>, log(): string }>}
 */
export async function startServer(options = {}) {
  // An already running server (development): PERFORMA_TEST_URL=http://127.0.0.1:3000
  if (process.env.PERFORMA_TEST_URL) {
    const url = process.env.PERFORMA_TEST_URL.replace(/\/$/, '');
    return { url, port: Number(new URL(url).port), dataDir: '', log: () => '', stop: async () => undefined };
  }
  ensureWebBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'performa-web-'));
  const args = [CLI, 'serve', '--port', String(port), '--data', dataDir, ...(options.demo === false ? [] : ['--demo'])];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`performa serve exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      // SIGTERM first: performa serve then stops its embedded PostgreSQL (SIGKILL would orphan it).
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      throw new Error(`performa serve did not answer on ${url} within 90 s:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    dataDir,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
