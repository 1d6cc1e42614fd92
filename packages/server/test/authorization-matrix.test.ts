/**
 * The authorisation matrix: every operation of the OpenAPI document × every role (and anonymous)
 * × own/foreign unit × own/foreign entity, against an explicit expectation table. A route without
 * an entry fails the test; so does any allow the table does not expect (and any deny it does).
 * Allowed = any answer but 401/403/404 (a 409 or 423 from the workflow state is still "allowed");
 * denied = 401 for anonymous, 403 in one's own entity, 404 in another entity. Never 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUrl, routes, type RoleCode, type RouteDef, type RouteName } from '@performa/api';
import type { PlanDocument } from '@performa/core';
import { importPlan, type Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../src/auth/password.js';
import { upsertUser } from '../src/auth/users.js';
import { fixture, login, testApp, type Login } from './support/app.js';
import { openServerTestStore } from './support/db.js';

const ROLES: RoleCode[] = ['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore'];
type Access = 'all' | 'own';
type Rule = 'public' | Partial<Record<RoleCode, Access>>;

const everyone: Rule = { amministratore: 'all', controllo: 'all', dirigente: 'all', referente: 'all', oiv: 'all', lettore: 'all' };
const readScoped: Rule = { amministratore: 'all', controllo: 'all', dirigente: 'own', referente: 'own', oiv: 'all', lettore: 'all' };
const admin: Rule = { amministratore: 'all' };
const controllo: Rule = { controllo: 'all' };

/** THE EXPECTATION TABLE: who may call each route (own unit only where it says `own`). */
const EXPECT: Record<RouteName, Rule> = {
  health: 'public',
  authLogin: 'public',
  authLogout: 'public',
  authLogoutAll: everyone,
  authMe: 'public',
  authDemoAccounts: 'public',
  authOidcStart: 'public',
  authOidcCallback: 'public',
  publicEntities: 'public',
  publicDocument: 'public',
  publicResults: 'public',
  listEntities: everyone,
  updateEntity: admin,
  listUsers: admin,
  createUser: admin,
  setUserRoles: admin,
  listPlans: everyone,
  getPlan: everyone,
  getPlanDocument: everyone,
  getResults: everyone,
  getDashboard: everyone,
  getTree: everyone,
  getObjective: everyone,
  getIndicator: everyone,
  getEntryForm: readScoped,
  saveEntry: { controllo: 'all', referente: 'own' },
  submitEntry: { controllo: 'all', referente: 'own' },
  listValidationQueue: { controllo: 'all', dirigente: 'own' },
  approveEntry: { dirigente: 'own' },
  returnEntry: { dirigente: 'own' },
  getMissingData: readScoped,
  adoptPlan: controllo,
  startMonitoring: controllo,
  closePlan: controllo,
  validatePlan: { oiv: 'all' },
  editPlan: controllo,
  listVersions: everyone,
  createVersion: controllo,
  compareVersions: everyone,
  listPeriods: everyone,
  openPeriod: controllo,
  closePeriod: controllo,
  reopenPeriod: controllo,
  setPeriodDueDate: controllo,
  listOverrides: everyone,
  proposeOverride: { controllo: 'all', dirigente: 'own' },
  approveOverride: { oiv: 'all' },
  rejectOverride: { oiv: 'all' },
  getMonitoring: everyone,
  saveMonitoringNote: { controllo: 'all', oiv: 'all', dirigente: 'own' },
  getMethodology: everyone,
  updateMethodology: controllo,
  previewMethodology: everyone,
  listNarratives: everyone,
  saveNarrative: controllo,
  previewImport: { amministratore: 'all', controllo: 'all' },
  importPlan: { amministratore: 'all', controllo: 'all' },
  exportPlan: everyone,
  exportResults: everyone,
  getHistory: everyone,
  createDocument: everyone,
  listDocuments: everyone,
  getDocument: everyone,
  downloadDocument: everyone,
};

const OWN = 'cciaa-foggia';
const FOREIGN = 'cciaa-estranea';
// Foggia: the dirigente leads area-anagrafe-regolazione, the referente svc-regolazione.
const UNITS = { own: 'svc-regolazione', foreign: 'svc-crisi' };
const INDICATOR = { own: 'OP.01.02.02-I1', foreign: 'OP.01.01.03-I1' };
const OBJECTIVE = { own: 'OP.01.02.02', foreign: 'OP.01.01.03' };

interface World {
  foggia: PlanDocument;
  foreignDoc: PlanDocument;
  overrides: Record<string, string>;
  documents: Record<string, string>;
  victims: Record<string, string>;
  loginUser: { email: string; password: string };
}

function request(name: RouteName, entity: string, unit: 'own' | 'foreign', world: World) {
  const def = routes[name] as RouteDef;
  const doc = entity === OWN ? world.foggia : world.foreignDoc;
  const planParams = { entityId: entity, planId: '2021' };
  const params: Record<string, string> = {
    ...planParams,
    periodId: '2021',
    indicatorId: INDICATOR[unit],
    objectiveId: OBJECTIVE[unit],
    overrideId: world.overrides[entity]!,
    jobId: world.documents[entity]!,
    userId: world.victims[entity]!,
    year: '2021',
    section: 'relazione',
  };
  if (name.startsWith('public')) params.entityId = FOREIGN; // the published plan
  const query: Record<Partial<RouteName>, Record<string, unknown>> = {
    getResults: { period: '2021' }, getDashboard: { period: '2021' }, getTree: { period: '2021' }, getObjective: { period: '2021', explain: 'true' },
    getEntryForm: { period: '2021', unit: UNITS[unit] }, listValidationQueue: { period: '2021', unit: UNITS[unit] },
    getMissingData: { period: '2021', unit: UNITS[unit] }, compareVersions: { from: 1, to: 1 }, getMonitoring: { period: '2021' },
    exportResults: { period: '2021' }, publicResults: { period: '2021' }, getHistory: { objectType: 'plan', objectId: '2021' },
  } as never;
  const change = { type: 'objectiveWeight', objective: OBJECTIVE[unit], weight: null, reason: 'prova' };
  const bodies: Partial<Record<RouteName, unknown>> = {
    authLogin: world.loginUser,
    updateEntity: { name: doc.entity.name },
    createUser: { email: `nuovo-${unit}@x.it`, roles: [{ role: 'lettore', units: [] }] },
    setUserRoles: { roles: [{ role: 'lettore', units: [] }] },
    saveEntry: { expectedVersion: 0, value: 3 },
    submitEntry: { expectedVersion: 1 },
    approveEntry: { expectedVersion: 2 },
    returnEntry: { expectedVersion: 2, comment: 'da rivedere' },
    adoptPlan: { act: 'Delibera n. 1', actDate: '2021-01-31' },
    startMonitoring: {}, closePlan: {}, validatePlan: {},
    editPlan: { changes: [change] },
    createVersion: { act: 'Delibera n. 2', actDate: '2021-07-01', changes: [change] },
    openPeriod: {}, closePeriod: {}, reopenPeriod: { reason: 'correzione' }, setPeriodDueDate: { dueDate: '2022-01-31' },
    proposeOverride: { objective: OBJECTIVE[unit], period: '2021', score: 1, reason: 'causa esterna' },
    approveOverride: {}, rejectOverride: { note: 'no' },
    saveMonitoringNote: { period: '2021', objective: OBJECTIVE[unit], cause: 'ritardo', action: 'recupero' },
    updateMethodology: { methodology: doc.methodology ?? {} },
    previewMethodology: { methodology: { ...(doc.methodology ?? {}), cap: 1.2 }, period: '2021' },
    saveNarrative: { content: '<p>Testo</p>', expectedVersion: 0 },
    previewImport: { document: doc },
    importPlan: { document: doc, replace: true },
    createDocument: { kind: 'relazione', format: 'html', period: '2021' },
  };
  const body = def.body ? (bodies[name] ?? {}) : undefined;
  return { method: def.method, url: buildUrl(def, { params, query: query[name] }), payload: body as object | undefined };
}

/** The OpenAPI operations as route names (a path the contract does not know fails the test). */
function operations(openapi: { paths: Record<string, Record<string, unknown>> }): { name: RouteName | null; key: string }[] {
  const byKey = new Map(Object.entries(routes).map(([name, r]) => [`${r.method} ${r.path}`, name as RouteName]));
  const out: { name: RouteName | null; key: string }[] = [];
  for (const [path, methods] of Object.entries(openapi.paths)) {
    for (const method of Object.keys(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      out.push({ name: byKey.get(key) ?? null, key });
    }
  }
  return out;
}

describe('authorisation matrix', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  const actors = new Map<RoleCode, Login>();
  let world: World;
  const loginAs = (role: RoleCode, who = role) => {
    const units = role === 'dirigente' ? ['area-anagrafe-regolazione'] : role === 'referente' ? ['svc-regolazione'] : [];
    return login(store, `${who}@matrice.it`, [{ entityId: OWN, role, units }]);
  };

  beforeAll(async () => {
    ({ store, dispose } = await openServerTestStore());
    const foggia = fixture('foggia-2021.json');
    const foreignDoc = { ...structuredClone(foggia), entity: { id: FOREIGN, name: 'Camera estranea' } };
    await importPlan(store, foggia);
    await importPlan(store, foreignDoc);
    await store.pool.query(`INSERT INTO plan_workflow (entity_id, plan_key, state) VALUES ($1, '2021', 'adottato')`, [FOREIGN]);
    const overrides: Record<string, string> = {};
    const documents: Record<string, string> = {};
    const victims: Record<string, string> = {};
    for (const entity of [OWN, FOREIGN]) {
      const o = await store.pool.query<{ id: number }>(
        `INSERT INTO override_requests (entity_id, plan_key, objective, period, score, reason, state, proposed_at)
         VALUES ($1, '2021', 'OP.01.01.03', '2021', 1, 'prova', 'proposto', now()) RETURNING id`,
        [entity],
      );
      overrides[entity] = String(o.rows[0]!.id);
      const d = await store.pool.query<{ id: string }>(
        `INSERT INTO document_jobs (entity_id, plan_key, kind, format, period, status, progress, file, file_name, mime_type, size, data_version, finished_at)
         VALUES ($1, '2021', 'relazione', 'html', '2021', 'done', 1, $2, 'relazione.html', 'text/html; charset=utf-8', 6, 0, now()) RETURNING id::text`,
        [entity, Buffer.from('<p></p>')],
      );
      documents[entity] = d.rows[0]!.id;
      victims[entity] = (await login(store, `vittima@${entity}.it`, [{ entityId: entity, role: 'lettore' }])).userId;
    }
    for (const role of ROLES) actors.set(role, await loginAs(role));
    const loginUser = { email: 'accesso@matrice.it', password: 'una-password-lunga' };
    await upsertUser(store.pool, { email: loginUser.email, passwordHash: await hashPassword(loginUser.password) });
    world = { foggia, foreignDoc, overrides, documents, victims, loginUser };
    app = await testApp(store, { demo: true });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('covers every route of the OpenAPI document with an expectation, and every route is in the document', async () => {
    const ops = operations((await app.inject('/api/openapi.json')).json());
    expect(ops.filter((o) => o.name === null).map((o) => o.key), 'operations that are not contract routes').toEqual([]);
    const inDoc = new Set(ops.map((o) => o.name));
    expect(Object.keys(routes).filter((n) => !inDoc.has(n as RouteName)), 'contract routes missing from OpenAPI').toEqual([]);
    expect(Object.keys(routes).filter((n) => !(n in EXPECT)), 'routes without an expectation').toEqual([]);
    expect(Object.keys(EXPECT).filter((n) => !(n in routes)), 'expectations of unknown routes').toEqual([]);
  });

  it('allows exactly what the table says, for every role, unit and entity', async () => {
    const ops = operations((await app.inject('/api/openapi.json')).json());
    const mismatches: string[] = [];
    let checked = 0;
    for (const { name } of ops) {
      const rule = EXPECT[name!];
      for (const entity of [OWN, FOREIGN]) {
        for (const unit of ['own', 'foreign'] as const) {
          const req = request(name!, entity, unit, world);
          const anonymous = await app.inject({ ...req, headers: {} });
          checked++;
          if (anonymous.statusCode >= 500) mismatches.push(`${name} anonimo: ${anonymous.statusCode} ${anonymous.body}`);
          if (rule === 'public') {
            if ([401, 403].includes(anonymous.statusCode)) mismatches.push(`${name} pubblica ma anonimo ${anonymous.statusCode}`);
            continue;
          }
          if (anonymous.statusCode !== 401) mismatches.push(`${name} anonimo: atteso 401, ottenuto ${anonymous.statusCode}`);
          for (const role of ROLES) {
            // Logging out ends the session: those two routes get a session of their own.
            const headers = name === 'authLogoutAll' ? (await loginAs(role, `${role}-uscita`)).headers : actors.get(role)!.headers;
            const res = await app.inject({ ...req, headers });
            checked++;
            const access = rule[role];
            const scoped = (routes[name!] as RouteDef).path.includes(':entityId');
            const expected = (entity === OWN || !scoped) && (access === 'all' || (access === 'own' && unit === 'own'));
            const denied = [401, 403, 404].includes(res.statusCode);
            if (res.statusCode >= 500) mismatches.push(`${name} ${role} ${entity} ${unit}: ${res.statusCode} ${res.body}`);
            else if (expected && denied) mismatches.push(`${name} ${role} ${entity}/${unit}: atteso consentito, ottenuto ${res.statusCode} ${res.body.slice(0, 160)}`);
            else if (!expected && !denied) mismatches.push(`${name} ${role} ${entity}/${unit}: CONSENTITO INATTESO (${res.statusCode})`);
            else if (!expected && entity === FOREIGN && res.statusCode !== 404) mismatches.push(`${name} ${role} ente estraneo: atteso 404, ottenuto ${res.statusCode}`);
            else if (!expected && entity === OWN && res.statusCode !== 403) mismatches.push(`${name} ${role} ${unit}: atteso 403, ottenuto ${res.statusCode}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
