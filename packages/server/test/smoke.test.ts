import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '@performa/storage';
import { openServerTestStore } from './support/db.js';
import { ensureFixture, login, testApp, type Login } from './support/app.js';

describe('server smoke', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let controllo: Login;
  beforeAll(async () => {
    ({ store, dispose } = await openServerTestStore());
    await ensureFixture(store, 'foggia-2021.json');
    app = await testApp(store);
    controllo = await login(store, 'c@x.it', [{ entityId: 'cciaa-foggia', role: 'controllo' }]);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('answers health, openapi and results', async () => {
    expect((await app.inject('/api/health')).json()).toMatchObject({ status: 'ok' });
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(30);
    const r = await app.inject({ url: '/api/entities/cciaa-foggia/plans/2021/results?period=2021', headers: controllo.headers });
    expect(r.statusCode).toBe(200);
    expect(r.json().entity.score).toBeCloseTo(0.984, 3);
  });
});
