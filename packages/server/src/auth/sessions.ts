import type { Actor, RoleGrant } from './actor.js';
import type { AuthConfig } from './config.js';
import { randomToken, tokenHash } from './tokens.js';
import type { Db } from './users.js';

export type SessionMethod = 'password' | 'oidc';

export interface NewSession {
  /** The secret for the cookie: never stored, only its hash. */
  token: string;
  csrfToken: string;
  id: string;
}

export interface OpenSession {
  actor: Actor;
  csrfToken: string;
  /** When the session ends if left unused (idle limit, capped by the absolute one). */
  expiresAt: Date;
}

type Timing = Pick<AuthConfig, 'idleMinutes' | 'maxHours'>;

/** last_seen_at is written at most once a minute per session, not on every request. */
const TOUCH_SECONDS = 60;

export async function createSession(
  db: Db,
  userId: string,
  method: SessionMethod,
  timing: Timing,
  client: { ip?: string | null; userAgent?: string | null } = {},
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, method, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), $6, $7) RETURNING id`,
    [tokenHash(token), userId, csrfToken, method, timing.maxHours * 3600, client.ip ?? null, client.userAgent?.slice(0, 500) ?? null],
  );
  // Expired sessions of anyone are swept here, at the rare moment someone logs in.
  await db.query(`DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(secs => $1)`, [timing.idleMinutes * 60]);
  return { token, csrfToken, id: rows[0]!.id };
}

interface SessionRow {
  id: string;
  csrf_token: string;
  expires_at: Date;
  last_seen_at: Date;
  expired: boolean;
  stale: boolean;
  user_id: string;
  email: string;
  name: string | null;
  fiscal_code: string | null;
  roles: RoleGrant[];
}

/**
 * The session a cookie token opens, with its user and roles, in one query; null when unknown,
 * expired (idle or absolute) or the account is disabled. An expired session is deleted.
 */
export async function openSession(db: Db, token: string, timing: Timing): Promise<OpenSession | null> {
  const hash = tokenHash(token);
  const { rows } = await db.query<SessionRow>(
    `SELECT s.id, s.csrf_token, s.expires_at, s.last_seen_at,
            (s.expires_at <= now() OR s.last_seen_at <= now() - make_interval(secs => $2) OR u.disabled) AS expired,
            s.last_seen_at < now() - make_interval(secs => $3) AS stale,
            u.id AS user_id, u.email, u.name, u.fiscal_code,
            COALESCE((SELECT json_agg(json_build_object('entityId', COALESCE(g.entity_id, '*'), 'role', g.role, 'units', g.units)
                                      ORDER BY g.entity_id NULLS FIRST, g.role)
                        FROM role_grants g WHERE g.user_id = u.id), '[]'::json) AS roles
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1`,
    [hash, timing.idleMinutes * 60, TOUCH_SECONDS],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.expired) {
    await db.query('DELETE FROM sessions WHERE id = $1', [row.id]);
    return null;
  }
  if (row.stale) await db.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.id]);
  const idleEnd = (row.stale ? Date.now() : row.last_seen_at.getTime()) + timing.idleMinutes * 60_000;
  return {
    csrfToken: row.csrf_token,
    expiresAt: new Date(Math.min(idleEnd, row.expires_at.getTime())),
    actor: { userId: row.user_id, email: row.email, name: row.name, fiscalCode: row.fiscal_code, roles: row.roles, sessionId: row.id },
  };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}

/** Logout everywhere: every session of the user, on every device. Returns how many ended. */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return rowCount ?? 0;
}
