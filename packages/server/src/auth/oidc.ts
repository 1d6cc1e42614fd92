import * as client from 'openid-client';
import { normalizeEmail, normalizeFiscalCode } from './identity.js';
import type { OidcSettings } from './oidc-settings.js';
import { randomToken, tokenHash } from './tokens.js';
import { findUserByEmail, findUserByFiscalCode, type Db, type UserRow } from './users.js';

/** Why an OpenID Connect login failed: the code goes to the login page (`/login?errore=CODE`). */
export const OIDC_ERRORS = {
  utente_sconosciuto: 'Nessun account di Performa corrisponde a questa identità: chiedere all’amministratore di crearlo.',
  account_disabilitato: 'Account disabilitato: rivolgersi all’amministratore di Performa.',
  annullato: 'Accesso annullato presso il fornitore di identità.',
  scaduto: 'La richiesta di accesso è scaduta o non è valida: riprovare.',
  fornitore: 'Il fornitore di identità non ha risposto correttamente: riprovare più tardi.',
} as const;
export type OidcErrorCode = keyof typeof OIDC_ERRORS;

export class OidcLoginError extends Error {
  constructor(readonly code: OidcErrorCode, cause?: unknown) {
    super(OIDC_ERRORS[code], { cause });
    this.name = 'OidcLoginError';
  }
}

/** Transactions older than this are refused (and swept). */
const TRANSACTION_SECONDS = 600;

const isLoopbackUrl = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * The relying party: discovers the provider on first use (and again after a failure), starts
 * logins (authorization code + PKCE S256 + state + nonce) and completes them. Plain-http issuers
 * are accepted only on loopback (tests and local trials).
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      const auth = this.settings.clientSecret ? client.ClientSecretBasic(this.settings.clientSecret) : client.None();
      this.configuration = client
        .discovery(issuer, this.settings.clientId, undefined, auth, isLoopbackUrl(issuer) ? { execute: [client.allowInsecureRequests] } : {})
        .catch((error: unknown) => {
          this.configuration = null;
          throw new OidcLoginError('fornitore', error);
        });
    }
    return this.configuration;
  }

  /** Stores a new transaction; returns the browser-binding token (for a cookie) and the provider URL. */
  async start(db: Db, returnTo: string): Promise<{ token: string; url: string }> {
    const config = await this.config();
    const token = randomToken();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    await db.query(`DELETE FROM oidc_transactions WHERE created_at < now() - make_interval(secs => $1)`, [TRANSACTION_SECONDS]);
    await db.query('INSERT INTO oidc_transactions (token_hash, state, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4, $5)', [
      tokenHash(token), state, nonce, verifier, returnTo,
    ]);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scope,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { token, url: url.href };
  }

  /**
   * Completes a login: takes (and deletes) the transaction the cookie names, exchanges the code,
   * checks state, nonce and the ID token, reads the matching claim (from the ID token, else from
   * userinfo) and finds the account. Never creates one.
   */
  async complete(db: Db, token: string | undefined, query: Record<string, unknown>): Promise<{ user: UserRow; returnTo: string }> {
    if (!token) throw new OidcLoginError('scaduto');
    const { rows } = await db.query<{ state: string; nonce: string; code_verifier: string; return_to: string | null }>(
      `DELETE FROM oidc_transactions WHERE token_hash = $1 AND created_at > now() - make_interval(secs => $2)
       RETURNING state, nonce, code_verifier, return_to`,
      [tokenHash(token), TRANSACTION_SECONDS],
    );
    const tx = rows[0];
    if (!tx) throw new OidcLoginError('scaduto');
    if (typeof query.error === 'string') throw new OidcLoginError(query.error === 'access_denied' ? 'annullato' : 'fornitore');
    const config = await this.config();
    const current = new URL(this.settings.redirectUri);
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') current.searchParams.set(key, value);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: tx.code_verifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcLoginError(error instanceof client.ClientError && /state/i.test(error.message) ? 'scaduto' : 'fornitore', error);
    }
    const claims = tokens.claims()!;
    let value = claims[this.settings.claim];
    let emailVerified = claims.email_verified;
    if (value === undefined && tokens.access_token) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub).catch((error: unknown) => {
        throw new OidcLoginError('fornitore', error);
      });
      value = info[this.settings.claim];
      emailVerified = info.email_verified;
    }
    const user = await this.findUser(db, value, emailVerified);
    if (!user) throw new OidcLoginError('utente_sconosciuto');
    if (user.disabled) throw new OidcLoginError('account_disabilitato');
    return { user, returnTo: tx.return_to ?? '/' };
  }

  private async findUser(db: Db, value: unknown, emailVerified: unknown): Promise<UserRow | null> {
    if (typeof value !== 'string') return null;
    if (this.settings.match === 'email') {
      const email = normalizeEmail(value);
      return email && emailVerified !== false ? findUserByEmail(db, email) : null;
    }
    const fiscalCode = normalizeFiscalCode(value);
    return fiscalCode ? findUserByFiscalCode(db, fiscalCode) : null;
  }
}

/** A same-site path to go back to after login: anything else (another site, `//host`) becomes "/". */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return '/';
  return value;
}
