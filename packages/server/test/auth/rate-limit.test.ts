import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@performa/storage';
import { addUser } from '../../src/auth/accounts.js';
import { tooManyAttemptsMessage } from '../../src/auth/rate-limit.js';
import { testApp } from './test-app.js';
import { openTestStore } from './test-db.js';

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  await store.pool.query(`INSERT INTO entities (id, name) VALUES ('ente-a', 'Ente A')`);
  for (const who of ['mario', 'lucia', 'piero', 'bench']) {
    await addUser(store, { email: `${who}@ente-a.it`, role: 'lettore', entityId: 'ente-a', password: 'password-giusta' });
  }
  app = await testApp(store, { config: { maxFailuresPerAccount: 3, maxFailuresPerIp: 5, windowMinutes: 15 } });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const attempt = (email: string, password: string, remoteAddress = '203.0.113.7', target = app) =>
  target.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

describe('login rate limiting', () => {
  it('holds an account after repeated failures, with the Italian message and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('mario@ente-a.it', 'sbagliata', `198.51.100.${i}`)).statusCode).toBe(401);
    const held = await attempt('mario@ente-a.it', 'password-giusta', '198.51.100.9');
    expect(held.statusCode).toBe(429);
    expect(held.json()).toEqual({ error: 'rate_limited', message: 'Troppi tentativi di accesso: riprovare tra 15 minuti.' });
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // Another account is not affected.
    expect((await attempt('lucia@ente-a.it', 'password-giusta', '198.51.100.9')).statusCode).toBe(200);
  });

  it('frees the account when the failures leave the window, and a success resets the count', async () => {
    await store.pool.query(`UPDATE login_attempts SET at = at - interval '16 minutes' WHERE email = 'mario@ente-a.it'`);
    expect((await attempt('mario@ente-a.it', 'password-giusta', '198.51.100.20')).statusCode).toBe(200);
    await attempt('mario@ente-a.it', 'sbagliata', '198.51.100.21');
    await attempt('mario@ente-a.it', 'sbagliata', '198.51.100.22');
    expect((await attempt('mario@ente-a.it', 'password-giusta', '198.51.100.23')).statusCode).toBe(200);
  });

  it('holds an address that tries many accounts', async () => {
    const ip = '192.0.2.50';
    for (const who of ['a', 'b', 'c', 'd', 'e']) expect((await attempt(`${who}@ente-a.it`, 'x', ip)).statusCode).toBe(401);
    const held = await attempt('piero@ente-a.it', 'password-giusta', ip);
    expect(held.statusCode).toBe(429);
    expect(held.json().message).toMatch(/^Troppi tentativi di accesso: riprovare tra \d+ minuti\.$/);
    expect((await attempt('piero@ente-a.it', 'password-giusta', '192.0.2.51')).statusCode).toBe(200);
  });

  it('exempts loopback in benchmark mode (PERFORMA_BENCH=1) only', async () => {
    for (let i = 0; i < 5; i++) await attempt('bench@ente-a.it', 'x', '127.0.0.1');
    expect((await attempt('bench@ente-a.it', 'password-giusta', '127.0.0.1')).statusCode).toBe(429);
    const bench = await testApp(store, { config: { maxFailuresPerAccount: 3, maxFailuresPerIp: 5, bench: true } });
    expect((await attempt('bench@ente-a.it', 'password-giusta', '127.0.0.1', bench)).statusCode).toBe(200);
    expect((await attempt('bench@ente-a.it', 'password-giusta', '::1', bench)).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) await attempt('bench@ente-a.it', 'x', '192.0.2.99', bench);
    expect((await attempt('bench@ente-a.it', 'password-giusta', '192.0.2.99', bench)).statusCode).toBe(429);
    await bench.close();
  });

  it('says minutes in Italian, rounded up', () => {
    expect(tooManyAttemptsMessage(61)).toBe('Troppi tentativi di accesso: riprovare tra 2 minuti.');
    expect(tooManyAttemptsMessage(5)).toBe('Troppi tentativi di accesso: riprovare tra 1 minuto.');
  });
});
