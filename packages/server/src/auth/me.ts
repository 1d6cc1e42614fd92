import type { MeBody } from '@performa/api';
import type { OpenSession } from './sessions.js';

/** The `authMe` answer for a session (or for nobody). */
export function meBody(session: OpenSession | null | undefined, flags: { demo: boolean; oidc: boolean }): MeBody {
  if (!session) return { user: null, csrfToken: null, expiresAt: null, ...flags };
  const { actor } = session;
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, fiscalCode: actor.fiscalCode, roles: actor.roles },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    ...flags,
  };
}
