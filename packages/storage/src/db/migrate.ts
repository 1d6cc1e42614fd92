import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { StoreError } from '../errors.js';

/** packages/storage/migrations, from src/db (tests) and from dist/db (compiled) alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Any constant: the key of the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_346_525_001;

interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(`${dir}/${file}`, 'utf8');
      return {
        version: Number.parseInt(file.slice(0, 4), 10),
        name: file.slice(5, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

/**
 * Applies the pending migrations, each in its own transaction, under an advisory lock so that two
 * processes starting on the same database do not race. An applied migration that was edited since,
 * or a database migrated by a newer Performa, is refused.
 */
export async function migrate(pool: pg.Pool, log: (m: string) => void): Promise<number[]> {
  const migrations = await readMigrations();
  const client = await pool.connect();
  const done: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations');
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const known = new Set(migrations.map((m) => m.version));
    const newer = [...applied.keys()].filter((v) => !known.has(v));
    if (newer.length > 0) {
      throw new StoreError('migration.newer', `Il database è stato aggiornato da una versione più recente di Performa (migrazioni ${newer.join(', ')}).`);
    }
    for (const m of migrations) {
      const checksum = applied.get(m.version);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new StoreError('migration.changed', `La migrazione ${m.version} (${m.name}) è stata modificata dopo essere stata applicata.`);
        }
        continue;
      }
      log(`Applico la migrazione ${String(m.version).padStart(4, '0')}_${m.name}…`);
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      done.push(m.version);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
