import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from './pid-file.js';
import { StoreError } from '../errors.js';

/**
 * A lock on the data folder while a process initialises or starts its server, so that two
 * Performa processes starting together do not both run initdb or postgres. A lock whose holder
 * died (SIGKILL) is broken.
 */
export async function withFolderLock<T>(dir: string, work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const lock = join(dir, '.start.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && !processAlive(holder)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new StoreError('data.locked', `La cartella dati "${dir}" è bloccata da un altro processo (pid ${holder}).`);
      }
      await sleep(Number.isInteger(holder) ? 100 : 20);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
