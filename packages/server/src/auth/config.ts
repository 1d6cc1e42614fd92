/**
 * Authentication settings, read from the environment once at start (docs/auth.md lists them).
 * Every value has a default that suits a single-office installation behind no proxy.
 */
export interface AuthConfig {
  /** A session unused for this long ends (PERFORMA_SESSION_IDLE_MINUTES, default 60). */
  idleMinutes: number;
  /** A session ends this long after login, used or not (PERFORMA_SESSION_MAX_HOURS, default 12). */
  maxHours: number;
  /** Trust X-Forwarded-Proto/-For from a reverse proxy (PERFORMA_TRUST_PROXY=1). */
  trustProxy: boolean;
  /** Always mark cookies Secure (PERFORMA_COOKIE_SECURE=1), else only when the request came over TLS. */
  forceSecure: boolean;
  /** Failed logins per account in the window before refusing (PERFORMA_LOGIN_MAX_FAILURES, default 5). */
  maxFailuresPerAccount: number;
  /** Failed logins per IP address in the window (PERFORMA_LOGIN_MAX_FAILURES_IP, default 30). */
  maxFailuresPerIp: number;
  /** Length of the rate-limit window (PERFORMA_LOGIN_WINDOW_MINUTES, default 15). */
  windowMinutes: number;
  /** Benchmark mode (PERFORMA_BENCH=1): loopback clients are not rate limited. */
  bench: boolean;
}

type Env = Record<string, string | undefined>;

function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`Valore non valido per ${name}: "${raw}" (serve un numero maggiore di zero).`);
  }
  return value;
}

const flag = (env: Env, name: string) => ['1', 'true', 'yes', 'si', 'sì'].includes((env[name] ?? '').trim().toLowerCase());

export function authConfigFromEnv(env: Env = process.env): AuthConfig {
  return {
    idleMinutes: positive(env, 'PERFORMA_SESSION_IDLE_MINUTES', 60),
    maxHours: positive(env, 'PERFORMA_SESSION_MAX_HOURS', 12),
    trustProxy: flag(env, 'PERFORMA_TRUST_PROXY'),
    forceSecure: flag(env, 'PERFORMA_COOKIE_SECURE'),
    maxFailuresPerAccount: positive(env, 'PERFORMA_LOGIN_MAX_FAILURES', 5),
    maxFailuresPerIp: positive(env, 'PERFORMA_LOGIN_MAX_FAILURES_IP', 30),
    windowMinutes: positive(env, 'PERFORMA_LOGIN_WINDOW_MINUTES', 15),
    bench: flag(env, 'PERFORMA_BENCH'),
  };
}
