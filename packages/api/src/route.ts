import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route: the single source of truth shared by the server (registration, validation,
 * OpenAPI), the web app (typed client) and the authorisation matrix test.
 *
 * Conventions (packages/api/README.md):
 * - every non-GET route needs the `X-CSRF-Token` header (from `authMe`) unless `csrf: false`;
 * - `action` names the permission the server asks its policy for (packages/server/src/policies);
 *   public routes have none;
 * - errors always answer with `ErrorBody` (400 invalid input with `fields`, 401 not logged in,
 *   403 forbidden, 404 unknown id, 409 conflict with `current`, 423 period closed, 429 too many).
 */
export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Fastify-style path: `/api/entities/:entityId/plans/:planId`. */
  path: string;
  summary: string;
  tags: string[];
  /** Reachable without login (health, login, published plans). */
  public?: boolean;
  /** The policy action the server checks (`plan.read`, `entry.write`…); absent only on public routes. */
  action?: string;
  /** Success status (default 200; 302 for redirects, whose body is empty). */
  status?: number;
  /** False on the few state-changing routes that need no CSRF token (login). */
  csrf?: boolean;
  /** The response is a file download (Content-Disposition: attachment). */
  download?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
}

/** Declares a route; its exact type (schemas included) is kept for the client and the server. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const route = <const D extends RouteDef<any, any, any, any>>(def: D): D => def;

/** The header that carries the CSRF token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';
/** The session cookie (httpOnly, SameSite=Strict; set by the auth plugin). */
export const SESSION_COOKIE = 'performa_session';
