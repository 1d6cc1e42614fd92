import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Performa's record of its embedded server, kept in the data folder (mode 0600: it holds the
 * password): the port last used, the server password, whether initialisation completed, and the
 * pid of the process that started the server now running.
 */
export interface ServerState {
  port: number;
  password: string;
  initialised: boolean;
  owner?: number | null;
}

export const STATE_FILE = 'performa-server.json';

export async function readState(dir: string): Promise<ServerState | null> {
  try {
    return JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as ServerState;
  } catch {
    return null;
  }
}

export async function writeState(dir: string, state: ServerState): Promise<void> {
  const file = join(dir, STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, file);
}

export const newPassword = () => randomBytes(18).toString('base64url');
