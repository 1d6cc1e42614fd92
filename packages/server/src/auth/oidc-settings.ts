/** OpenID Connect settings, from the environment (docs/auth.md). */
export interface OidcSettings {
  /** PERFORMA_OIDC_ISSUER: the provider's issuer URL (discovery at /.well-known/openid-configuration). */
  issuer: string;
  /** PERFORMA_OIDC_CLIENT_ID. */
  clientId: string;
  /** PERFORMA_OIDC_CLIENT_SECRET (client_secret_basic); absent for a public client (PKCE only). */
  clientSecret: string | null;
  /** PERFORMA_OIDC_REDIRECT_URI: https://performa.ente.it/api/auth/oidc/callback, registered at the provider. */
  redirectUri: string;
  /** PERFORMA_OIDC_SCOPE, default "openid profile email". */
  scope: string;
  /** PERFORMA_OIDC_MATCH: how a person is matched to an account, `fiscal_code` (default) or `email`. */
  match: 'fiscal_code' | 'email';
  /** PERFORMA_OIDC_CLAIM: the claim holding it; default `fiscalNumber` (SPID) or `email`. */
  claim: string;
}

type Env = Record<string, string | undefined>;

/** null when OIDC is not configured (PERFORMA_OIDC_ISSUER unset); throws on a partial configuration. */
export function oidcSettingsFromEnv(env: Env = process.env): OidcSettings | null {
  const issuer = env.PERFORMA_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.PERFORMA_OIDC_CLIENT_ID?.trim();
  const redirectUri = env.PERFORMA_OIDC_REDIRECT_URI?.trim();
  const missing = [!clientId && 'PERFORMA_OIDC_CLIENT_ID', !redirectUri && 'PERFORMA_OIDC_REDIRECT_URI'].filter(Boolean);
  if (missing.length > 0) throw new Error(`Configurazione OpenID Connect incompleta: manca ${missing.join(' e ')}.`);
  const match = (env.PERFORMA_OIDC_MATCH?.trim() || 'fiscal_code').toLowerCase();
  if (match !== 'fiscal_code' && match !== 'email') {
    throw new Error(`PERFORMA_OIDC_MATCH deve valere "fiscal_code" oppure "email", non "${match}".`);
  }
  return {
    issuer,
    clientId: clientId!,
    clientSecret: env.PERFORMA_OIDC_CLIENT_SECRET?.trim() || null,
    redirectUri: redirectUri!,
    scope: env.PERFORMA_OIDC_SCOPE?.trim() || 'openid profile email',
    match,
    claim: env.PERFORMA_OIDC_CLAIM?.trim() || (match === 'email' ? 'email' : 'fiscalNumber'),
  };
}
