import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';

export const UNAUTHENTICATED = {
  error: 'unauthenticated',
  message: 'Accesso richiesto: effettuare il login per continuare.',
} as const;

/** An error Fastify answers with 401 (statusCode), for handlers that throw. */
export class UnauthenticatedError extends Error {
  readonly statusCode = 401;
  readonly code = UNAUTHENTICATED.error;
  constructor() {
    super(UNAUTHENTICATED.message);
    this.name = 'UnauthenticatedError';
  }
}

/**
 * A preHandler for routes that need a logged-in user: answers 401 `{ error, message }` (Italian)
 * to anonymous requests. Use as `{ preHandler: requireActor }` or call it first in a hook.
 */
export async function requireActor(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!request.actor) await reply.code(401).send(UNAUTHENTICATED);
}

/** The actor of a request that must have one, inside a handler; throws UnauthenticatedError otherwise. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}
