import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/performa.js', import.meta.url));
export const fixture = (name: string) => `${ROOT}fixtures/${name}`;

/** The tests run the compiled CLI: fail early, with the fix, when it has not been built. */
export function assertBuilt(): void {
  if (!existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url)))) {
    throw new Error('packages/cli/dist is missing: run `npm run build` first.');
  }
}

/** Runs the compiled CLI (as users do, after `npm install`), returning exit code and streams. */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
