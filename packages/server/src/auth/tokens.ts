import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random 256-bit secret, base64url (43 characters): session ids, CSRF tokens, OIDC transactions. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a secret token: its SHA-256 (a stolen table opens no session). */
export const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Constant-time comparison of two strings (different lengths compare false). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
