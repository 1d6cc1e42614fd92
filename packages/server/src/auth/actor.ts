import type { RoleCode } from '@performa/api';

/** One role a person holds in one entity; `units` scopes dirigente/referente roles to unit ids (and their subtrees). */
export interface RoleGrant {
  entityId: string;
  role: RoleCode;
  units: string[];
}

/** Who is acting: a logged-in user, or null for an anonymous (public) request. */
export interface Actor {
  userId: string;
  email: string;
  name: string | null;
  fiscalCode: string | null;
  roles: RoleGrant[];
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin (packages/server/src/auth/plugin.ts); null when not logged in. */
    actor: Actor | null;
  }
}
