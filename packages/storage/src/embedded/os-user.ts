import { execFileSync } from 'node:child_process';
import { stat, chmod } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { StoreError } from '../errors.js';

/** PostgreSQL refuses to run as root: as root the server runs as the `postgres` system user. */
export const runningAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

export interface OsIds {
  uid: number;
  gid: number;
}

/** The ids of the `postgres` system user when running as root, `{}` otherwise, null when missing. */
export function serverUserIds(): OsIds | Record<string, never> | null {
  if (!runningAsRoot()) return {};
  try {
    const uid = Number.parseInt(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }), 10);
    const gid = Number.parseInt(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }), 10);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * As root, the server (user `postgres`) must be able to walk down to the data folder: the folder
 * itself is opened to traversal (o+x, never read); an ancestor that is closed is reported, not
 * changed, since it is not Performa's.
 */
export async function makeReachable(dir: string): Promise<void> {
  if (!runningAsRoot()) return;
  const own = await stat(dir);
  if ((own.mode & 0o001) === 0) await chmod(dir, (own.mode & 0o7777) | 0o711);
  for (let up = dirname(resolve(dir)); ; up = dirname(up)) {
    const info = await stat(up);
    if ((info.mode & 0o001) === 0) {
      throw new StoreError(
        'data.unreachable',
        `Il server PostgreSQL incorporato gira come utente "postgres" e non può attraversare la cartella "${up}" ` +
          `(permessi ${(info.mode & 0o777).toString(8)}). Scegliere un'altra cartella dati con --data o PERFORMA_DATA, ` +
          `oppure consentire l'attraversamento (chmod o+x "${up}").`,
      );
    }
    if (up === dirname(up)) return;
  }
}
