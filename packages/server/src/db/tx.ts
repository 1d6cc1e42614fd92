import type pg from 'pg';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. A
 * serialization failure or deadlock is retried (the whole transaction) up to 3 times.
 */
export async function inTx<T>(pool: Db, work: (tx: Tx) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      const code = (error as { code?: string }).code;
      if (attempt < 4 && code && RETRYABLE.has(code)) continue;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/** A read-only snapshot: every query of `work` sees the same committed state. */
export const inSnapshot = <T>(pool: Db, work: (tx: Tx) => Promise<T>) => inTx(pool, work, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');

/** A JSON value for a jsonb parameter (pg would send a bare array as a PostgreSQL array). */
export const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
