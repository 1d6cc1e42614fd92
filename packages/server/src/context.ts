import type { Store } from '@performa/storage';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { Actor } from './auth/actor.js';
import { DocumentJobs, type DocumentJobOptions } from './documents/jobs.js';
import { MetaCache } from './queries/meta-cache.js';
import { Scoring } from './queries/scoring.js';

/** What every route and command works with: the store, the scoring cache, the logger. */
export interface AppContext {
  store: Store;
  pool: pg.Pool;
  scoring: Scoring;
  /** Plan meta data in memory, dropped on change (PostgreSQL notifications). */
  meta: MetaCache;
  /** Documents generated in the background (pg-boss queue, worker, the process's Chromium). */
  documents: DocumentJobs;
  demo: boolean;
  version: string;
  log: FastifyBaseLogger;
}

export function createAppContext(store: Store, log: FastifyBaseLogger, demo: boolean, version: string, documents: DocumentJobOptions = {}): AppContext {
  const ctx = { store, pool: store.pool, scoring: new Scoring(store), meta: new MetaCache(store, log), demo, version, log } as Omit<AppContext, 'documents'> as AppContext;
  ctx.documents = new DocumentJobs(ctx, documents);
  return ctx;
}

/** Who acts and in which context: what a command receives. */
export interface CommandContext {
  app: AppContext;
  actor: Actor;
}
