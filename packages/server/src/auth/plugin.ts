import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_HEADER, SESSION_COOKIE } from '@performa/api';
import type { Store } from '@performa/storage';
import './actor.js';
import { authConfigFromEnv, type AuthConfig } from './config.js';
import { clearSessionCookie } from './http.js';
import { OidcClient } from './oidc.js';
import { oidcSettingsFromEnv, type OidcSettings } from './oidc-settings.js';
import { registerAuthRoutes } from './routes.js';
import { attachSession } from './request-session.js';
import { SessionCache, sessionCacheSeconds } from './session-cache.js';
import { openSession } from './sessions.js';
import { sameSecret } from './tokens.js';

export interface AuthPluginOptions {
  store: Pick<Store, 'pool'>;
  /** Demo mode: `authDemoAccounts` lists the demo accounts. */
  demo: boolean;
  /** OpenID Connect; undefined: from the environment (PERFORMA_OIDC_*); null: off. */
  oidc?: OidcSettings | null;
  /** Sessions, cookies, rate limits; undefined: from the environment. */
  config?: AuthConfig;
  /** Seconds a just-opened session is remembered in memory; undefined: PERFORMA_SESSION_CACHE_SECONDS (5). */
  sessionCacheSeconds?: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_REFUSED = {
  error: 'forbidden',
  message: 'Token di sicurezza (CSRF) mancante o non valido: ricaricare la pagina e riprovare.',
} as const;

/**
 * Sets `request.actor` on every request (null when anonymous) from the session cookie, refuses
 * state-changing requests of a session without its CSRF token (403), and registers the auth
 * routes. Not encapsulated: register it on the root instance, before the other routes.
 * Routes that need no CSRF token (login) say so with `config: { csrf: false }`.
 */
async function auth(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  const config = options.config ?? authConfigFromEnv();
  const settings = options.oidc === undefined ? oidcSettingsFromEnv() : options.oidc;
  const oidc = settings ? new OidcClient(settings) : null;
  const db = options.store.pool;
  const cache = new SessionCache(options.sessionCacheSeconds ?? sessionCacheSeconds());

  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    let session = cache.get(token) ?? null;
    if (!session) {
      session = await openSession(db, token, config);
      if (session) cache.set(token, session);
    }
    if (!session) {
      clearSessionCookie(reply, config);
      return;
    }
    request.actor = session.actor;
    attachSession(request, session);
    if (SAFE_METHODS.has(request.method)) return;
    const routeConfig = request.routeOptions.config as { csrf?: boolean } | undefined;
    if (routeConfig?.csrf === false) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
      return reply.code(403).send(CSRF_REFUSED);
    }
  });

  registerAuthRoutes(app, { db, config, oidc, demo: options.demo, cache });
}

export const authPlugin = fp(auth, { name: 'performa-auth', fastify: '5.x' });
