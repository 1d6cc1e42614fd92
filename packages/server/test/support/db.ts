import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Store } from '@performa/storage';
import { externalProblem, openTestStore } from '../../../storage/test/servers.js';

export { externalProblem };

const DRAFTS: [number, string][] = [
];

/** Applies the migrations not yet in packages/storage/migrations from their drafts (TEMP). */
export async function applyDrafts(store: Pick<Store, 'pool'>): Promise<void> {
  const { rows } = await store.pool.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  for (const [version, file] of DRAFTS) {
    if (applied.has(version) || !existsSync(file)) continue;
    const exists = await store.pool.query(`SELECT to_regclass($1) AS t`, [version === 2 ? 'audit_records' : 'users']);
    if (exists.rows[0].t) continue;
    await store.pool.query(await readFile(file, 'utf8'));
  }
}

/**
 * A fresh, migrated database for one test file: a throw-away database on the machine's PostgreSQL
 * when it answers (faster), else the embedded server in a temporary folder.
 */
export async function openServerTestStore(kind?: 'embedded' | 'external'): Promise<{ store: Store; dispose(): Promise<void> }> {
  const opened = await openTestStore(kind ?? (externalProblem ? 'embedded' : 'external'));
  await applyDrafts(opened.store);
  return opened;
}
