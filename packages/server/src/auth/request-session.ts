import type { FastifyRequest } from 'fastify';
import type { OpenSession } from './sessions.js';

/** The open session of each request (set by the auth hook), for the auth routes (me, logout). */
const sessions = new WeakMap<FastifyRequest, OpenSession>();

export const sessionOf = (request: FastifyRequest): OpenSession | undefined => sessions.get(request);
export const attachSession = (request: FastifyRequest, session: OpenSession): void => void sessions.set(request, session);
