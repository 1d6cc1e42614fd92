import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What PostgreSQL's postmaster.pid says about the server running on a cluster folder. */
export interface PostmasterInfo {
  pid: number;
  port: number;
}

export const pidFilePath = (clusterDir: string) => join(clusterDir, 'postmaster.pid');

/** Reads postmaster.pid (line 1: pid, line 4: port); null when there is none or it is unreadable. */
export async function readPostmasterPid(clusterDir: string): Promise<PostmasterInfo | null> {
  let text: string;
  try {
    text = await readFile(pidFilePath(clusterDir), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) ? port : 0 } : null;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` is a live postgres server on this cluster folder (Linux: by its command line). */
export async function isServerOf(pid: number, clusterDir: string): Promise<boolean> {
  if (!processAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid file
  }
  const args = cmdline.split('\0');
  return args.some((a) => a.endsWith('postgres')) && args.some((a) => a && resolve(a) === resolve(clusterDir));
}

/** Removes a pid file left by a server that is no longer running (so a reused pid cannot block start). */
export async function removeStalePidFile(clusterDir: string): Promise<void> {
  await rm(pidFilePath(clusterDir), { force: true });
}
