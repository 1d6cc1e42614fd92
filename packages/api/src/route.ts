import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route: the single source of truth shared by the server (registration, validation,
 * OpenAPI), the web app (typed client) and the authorisation matrix test.
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
  /** Reachable without login (health, login, public pages). */
  public?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
}

export const route = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  def: RouteDef<P, Q, B, R>,
) => def;
