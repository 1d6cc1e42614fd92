import type { Store } from '@performa/storage';

/**
 * Demo mode runs only on a database Performa created for it: the demo writes this marker into
 * the database it has just created; a later `serve --demo` finds it, any other database refuses.
 */
export async function markDemoDatabase(store: Pick<Store, 'pool'>, details: Record<string, unknown>): Promise<void> {
  await store.pool.query(`INSERT INTO installation (key, value) VALUES ('demo', $1) ON CONFLICT (key) DO NOTHING`, [JSON.stringify(details)]);
}

export async function demoMarker(store: Pick<Store, 'pool'>): Promise<Record<string, unknown> | null> {
  const { rows } = await store.pool.query<{ value: Record<string, unknown> }>(`SELECT value FROM installation WHERE key = 'demo'`);
  return rows[0]?.value ?? null;
}

/** Whether the database holds anything yet (entities or users). */
export async function databaseIsEmpty(store: Pick<Store, 'pool'>): Promise<boolean> {
  const { rows } = await store.pool.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM entities) + (SELECT count(*) FROM audit_records) AS n`,
  );
  return Number(rows[0]?.n ?? 0) === 0;
}
