import type pg from 'pg';
import { inTransaction } from '@performa/storage';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

/** One transaction, retried on serialization failure or deadlock: the storage package's. */
export const inTx: <T>(pool: Db, work: (tx: Tx) => Promise<T>, begin?: string) => Promise<T> = inTransaction;

/** A JSON value for a jsonb parameter (pg would send a bare array as a PostgreSQL array). */
export const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
