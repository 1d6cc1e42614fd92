import type { AuthConfig } from './config.js';
import type { Db } from './users.js';

type Limits = Pick<AuthConfig, 'maxFailuresPerAccount' | 'maxFailuresPerIp' | 'windowMinutes' | 'bench'>;

export const isLoopback = (ip: string) => ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';

/**
 * Seconds until this account and address may try again, or 0 when they may now. An account is
 * held after `maxFailuresPerAccount` failures within the window since its last successful login;
 * an address after `maxFailuresPerIp` failures within the window, whichever account they named.
 * In benchmark mode loopback clients are never held.
 */
export async function loginWaitSeconds(db: Db, email: string, ip: string, limits: Limits): Promise<number> {
  if (limits.bench && isLoopback(ip)) return 0;
  const window = limits.windowMinutes * 60;
  const { rows } = await db.query<{ account: number | null; address: number | null }>(
    `SELECT
       (SELECT EXTRACT(EPOCH FROM a.at + make_interval(secs => $3) - now())::float8
          FROM login_attempts a
         WHERE a.email = $1 AND NOT a.success AND a.at > now() - make_interval(secs => $3)
           AND a.at > COALESCE((SELECT max(s.at) FROM login_attempts s WHERE s.email = $1 AND s.success), '-infinity')
         ORDER BY a.at DESC OFFSET $4 - 1 LIMIT 1) AS account,
       (SELECT EXTRACT(EPOCH FROM a.at + make_interval(secs => $3) - now())::float8
          FROM login_attempts a
         WHERE a.ip = $2 AND NOT a.success AND a.at > now() - make_interval(secs => $3)
         ORDER BY a.at DESC OFFSET $5 - 1 LIMIT 1) AS address`,
    [email, ip, window, Math.floor(limits.maxFailuresPerAccount), Math.floor(limits.maxFailuresPerIp)],
  );
  const row = rows[0];
  return Math.max(0, row?.account ?? 0, row?.address ?? 0);
}

export async function recordLoginAttempt(db: Db, email: string, ip: string, success: boolean): Promise<void> {
  await db.query('INSERT INTO login_attempts (email, ip, success) VALUES ($1, $2, $3)', [email, ip, success]);
  if (!success) await db.query("DELETE FROM login_attempts WHERE at < now() - interval '1 day'");
}

/** "Troppi tentativi di accesso: riprovare tra N minuti" (N rounded up, at least 1). */
export function tooManyAttemptsMessage(waitSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
  return `Troppi tentativi di accesso: riprovare tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`;
}
