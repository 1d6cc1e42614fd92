import type { OpenSession } from './sessions.js';

/**
 * A short-lived memory of the sessions this process has just opened, so that a burst of requests
 * from the same browser costs one database query, not one each. Entries live `seconds` (env
 * PERFORMA_SESSION_CACHE_SECONDS, default 5; 0 turns the cache off) and never past the session's
 * own expiry. Logout and logout-everywhere in this process drop them at once; in another process
 * behind the same load balancer they take effect within `seconds`, like a role change.
 */
export class SessionCache {
  private readonly entries = new Map<string, { session: OpenSession; until: number }>();

  constructor(
    private readonly seconds: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(token: string): OpenSession | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    const now = Date.now();
    if (entry.until <= now || entry.session.expiresAt.getTime() <= now) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.session;
  }

  set(token: string, session: OpenSession): void {
    if (this.seconds <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { session, until: Date.now() + this.seconds * 1000 });
  }

  dropSession(sessionId: string): void {
    for (const [token, entry] of this.entries) if (entry.session.actor.sessionId === sessionId) this.entries.delete(token);
  }

  dropUser(userId: string): void {
    for (const [token, entry] of this.entries) if (entry.session.actor.userId === userId) this.entries.delete(token);
  }
}

export function sessionCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PERFORMA_SESSION_CACHE_SECONDS;
  const n = raw === undefined ? 5 : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 5;
}
