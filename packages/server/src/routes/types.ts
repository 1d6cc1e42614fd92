import type { AUTH_ROUTES, RouteName, Routes } from '@performa/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import type { Action, Resource } from '../policies/policy.js';

type Out<T> = [T] extends [never] ? undefined : T extends z.ZodType ? z.output<T> : undefined;

export type AuthRouteName = (typeof AUTH_ROUTES)[number];
export type ServerRouteName = Exclude<RouteName, AuthRouteName>;

export interface HandlerInput<N extends RouteName> {
  params: Out<Routes[N]['params' & keyof Routes[N]]>;
  query: Out<Routes[N]['query' & keyof Routes[N]]>;
  body: Out<Routes[N]['body' & keyof Routes[N]]>;
}

/** A JSON text sent as it is (already serialised, e.g. cached results). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A file sent as it is, as an attachment (downloads of generated documents). */
export class RawFile {
  constructor(
    readonly data: Buffer,
    readonly mimeType: string,
    readonly fileName: string,
  ) {}
}

export interface HandlerContext {
  app: AppContext;
  /** Null only on public routes. */
  actor: Actor | null;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Throws 403 unless the policy allows `action` on `resource` (entity defaults to the route's). */
  authorize(action: Action, resource?: Resource): void;
  /** The logged-in actor (routes that are not public always have one). */
  me(): Actor;
}

export type Handler<N extends RouteName> = (
  input: HandlerInput<N>,
  ctx: HandlerContext,
) => Promise<z.input<Routes[N]['response']> | RawJson | RawFile>;

export type Handlers = { [N in ServerRouteName]: Handler<N> };
