import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '@performa/api';
import type { Store } from '@performa/storage';
import { addUser } from '../../src/auth/accounts.js';
import { tokenHash } from '../../src/auth/tokens.js';
import { cookieOf, testApp } from './test-app.js';
import { openTestStore } from './test-db.js';

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  await store.pool.query(`INSERT INTO entities (id, name) VALUES ('ente-a', 'Ente A')`);
  await addUser(store, { email: 'Controllo@Ente-A.it', role: 'controllo', entityId: 'ente-a', password: 'password-lunga', name: 'Carla' });
  app = await testApp(store, { config: { idleMinutes: 30, maxHours: 8 } });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

async function login(email = 'controllo@ente-a.it', password = 'password-lunga', headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });
  const cookie = cookieOf(response.headers['set-cookie'], SESSION_COOKIE);
  return { response, token: cookie?.value ?? '', cookie, body: response.json() };
}
const asUser = (token: string) => ({ cookie: `${SESSION_COOKIE}=${token}` });

describe('login and sessions', () => {
  it('logs in (e-mail in any case), sets an httpOnly SameSite=Strict cookie and answers like me', async () => {
    const { response, cookie, body } = await login('CONTROLLO@ente-a.it');
    expect(response.statusCode).toBe(200);
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie!.attributes).toMatch(/HttpOnly/);
    expect(cookie!.attributes).toMatch(/SameSite=Strict/);
    expect(cookie!.attributes).toMatch(/Path=\//);
    expect(cookie!.attributes).not.toMatch(/Secure/);
    expect(body.user).toMatchObject({ email: 'controllo@ente-a.it', name: 'Carla', roles: [{ entityId: 'ente-a', role: 'controllo', units: [] }] });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: asUser(cookie!.value) });
    expect(me.json()).toMatchObject({ user: { email: 'controllo@ente-a.it' }, csrfToken: body.csrfToken, demo: false, oidc: false });
  });

  it('stores only the hash of the session token', async () => {
    const { token } = await login();
    const { rows } = await store.pool.query('SELECT token_hash FROM sessions');
    expect(rows.some((r) => r.token_hash.equals(tokenHash(token)))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('marks the cookie Secure behind a TLS proxy only when the proxy is trusted', async () => {
    const trusting = await testApp(store, { config: { trustProxy: true } });
    const https = { 'x-forwarded-proto': 'https' };
    const viaProxy = await trusting.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'controllo@ente-a.it', password: 'password-lunga' }, headers: https });
    expect(cookieOf(viaProxy.headers['set-cookie'], SESSION_COOKIE)!.attributes).toMatch(/Secure/);
    await trusting.close();
    const { cookie } = await login(undefined, undefined, https);
    expect(cookie!.attributes).not.toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown account with the same Italian message', async () => {
    const wrong = await login('controllo@ente-a.it', 'sbagliata');
    const unknown = await login('nessuno@ente-a.it', 'sbagliata');
    expect(wrong.response.statusCode).toBe(401);
    expect(unknown.response.statusCode).toBe(401);
    expect(wrong.body).toEqual({ error: 'unauthenticated', message: 'E-mail o password non corretti.' });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.cookie).toBeNull();
  });

  it('answers 401 in Italian to anonymous requests and to unknown tokens', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/private' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ error: 'unauthenticated', message: 'Accesso richiesto: effettuare il login per continuare.' });
    const forged = await app.inject({ method: 'GET', url: '/api/private', headers: asUser('x'.repeat(43)) });
    expect(forged.statusCode).toBe(401);
    expect(cookieOf(forged.headers['set-cookie'], SESSION_COOKIE)!.value).toBe('');
  });

  it('ends a session left idle longer than the idle limit', async () => {
    const { token } = await login();
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(token) })).statusCode).toBe(200);
    await store.pool.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [tokenHash(token)]);
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(token) })).statusCode).toBe(401);
    const { rowCount } = await store.pool.query('SELECT 1 FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
    expect(rowCount).toBe(0);
  });

  it('ends a session at its absolute limit even when in use', async () => {
    const { token } = await login();
    await store.pool.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [tokenHash(token)]);
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(token) })).statusCode).toBe(401);
  });

  it('keeps a used session alive (last_seen_at refreshed) and reports when it expires', async () => {
    const { token } = await login();
    await store.pool.query(`UPDATE sessions SET last_seen_at = now() - interval '20 minutes' WHERE token_hash = $1`, [tokenHash(token)]);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: asUser(token) });
    const expiresAt = Date.parse(me.json().expiresAt);
    expect(expiresAt).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1000);
    const { rows } = await store.pool.query(`SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions WHERE token_hash = $1`, [tokenHash(token)]);
    expect(rows[0].fresh).toBe(true);
  });

  it('refuses a disabled account after checking its password', async () => {
    await addUser(store, { email: 'spento@ente-a.it', role: 'lettore', entityId: 'ente-a', password: 'password-lunga' });
    await store.pool.query(`UPDATE users SET disabled = true WHERE email = 'spento@ente-a.it'`);
    const { response, body } = await login('spento@ente-a.it');
    expect(response.statusCode).toBe(403);
    expect(body.message).toMatch(/Account disabilitato/);
  });
});

describe('logout', () => {
  it('logout ends this session only; logout everywhere ends every session of the user', async () => {
    const first = await login();
    const second = await login();
    const third = await login();
    const csrf = (l: typeof first) => ({ ...asUser(l.token), [CSRF_HEADER]: l.body.csrfToken });

    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: csrf(first) });
    expect(out.json()).toEqual({ ok: true });
    expect(cookieOf(out.headers['set-cookie'], SESSION_COOKIE)!.value).toBe('');
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(first.token) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(second.token) })).statusCode).toBe(200);

    const everywhere = await app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: csrf(second) });
    expect(everywhere.statusCode).toBe(200);
    expect(everywhere.json().sessionsEnded).toBeGreaterThanOrEqual(2);
    for (const l of [second, third]) {
      expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(l.token) })).statusCode).toBe(401);
    }
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: asUser(third.token) });
    expect(me.json()).toMatchObject({ user: null, csrfToken: null });
  });

  it('logout everywhere needs a login', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout-all' })).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state change of a session without its token, or with another session’s', async () => {
    const mine = await login();
    const other = await login();
    const none = await app.inject({ method: 'POST', url: '/api/things', headers: asUser(mine.token) });
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/CSRF/) });
    const foreign = await app.inject({ method: 'POST', url: '/api/things', headers: { ...asUser(mine.token), [CSRF_HEADER]: other.body.csrfToken } });
    expect(foreign.statusCode).toBe(403);
    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: asUser(mine.token) });
    expect(logout.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/things', headers: { ...asUser(mine.token), [CSRF_HEADER]: mine.body.csrfToken } });
    expect(ok.statusCode).toBe(200);
  });

  it('lets reads through without a token and leaves anonymous writes to the 401', async () => {
    const mine = await login();
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(mine.token) })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/things' })).statusCode).toBe(401);
  });

  it('does not ask for a token on login, even with a session open (the old session ends)', async () => {
    const old = await login();
    const again = await app.inject({
      method: 'POST', url: '/api/auth/login', headers: asUser(old.token), payload: { email: 'controllo@ente-a.it', password: 'password-lunga' },
    });
    expect(again.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/private', headers: asUser(old.token) })).statusCode).toBe(401);
  });
});
