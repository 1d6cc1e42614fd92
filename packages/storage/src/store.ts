import { resolve } from 'node:path';
import pg from 'pg';
import { createPool, type PoolTarget } from './db/pool.js';
import { migrate } from './db/migrate.js';
import { startEmbeddedServer, type EmbeddedServer } from './embedded/server.js';
import { StoreError } from './errors.js';

export interface StoreOptions {
  /** The embedded server's data folder; else env PERFORMA_DATA, else ./data. */
  dataDir?: string;
  /**
   * An external PostgreSQL server; when absent, env DATABASE_URL; when neither (or null: "not an
   * external server, whatever the environment says"), the embedded server.
   */
  databaseUrl?: string | null;
  /** Progress messages (one line each, Italian). Nothing goes to stdout. Default: silent. */
  log?: (message: string) => void;
}

export type StoreLocation =
  | { kind: 'embedded'; dataDir: string; port: number; shared: boolean }
  | { kind: 'external'; url: string };

export interface Store {
  readonly pool: pg.Pool;
  readonly location: StoreLocation;
  readonly log: (message: string) => void;
  /** Closes the connections and stops the embedded server this store started. */
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'performa';

/** Which server a store uses: option, then DATABASE_URL, then the embedded one in its folder. */
export function resolveTarget(options: StoreOptions): { databaseUrl: string } | { dataDir: string } {
  const databaseUrl = options.databaseUrl === undefined ? process.env.DATABASE_URL : options.databaseUrl;
  if (databaseUrl) return { databaseUrl };
  return { dataDir: resolve(options.dataDir ?? process.env.PERFORMA_DATA ?? 'data') };
}

/** Opens the store: connects (starting the embedded server when needed) and applies migrations. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const log = options.log ?? (() => {});
  const target = resolveTarget(options);
  let server: EmbeddedServer | null = null;
  let poolTarget: PoolTarget;
  let location: StoreLocation;
  if ('databaseUrl' in target) {
    poolTarget = { connectionString: target.databaseUrl };
    location = { kind: 'external', url: maskPassword(target.databaseUrl) };
  } else {
    server = await startEmbeddedServer(target.dataDir, log);
    const admin = { host: server.host, port: server.port, user: server.user, password: server.password };
    await ensureDatabase(admin).catch(async (error) => {
      await server?.stop();
      throw error;
    });
    poolTarget = { ...admin, database: EMBEDDED_DATABASE };
    location = { kind: 'embedded', dataDir: server.dataDir, port: server.port, shared: server.shared };
  }
  const pool = createPool(poolTarget, (error) => log(`Connessione al database persa: ${error.message}`));
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await pool.end().catch(() => {});
      await server?.stop();
    })());
  try {
    await migrate(pool, log);
  } catch (error) {
    await close();
    if (error instanceof StoreError) throw error;
    const where = location.kind === 'external' ? location.url : `${location.dataDir} (porta ${location.port})`;
    throw new StoreError('server.connect', `Impossibile preparare il database ${where}: ${(error as Error).message}`, { cause: error });
  }
  return { pool, location, log, close };
}

/** The embedded cluster holds Performa's data in its own database, created on first start. */
async function ensureDatabase(admin: { host: string; port: number; user: string; password: string }): Promise<void> {
  const client = new pg.Client({ ...admin, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(EMBEDDED_DATABASE)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

function maskPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}
