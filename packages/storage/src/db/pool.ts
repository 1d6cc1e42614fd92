import pg from 'pg';

/**
 * Type parsers: dates stay 'YYYY-MM-DD' strings (no JS Date, no time-zone shift), NUMERIC stays a
 * string (money is converted where it is read), bigint ids and counts become numbers (they stay far
 * below 2^53). float8 is parsed by parseFloat, which gives back the very double that was stored.
 */
const OWN_PARSERS = new Map<number, (value: string) => unknown>([
  [1082, (value) => value], // date
  [1700, (value) => value], // numeric
  [20, (value) => Number(value)], // int8
]);

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return OWN_PARSERS.get(oid) ?? pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export type PoolTarget = { connectionString: string } | { host: string; port: number; user: string; password: string; database: string };

export function createPool(target: PoolTarget, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    ...target,
    types,
    // ISO dates (YYYY-MM-DD) whatever the server's default DateStyle.
    options: '-c DateStyle=ISO,YMD',
    max: 8,
    connectionTimeoutMillis: 15_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', onError);
  return pool;
}
