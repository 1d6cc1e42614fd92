import type { AuthConfig } from './config.js';
import { normalizeEmail } from './identity.js';
import { verifyPassword } from './password.js';
import { loginWaitSeconds, recordLoginAttempt, tooManyAttemptsMessage } from './rate-limit.js';
import { createSession, type NewSession } from './sessions.js';
import { findUserByEmail, type Db } from './users.js';

export interface LoginRequest {
  email: string;
  password: string;
  ip: string;
  userAgent?: string | null;
}

export interface LoginRefusal {
  status: 401 | 403 | 429;
  error: 'unauthenticated' | 'forbidden' | 'rate_limited';
  message: string;
  retryAfterSeconds?: number;
}

export type LoginOutcome = { ok: true; session: NewSession; userId: string } | ({ ok: false } & LoginRefusal);

const WRONG: LoginRefusal = { status: 401, error: 'unauthenticated', message: 'E-mail o password non corretti.' };

/**
 * Local login: rate limit first (a held account is not even checked), then argon2id verification
 * (against a decoy hash when the account does not exist, so timing reveals nothing), then a new
 * session. Unknown account and wrong password get the same answer.
 */
export async function loginWithPassword(db: Db, config: AuthConfig, request: LoginRequest): Promise<LoginOutcome> {
  const email = normalizeEmail(request.email) ?? request.email.trim().toLowerCase().slice(0, 254);
  const wait = await loginWaitSeconds(db, email, request.ip, config);
  if (wait > 0) {
    return { ok: false, status: 429, error: 'rate_limited', message: tooManyAttemptsMessage(wait), retryAfterSeconds: Math.ceil(wait) };
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(user?.password_hash ?? null, request.password);
  await recordLoginAttempt(db, email, request.ip, valid);
  if (!user || !valid) return { ok: false, ...WRONG };
  if (user.disabled) {
    return { ok: false, status: 403, error: 'forbidden', message: "Account disabilitato: rivolgersi all'amministratore di Performa." };
  }
  const session = await createSession(db, user.id, 'password', config, { ip: request.ip, userAgent: request.userAgent ?? null });
  await db.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
  return { ok: true, session, userId: user.id };
}
