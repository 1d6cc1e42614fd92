import { z } from 'zod';
import { Id, RoleCode, RoleGrantBody } from './common.js';

/** The logged-in user as the web app sees it. */
export const UserInfo = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  fiscalCode: z.string().nullable(),
  roles: z.array(RoleGrantBody),
});
export type UserInfo = z.infer<typeof UserInfo>;

/** `authMe`: who is logged in (null when nobody), the CSRF token for state changes, and the login options. */
export const MeBody = z.object({
  user: UserInfo.nullable(),
  /** Send it as the `X-CSRF-Token` header on every non-GET request; null when not logged in. */
  csrfToken: z.string().nullable(),
  /** Demo mode: the login page lists the demo accounts (`authDemoAccounts`). */
  demo: z.boolean(),
  /** An OpenID Connect provider is configured (`authOidcStart`). */
  oidc: z.boolean(),
  /** Session expiry (ISO timestamp), when logged in. */
  expiresAt: z.string().nullable(),
});
export type MeBody = z.infer<typeof MeBody>;

export const LoginBody = z.object({
  email: z.string().trim().min(1, 'Indicare l’indirizzo e-mail').max(320),
  password: z.string().min(1, 'Indicare la password').max(1000),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const LogoutAllBody = z.object({ sessionsEnded: z.number().int() });

/** One demo account (demo mode only), password `demo`. */
export const DemoAccount = z.object({
  email: z.string(),
  name: z.string(),
  role: RoleCode,
  entityId: Id,
  units: z.array(Id),
  /** What this account shows (Italian). */
  description: z.string(),
});
export type DemoAccount = z.infer<typeof DemoAccount>;

export const OidcStartQuery = z.object({ returnTo: z.string().max(2000).optional() });
/** The provider's redirect: `code` and `state`, or `error`; anything else passes through. */
export const OidcCallbackQuery = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional(),
});
/** Redirect responses have no body. */
export const Redirect = z.null();
