import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '@performa/storage';
import { authConfigFromEnv, type AuthConfig } from '../../src/auth/config.js';
import { authPlugin } from '../../src/auth/plugin.js';
import type { OidcSettings } from '../../src/auth/oidc-settings.js';
import { requireActor } from '../../src/auth/require-actor.js';

/** The auth plugin on a bare Fastify app, with one protected read and one protected write route. */
export async function testApp(
  store: Store,
  options: { demo?: boolean; oidc?: OidcSettings | null; config?: Partial<AuthConfig>; sessionCacheSeconds?: number } = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(authPlugin, {
    store,
    demo: options.demo ?? false,
    oidc: options.oidc ?? null,
    config: { ...authConfigFromEnv({}), ...options.config },
    // These tests move session times in the database and expect the next request to see it.
    sessionCacheSeconds: options.sessionCacheSeconds ?? 0,
  });
  app.get('/api/private', { preHandler: requireActor }, async (request) => ({ email: request.actor!.email, roles: request.actor!.roles }));
  app.post('/api/things', { preHandler: requireActor }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

/** The `name=value` of a Set-Cookie header, and its attributes. */
export function cookieOf(header: string | string[] | undefined, name: string): { value: string; attributes: string } | null {
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const line = all.find((h) => h.startsWith(`${name}=`));
  if (!line) return null;
  const [pair, ...attributes] = line.split(';');
  return { value: pair!.slice(name.length + 1), attributes: attributes.join(';').trim() };
}
