/**
 * The two servers every storage test runs on: the embedded PostgreSQL in a temporary data folder,
 * and the machine's PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) in a throw-away
 * database created for the test file and dropped after it. Without that server a local run says
 * so and skips its tests; with CI=true its absence fails the run.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore, type Store } from '@performa/storage';

export const EXTERNAL_ADMIN_URL = process.env.PERFORMA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const inCi = process.env.CI === 'true';

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: EXTERNAL_ADMIN_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** null when the external server answers, else why not. */
export const externalProblem = await probe();
if (externalProblem && !inCi) {
  console.warn(`[storage tests] PostgreSQL at ${EXTERNAL_ADMIN_URL} unreachable (${externalProblem}): skipping its tests.`);
}

export type ServerKind = 'embedded' | 'external';

/** A throw-away database on the external server: its URL and how to drop it. */
export async function throwAwayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `performa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: EXTERNAL_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(EXTERNAL_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: EXTERNAL_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'performa-test-'));
}

/** Opens a store of the given kind; `dispose` closes it and removes its folder or database. */
export async function openTestStore(kind: ServerKind): Promise<{ store: Store; dispose(): Promise<void> }> {
  if (kind === 'embedded') {
    const dir = await tempDataDir();
    const store = await openStore({ dataDir: dir, databaseUrl: null });
    return {
      store,
      async dispose() {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const db = await throwAwayDatabase();
  const store = await openStore({ databaseUrl: db.url });
  return {
    store,
    async dispose() {
      await store.close();
      await db.drop();
    },
  };
}

/**
 * Declares `body` once per server, inside a describe that opens a store before its tests and
 * disposes of it after them.
 */
export function onBothServers(title: string, body: (store: () => Store, kind: ServerKind) => void): void {
  for (const kind of ['embedded', 'external'] as const) {
    if (kind === 'external' && externalProblem) {
      if (inCi) {
        describe(`${title} [external]`, () => {
          it(`needs the PostgreSQL server at ${EXTERNAL_ADMIN_URL} (CI=true)`, () => {
            throw new Error(`PostgreSQL at ${EXTERNAL_ADMIN_URL} unreachable: ${externalProblem}`);
          });
        });
      } else {
        describe.skip(`${title} [external: no server at 127.0.0.1:5432]`, () => body(() => undefined as never, kind));
      }
      continue;
    }
    describe(`${title} [${kind}]`, () => {
      let opened: Awaited<ReturnType<typeof openTestStore>> | undefined;
      beforeAll(async () => {
        opened = await openTestStore(kind);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      body(() => opened!.store, kind);
    });
  }
}
