/**
 * The embedded server after unclean stops: a Performa process killed with SIGKILL leaves its
 * PostgreSQL running on the folder; a stale postmaster.pid names a pid that is no server; a live
 * Performa process shares its server; SIGTERM and SIGINT stop the server with the process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan, listPlans, openStore, StoreError } from '@performa/storage';
import { FIXTURES_DIR, loadFixture, normalise } from './documents.js';
import { tempDataDir } from './servers.js';

const CHILD = fileURLToPath(new URL('./crash-child.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const FOGGIA = `${FIXTURES_DIR}foggia-2021.json`;

const children: ChildProcess[] = [];
const dirs: string[] = [];

/** Starts a Performa process on `dir` and waits until its store is open. */
async function startChild(dir: string, fixture?: string): Promise<{ child: ChildProcess; shared: boolean }> {
  const child = spawn(process.execPath, [CHILD, dir, ...(fixture ? [fixture] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}: ${stderr}`)));
  });
  return { child, shared: (JSON.parse(line) as { location: { shared: boolean } }).location.shared };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

const postmasterPid = (dir: string) => Number.parseInt(readFileSync(`${dir}/pg/postmaster.pid`, 'utf8').split('\n')[0]!, 10);

/** A live, non-zombie process (a killed orphan may linger as a zombie until reaped). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function newDir() {
  const dir = await tempDataDir();
  dirs.push(dir);
  return dir;
}

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('packages/storage/dist is missing: run `npm run build` before these tests.');
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
  }
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('embedded server after unclean stops', () => {
  it('starts again after SIGKILL, stopping the orphaned server, and reads the data back', async () => {
    const dir = await newDir();
    const { child } = await startChild(dir, FOGGIA);
    const orphan = postmasterPid(dir);
    child.kill('SIGKILL');
    await exited(child);
    expect(running(orphan)).toBe(true); // the PostgreSQL child outlives the killed process

    const store = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      expect(store.location).toMatchObject({ kind: 'embedded', shared: false });
      expect(running(orphan)).toBe(false);
      expect(normalise(await exportPlan(store, 'cciaa-foggia'))).toEqual(normalise(loadFixture('foggia-2021.json')));
    } finally {
      await store.close();
    }
    expect(existsSync(`${dir}/pg/postmaster.pid`)).toBe(false);
  });

  it('ignores a stale postmaster.pid naming a process that is not its server', async () => {
    const dir = await newDir();
    const first = await openStore({ dataDir: dir, databaseUrl: null });
    await first.close();
    // A pid file as a crash leaves it, whose pid now belongs to another process (this one).
    await writeFile(`${dir}/pg/postmaster.pid`, `${process.pid}\n${dir}/pg\n0\n5999\n\n127.0.0.1\n0 0\nready\n`);
    const store = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      expect(await listPlans(store)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('shares the server of a live Performa process, and SIGTERM stops that server', async () => {
    const dir = await newDir();
    const { child } = await startChild(dir, FOGGIA);
    const server = postmasterPid(dir);
    const store = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      expect(store.location).toMatchObject({ kind: 'embedded', shared: true });
      expect((await listPlans(store)).map((p) => p.entityId)).toEqual(['cciaa-foggia']);
    } finally {
      await store.close();
    }
    expect(running(server)).toBe(true); // closing a shared store leaves the owner's server alone
    child.kill('SIGTERM');
    await exited(child);
    expect(running(server)).toBe(false);
    expect(existsSync(`${dir}/pg/postmaster.pid`)).toBe(false);
  });

  it('never runs initdb on a folder that already holds something it did not create', async () => {
    const dir = await newDir();
    await mkdir(`${dir}/pg`);
    await writeFile(`${dir}/pg/PG_VERSION`, '18\n');
    const error = await openStore({ dataDir: dir, databaseUrl: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('data.foreign');
    expect(readFileSync(`${dir}/pg/PG_VERSION`, 'utf8')).toBe('18\n');
  });

  it('stops its server on SIGINT', async () => {
    const dir = await newDir();
    const { child, shared } = await startChild(dir);
    expect(shared).toBe(false);
    const server = postmasterPid(dir);
    child.kill('SIGINT');
    await exited(child);
    expect(running(server)).toBe(false);
    expect(existsSync(`${dir}/pg/postmaster.pid`)).toBe(false);
  });
});
