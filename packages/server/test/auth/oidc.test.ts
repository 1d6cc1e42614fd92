import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@performa/api';
import type { Store } from '@performa/storage';
import { addUser } from '../../src/auth/accounts.js';
import { oidcSettingsFromEnv } from '../../src/auth/oidc-settings.js';
import { freePort } from '../../../storage/src/embedded/free-port.js';
import { formAction, TestBrowser } from './browser.js';
import { startTestProvider } from './oidc-test-provider.js';
import { testApp } from './test-app.js';
import { openTestStore } from './test-db.js';

/**
 * OpenID Connect end to end: a real provider (oidc-provider) and Performa, both listening on
 * 127.0.0.1, driven by real HTTP requests through the provider's login and consent pages.
 */
let store: Store;
let provider: Awaited<ReturnType<typeof startTestProvider>>;
const apps: Array<{ app: FastifyInstance; base: string }> = [];

const PEOPLE = {
  mario: { fiscalNumber: 'TINIT-RSSMRA80A01H501U', email: 'mario.rossi@ente-a.it', email_verified: true, name: 'Mario Rossi' },
  giuseppe: { fiscalNumber: 'TINIT-VRDGPP70B02F205X', email: 'giuseppe@altrove.it', email_verified: true, name: 'Giuseppe Verdi' },
  lucia: { email: 'Lucia.Bianchi@ente-a.it', email_verified: true, name: 'Lucia Bianchi' },
};

beforeAll(async () => {
  store = await openTestStore();
  await store.pool.query(`INSERT INTO entities (id, name) VALUES ('ente-a', 'Ente A')`);
  // OIDC-only accounts: no password.
  await addUser(store, { email: 'mario.rossi@ente-a.it', role: 'controllo', entityId: 'ente-a', fiscalCode: 'RSSMRA80A01H501U' });
  await addUser(store, { email: 'lucia.bianchi@ente-a.it', role: 'oiv', entityId: 'ente-a' });
  const ports = [await freePort(), await freePort()];
  const clients = ports.map((port, i) => ({ clientId: `performa-${i}`, clientSecret: `segreto-${i}`, redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback` }));
  provider = await startTestProvider(PEOPLE, clients);
  const matches = ['fiscal_code', 'email'] as const;
  for (const [i, port] of ports.entries()) {
    const oidc = oidcSettingsFromEnv({
      PERFORMA_OIDC_ISSUER: provider.issuer,
      PERFORMA_OIDC_CLIENT_ID: clients[i]!.clientId,
      PERFORMA_OIDC_CLIENT_SECRET: clients[i]!.clientSecret,
      PERFORMA_OIDC_REDIRECT_URI: clients[i]!.redirectUri,
      PERFORMA_OIDC_MATCH: matches[i],
    });
    const app = await testApp(store, { oidc });
    await app.listen({ port, host: '127.0.0.1' });
    apps.push({ app, base: `http://127.0.0.1:${port}` });
  }
});
afterAll(async () => {
  for (const { app } of apps) await app.close();
  await provider?.close();
  await store?.close();
});

/** Starts a login at Performa, signs in at the provider as `login`, consents, and stops at Performa's callback. */
async function signIn(browser: TestBrowser, base: string, login: string, returnTo = '/cruscotto') {
  const loginPage = await browser.follow(`${base}/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  expect(loginPage.response.status).toBe(200);
  const html = await loginPage.response.text();
  expect(html).toContain('name="login"');
  const consentPage = await browser.follow(formAction(html, loginPage.url), { method: 'POST', form: { prompt: 'login', login, password: 'qualsiasi' } });
  const consent = await consentPage.response.text();
  expect(consent).toContain('name="prompt" value="consent"');
  const callback = await browser.follow(formAction(consent, consentPage.url), { method: 'POST', form: { prompt: 'consent' } }, (url) =>
    url.startsWith(`${base}/api/auth/oidc/callback`),
  );
  expect(callback.stopped).toBe(true);
  return callback.url;
}

describe('OpenID Connect login (oidc-provider, end to end)', () => {
  it('sends the browser to the provider with code flow, PKCE S256, state and nonce, binding it with a Lax cookie', async () => {
    const browser = new TestBrowser();
    const start = await browser.request(`${apps[0]!.base}/api/auth/oidc/start`);
    expect(start.status).toBe(302);
    const url = new URL(start.headers.get('location')!);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(start.headers.getSetCookie().find((c) => c.startsWith('performa_oidc='))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);
  });

  it('logs in a person matched by fiscal code (SPID fiscalNumber) and goes back where asked', async () => {
    const browser = new TestBrowser();
    const callbackUrl = await signIn(browser, apps[0]!.base, 'mario');
    const done = await browser.request(callbackUrl);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/cruscotto');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(true);
    expect(browser.cookies.has('performa_oidc')).toBe(false);
    const me = await (await browser.request(`${apps[0]!.base}/api/auth/me`)).json();
    expect(me.user).toMatchObject({ email: 'mario.rossi@ente-a.it', fiscalCode: 'RSSMRA80A01H501U', roles: [{ entityId: 'ente-a', role: 'controllo' }] });
    const { rows } = await store.pool.query(`SELECT method FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'mario.rossi@ente-a.it'`);
    expect(rows.map((r) => r.method)).toEqual(['oidc']);

    // The same callback again (replay) finds no transaction.
    const replay = await browser.request(callbackUrl);
    expect(replay.headers.get('location')).toBe('/login?errore=scaduto');
  });

  it('refuses, in Italian, a person with no account (no self-registration)', async () => {
    const browser = new TestBrowser();
    const done = await browser.request(await signIn(browser, apps[0]!.base, 'giuseppe'));
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/login?errore=utente_sconosciuto');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    const { rows } = await store.pool.query(`SELECT count(*)::int AS n FROM users WHERE email = 'giuseppe@altrove.it' OR fiscal_code = 'VRDGPP70B02F205X'`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a callback delivered to another browser (login CSRF): the transaction cookie binds it', async () => {
    const victim = new TestBrowser();
    const attacker = new TestBrowser();
    const callbackUrl = await signIn(attacker, apps[0]!.base, 'mario');
    const done = await victim.request(callbackUrl);
    expect(done.headers.get('location')).toBe('/login?errore=scaduto');
    expect(victim.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('matches by e-mail when configured so (PERFORMA_OIDC_MATCH=email), case-insensitively', async () => {
    const browser = new TestBrowser();
    const done = await browser.request(await signIn(browser, apps[1]!.base, 'lucia', '//evil.example/'));
    expect(done.headers.get('location')).toBe('/');
    const me = await (await browser.request(`${apps[1]!.base}/api/auth/me`)).json();
    expect(me.user).toMatchObject({ email: 'lucia.bianchi@ente-a.it', roles: [{ role: 'oiv' }] });
    expect(me.oidc).toBe(true);
  });
});
