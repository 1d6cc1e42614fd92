import type { TLSSocket } from 'node:tls';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { SESSION_COOKIE } from '@performa/api';
import type { AuthConfig } from './config.js';

/** The cookie binding an OpenID Connect login to the browser that started it. */
export const OIDC_COOKIE = 'performa_oidc';

type Proxying = Pick<AuthConfig, 'trustProxy' | 'forceSecure'>;

/** Over TLS: the socket's own, or the proxy's X-Forwarded-Proto when PERFORMA_TRUST_PROXY is set. */
export function isSecure(request: FastifyRequest, config: Proxying): boolean {
  if (config.forceSecure) return true;
  if (config.trustProxy) {
    const proto = request.headers['x-forwarded-proto'];
    const first = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase();
    if (first) return first === 'https';
  }
  return Boolean((request.raw.socket as TLSSocket).encrypted);
}

/** The client's address: the socket's, or the last hop the trusted proxy appended to X-Forwarded-For. */
export function clientIp(request: FastifyRequest, config: Proxying): string {
  if (config.trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
    if (last) return last;
  }
  return request.raw.socket.remoteAddress ?? 'unknown';
}

function sessionCookieOptions(request: FastifyRequest, config: Proxying): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: isSecure(request, config) };
}

/** A session cookie without Max-Age: the browser drops it when closed; the server enforces expiry. */
export function setSessionCookie(reply: FastifyReply, token: string, config: Proxying): void {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(reply.request, config));
}

export function clearSessionCookie(reply: FastifyReply, config: Proxying): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(reply.request, config));
}

/**
 * SameSite=Lax, not Strict: the provider sends the browser back with a top-level cross-site
 * redirect, on which a Strict cookie would not be sent.
 */
export function oidcCookieOptions(request: FastifyRequest, config: Proxying): CookieSerializeOptions {
  return { path: '/api/auth/oidc', httpOnly: true, sameSite: 'lax', secure: isSecure(request, config), maxAge: 600 };
}
