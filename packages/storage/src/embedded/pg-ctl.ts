import { spawn } from 'node:child_process';
import { binaries } from './binaries.js';
import type { OsIds } from './os-user.js';

/**
 * Stops the server running on a cluster folder with `pg_ctl stop -m fast` (as the `postgres` user
 * when running as root): used for a server left behind by a Performa process that was killed.
 */
export async function pgCtlStop(clusterDir: string, ids: OsIds | Record<string, never>): Promise<void> {
  const { pg_ctl } = await binaries();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60'], {
      ...ids,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_ctl stop exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
