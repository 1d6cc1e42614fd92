import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSRF_HEADER, SESSION_COOKIE, type RoleCode } from '@performa/api';
import type { PlanDocument } from '@performa/core';
import { importPlan, type Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { authConfigFromEnv } from '../../src/auth/config.js';
import { createSession } from '../../src/auth/sessions.js';
import { grantRole, upsertUser } from '../../src/auth/users.js';
import { buildApp, type BuildAppOptions } from '../../src/app.js';

export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
export const fixture = (name: string): PlanDocument => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as PlanDocument;

export async function testApp(store: Store, options: { demo?: boolean; documents?: BuildAppOptions['documents'] } = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    store, logger: false, demo: options.demo ?? false, webDir: null, auth: { oidc: null, config: authConfigFromEnv({}) },
    ...(options.documents ? { documents: options.documents } : {}),
  });
  await app.ready();
  return app;
}

export interface Login {
  userId: string;
  cookie: string;
  csrf: string;
  /** Headers for app.inject: the session cookie and the CSRF token. */
  headers: Record<string, string>;
}

/** A user with these roles and an open session (through the auth module's own helpers). */
export async function login(store: Store, email: string, roles: { entityId: string | null; role: RoleCode; units?: string[] }[]): Promise<Login> {
  const user = await upsertUser(store.pool, { email, name: email.split('@')[0] ?? email });
  for (const r of roles) await grantRole(store.pool, user.id, { entityId: r.entityId, role: r.role, units: r.units ?? [] });
  const session = await createSession(store.pool, user.id, 'password', { idleMinutes: 60, maxHours: 12 });
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return { userId: user.id, cookie, csrf: session.csrfToken, headers: { cookie, [CSRF_HEADER]: session.csrfToken } };
}

/** Imports a fixture unless its plan is there already. */
export async function ensureFixture(store: Store, name: string): Promise<PlanDocument> {
  const doc = fixture(name);
  await importPlan(store, doc).catch((error: { code?: string }) => {
    if (error.code !== 'plan.exists') throw error;
  });
  return doc;
}
