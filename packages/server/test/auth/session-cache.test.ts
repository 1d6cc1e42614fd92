import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '@performa/api';
import type { Store } from '@performa/storage';
import { addUser } from '../../src/auth/accounts.js';
import { cookieOf, testApp } from './test-app.js';
import { openTestStore } from './test-db.js';

let store: Store;
let app: FastifyInstance;
let sessionQueries = 0;

beforeAll(async () => {
  store = await openTestStore();
  await store.pool.query(`INSERT INTO entities (id, name) VALUES ('ente-c', 'Ente C')`);
  await addUser(store, { email: 'lettore@ente-c.it', role: 'lettore', entityId: 'ente-c', password: 'password-lunga' });
  // Count the session look-ups the plugin sends to the database.
  const query = store.pool.query.bind(store.pool) as (...args: unknown[]) => unknown;
  (store.pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('FROM sessions s JOIN users u')) sessionQueries += 1;
    return query(...args);
  };
  app = await testApp(store, { sessionCacheSeconds: 30 });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

async function login() {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'lettore@ente-c.it', password: 'password-lunga' } });
  return { token: cookieOf(response.headers['set-cookie'], SESSION_COOKIE)!.value, csrf: response.json().csrfToken as string };
}

describe('session cache', () => {
  it('a burst of requests of one session costs one database look-up', async () => {
    const { token } = await login();
    const before = sessionQueries;
    for (let i = 0; i < 20; i++) {
      const r = await app.inject({ method: 'GET', url: '/api/private', headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      expect(r.statusCode).toBe(200);
    }
    expect(sessionQueries - before).toBe(1);
  });

  it('logout ends the session at once, cache or not', async () => {
    const { token, csrf } = await login();
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };
    expect((await app.inject({ method: 'GET', url: '/api/private', headers })).statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...headers, [CSRF_HEADER]: csrf } });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/private', headers })).statusCode).toBe(401);
  });

  it('logout everywhere ends every session of the user at once', async () => {
    const a = await login();
    const b = await login();
    const ha = { cookie: `${SESSION_COOKIE}=${a.token}` };
    const hb = { cookie: `${SESSION_COOKIE}=${b.token}` };
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: hb })).statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: { ...ha, [CSRF_HEADER]: a.csrf } });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: hb })).statusCode).toBe(401);
  });
});
