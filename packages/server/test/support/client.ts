import { buildUrl, routes, type RouteDef, type RouteName } from '@performa/api';
import type { FastifyInstance } from 'fastify';
import type { Login } from './app.js';

/** Calls a contract route by name through app.inject, as `who` (or anonymously). */
export async function call(
  app: FastifyInstance,
  who: Login | null,
  name: RouteName,
  args: { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown } = {},
) {
  const def = routes[name] as RouteDef;
  const res = await app.inject({
    method: def.method,
    url: buildUrl(def, args),
    headers: who?.headers ?? {},
    ...(args.body !== undefined ? { payload: args.body as object } : {}),
  });
  let json: any = null;
  try {
    json = res.json();
  } catch {
    json = null;
  }
  return { status: res.statusCode, json, body: res.body };
}
