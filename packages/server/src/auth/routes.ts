import type { FastifyInstance, RouteHandlerMethod, RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ErrorBody, routes, type LoginBody, type RouteDef } from '@performa/api';
import type { AuthConfig } from './config.js';
import { demoAccountList } from './demo-accounts.js';
import { clearSessionCookie, clientIp, OIDC_COOKIE, oidcCookieOptions, setSessionCookie } from './http.js';
import { loginWithPassword } from './login.js';
import { meBody } from './me.js';
import { OidcLoginError, safeReturnTo, type OidcClient } from './oidc.js';
import { sessionOf } from './request-session.js';
import { requireActor } from './require-actor.js';
import { createSession, endAllSessions, endSession, openSession } from './sessions.js';
import type { SessionCache } from './session-cache.js';
import type { Db } from './users.js';

interface Deps {
  db: Db;
  config: AuthConfig;
  oidc: OidcClient | null;
  demo: boolean;
  cache: SessionCache;
}

/** Where the browser lands when an OpenID Connect login fails: the web app's login page shows the message of the code. */
export const OIDC_FAILURE_PATH = '/login';

/**
 * Fastify options of a contract route: its schemas (for validation and OpenAPI), its own zod
 * compilers (so it works whatever the app's defaults), and `config.csrf` for the auth hook.
 */
function routeOptions(def: RouteDef, handler: RouteHandlerMethod, extra: Partial<RouteOptions> = {}): RouteOptions {
  return {
    ...extra,
    handler,
    method: def.method,
    url: def.path,
    config: { csrf: def.csrf !== false },
    validatorCompiler: validatorCompiler as RouteOptions['validatorCompiler'],
    serializerCompiler: serializerCompiler as RouteOptions['serializerCompiler'],
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      response: { [def.status ?? 200]: def.response, '4xx': ErrorBody },
    },
  } as RouteOptions;
}

export function registerAuthRoutes(app: FastifyInstance, deps: Deps): void {
  const { db, config, oidc } = deps;
  const flags = { demo: deps.demo, oidc: oidc !== null };
  const endSessionEverywhere = async (sessionId: string) => {
    deps.cache.dropSession(sessionId);
    await endSession(db, sessionId);
  };
  const notConfigured = { error: 'not_found', message: 'L’accesso con SPID/CIE o OpenID Connect non è configurato.' };

  app.route(
    routeOptions(routes.authLogin, async (request, reply) => {
      const body = request.body as LoginBody;
      const outcome = await loginWithPassword(db, config, {
        email: body.email,
        password: body.password,
        ip: clientIp(request, config),
        userAgent: request.headers['user-agent'] ?? null,
      });
      if (!outcome.ok) {
        if (outcome.retryAfterSeconds) reply.header('retry-after', String(outcome.retryAfterSeconds));
        return reply.code(outcome.status).send({ error: outcome.error, message: outcome.message });
      }
      if (request.actor) await endSessionEverywhere(request.actor.sessionId);
      setSessionCookie(reply, outcome.session.token, config);
      return meBody(await openSession(db, outcome.session.token, config), flags);
    }),
  );

  app.route(
    routeOptions(routes.authLogout, async (request, reply) => {
      if (request.actor) await endSessionEverywhere(request.actor.sessionId);
      clearSessionCookie(reply, config);
      return { ok: true };
    }),
  );

  app.route(
    routeOptions(
      routes.authLogoutAll,
      async (request, reply) => {
        deps.cache.dropUser(request.actor!.userId);
        const sessionsEnded = await endAllSessions(db, request.actor!.userId);
        clearSessionCookie(reply, config);
        return { sessionsEnded };
      },
      { preHandler: requireActor },
    ),
  );

  app.route(
    routeOptions(routes.authMe, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return meBody(sessionOf(request), flags);
    }),
  );

  app.route(routeOptions(routes.authDemoAccounts, async () => (deps.demo ? demoAccountList() : [])));

  app.route(
    routeOptions(routes.authOidcStart, async (request, reply) => {
      if (!oidc) return reply.code(404).send(notConfigured);
      const { returnTo } = request.query as { returnTo?: string };
      try {
        const started = await oidc.start(db, safeReturnTo(returnTo));
        reply.setCookie(OIDC_COOKIE, started.token, oidcCookieOptions(request, config));
        return reply.redirect(started.url, 302);
      } catch (error) {
        request.log.warn({ err: error }, 'OIDC start failed');
        return reply.redirect(`${OIDC_FAILURE_PATH}?errore=fornitore`, 302);
      }
    }),
  );

  app.route(
    routeOptions(routes.authOidcCallback, async (request, reply) => {
      if (!oidc) return reply.code(404).send(notConfigured);
      const { maxAge: _unused, ...cookieOptions } = oidcCookieOptions(request, config);
      reply.clearCookie(OIDC_COOKIE, cookieOptions);
      try {
        const { user, returnTo } = await oidc.complete(db, request.cookies[OIDC_COOKIE], request.query as Record<string, unknown>);
        if (request.actor) await endSessionEverywhere(request.actor.sessionId);
        const session = await createSession(db, user.id, 'oidc', config, {
          ip: clientIp(request, config),
          userAgent: request.headers['user-agent'] ?? null,
        });
        await db.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
        setSessionCookie(reply, session.token, config);
        return reply.redirect(returnTo, 302);
      } catch (error) {
        const code = error instanceof OidcLoginError ? error.code : 'fornitore';
        request.log.warn({ err: error, code }, 'OIDC login refused');
        return reply.redirect(`${OIDC_FAILURE_PATH}?errore=${code}`, 302);
      }
    }),
  );
}
