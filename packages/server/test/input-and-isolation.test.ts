import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUrl, routes, type RouteDef, type RouteName } from '@performa/api';
import { importPlan, type Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { fixture, login, testApp, type Login } from './support/app.js';
import { call } from './support/client.js';
import { openServerTestStore } from './support/db.js';

const A = 'cciaa-foggia';
const B = 'cciaa-altra';
const pa = { entityId: A, planId: '2021' };

describe('bad input → 400 with Italian field messages; unknown ids → 404; entities isolated; never 500', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let cdgA: Login;
  let admA: Login;
  let oivA: Login;
  let userB: Login;
  let overrideB: string;

  beforeAll(async () => {
    ({ store, dispose } = await openServerTestStore());
    const foggia = fixture('foggia-2021.json');
    await importPlan(store, foggia);
    const other = structuredClone(foggia);
    other.entity = { id: B, name: 'Altra camera' };
    other.indicators!.push({ id: 'SOLO-B', name: 'Indicatore solo di B' });
    other.assignments!.push({ objective: 'OP.01.01.03', indicator: 'SOLO-B', weight: null });
    other.assignments!.filter((a) => a.objective === 'OP.01.01.03').forEach((a) => (a.weight = null));
    await importPlan(store, other);
    cdgA = await login(store, 'cdg@a.it', [{ entityId: A, role: 'controllo' }]);
    admA = await login(store, 'adm@a.it', [{ entityId: A, role: 'amministratore' }]);
    oivA = await login(store, 'oiv@a.it', [{ entityId: A, role: 'oiv' }]);
    userB = await login(store, 'utente@b.it', [{ entityId: B, role: 'lettore' }]);
    const o = await store.pool.query<{ id: number }>(
      `INSERT INTO override_requests (entity_id, plan_key, objective, period, score, reason, state, proposed_at)
       VALUES ($1, '2021', 'OP.01.01.03', '2021', 1, 'x', 'proposto', now()) RETURNING id`,
      [B],
    );
    overrideB = String(o.rows[0]!.id);
    app = await testApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('names the fields at fault, in Italian', async () => {
    const missing = await call(app, cdgA, 'getResults', { params: pa });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toBe('invalid');
    expect(missing.json.fields[0].path).toBe('query.period');
    expect(missing.json.fields[0].message).toBe('Campo obbligatorio.');
    const body = await call(app, cdgA, 'saveEntry', { params: { ...pa, indicatorId: 'OP.01.01.03-I1', periodId: '2021' }, body: { value: 'tanti' } });
    expect(body.status).toBe(400);
    expect(body.json.fields.map((f: { path: string }) => f.path)).toContain('body.expectedVersion');
    expect(body.json.fields.find((f: { path: string }) => f.path === 'body.expectedVersion').message).toBe('Indicare la versione letta (expectedVersion)');
    // A completion date that is not in the calendar is bad input (400), not a database error (500).
    const feb30 = await call(app, cdgA, 'saveEntry', { params: { ...pa, indicatorId: 'OP.02.01.01-I1', periodId: '2021' }, body: { expectedVersion: 0, value: '2021-02-30' } });
    expect(feb30.status).toBe(400);
    expect(feb30.json.fields).toEqual([{ path: 'body.value', message: 'Indicare la data di completamento (AAAA-MM-GG).' }]);
    const date = await call(app, cdgA, 'adoptPlan', { params: pa, body: { act: 'Delibera', actDate: '31/01/2021' } });
    expect(date.json.fields).toEqual([{ path: 'body.actDate', message: 'data nel formato AAAA-MM-GG' }]);
    const unknownPeriod = await call(app, cdgA, 'getResults', { params: pa, query: { period: '2099' } });
    expect(unknownPeriod.status).toBe(400);
    expect(unknownPeriod.json.fields[0]).toMatchObject({ path: 'query.period' });
    expect(unknownPeriod.json.fields[0].message).toMatch(/Periodo sconosciuto: 2099/);
    const json = await app.inject({ method: 'PUT', url: buildUrl(routes.saveEntry as RouteDef, { params: { ...pa, indicatorId: 'OP.01.01.03-I1', periodId: '2021' } }), headers: { ...cdgA.headers, 'content-type': 'application/json' }, payload: '{"expectedVersion":' });
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toMatch(/JSON/);
  });

  it('answers 404 for unknown ids', async () => {
    const cases: [RouteName, Record<string, unknown>, Record<string, unknown>?][] = [
      ['getPlan', { entityId: A, planId: '1999' }],
      ['getObjective', { ...pa, objectiveId: 'OP.99' }, { period: '2021' }],
      ['getIndicator', { ...pa, indicatorId: 'I-99' }],
      ['getPlanDocument', pa, { version: 42 }],
      ['listPeriods', { entityId: A, planId: 'nessuno' }],
    ];
    for (const [name, params, query] of cases) {
      const r = await call(app, cdgA, name, { params, query });
      expect(r.status, name).toBe(404);
      expect(r.json.error).toBe('not_found');
    }
    expect((await call(app, cdgA, 'saveEntry', { params: { ...pa, indicatorId: 'I-99', periodId: '2021' }, body: { expectedVersion: 0, value: 1 } })).status).toBe(404);
    expect((await call(app, cdgA, 'closePeriod', { params: { ...pa, periodId: '2099' }, body: {} })).status).toBe(404);
    expect((await call(app, oivA, 'approveOverride', { params: { ...pa, overrideId: '999999' }, body: {} })).status).toBe(404);
    expect((await call(app, oivA, 'approveOverride', { params: { ...pa, overrideId: 'abc' }, body: {} })).status).toBe(404);
    expect((await app.inject({ url: '/api/nulla', headers: cdgA.headers })).statusCode).toBe(404);
  });

  it('a user of entity A reaches nothing of entity B, whatever ids they send', async () => {
    const pb = { entityId: B, planId: '2021' };
    for (const name of ['getPlan', 'getPlanDocument', 'listPeriods', 'listVersions', 'listOverrides'] as RouteName[]) {
      expect((await call(app, cdgA, name, { params: pb })).status, name).toBe(404);
    }
    expect((await call(app, cdgA, 'getResults', { params: pb, query: { period: '2021' } })).status).toBe(404);
    // B's ids through A's paths: B's override, B's own indicator, B's user.
    expect((await call(app, oivA, 'approveOverride', { params: { ...pa, overrideId: overrideB }, body: {} })).status).toBe(404);
    expect((await call(app, cdgA, 'getIndicator', { params: { ...pa, indicatorId: 'SOLO-B' } })).status).toBe(404);
    expect((await call(app, cdgA, 'saveEntry', { params: { ...pa, indicatorId: 'SOLO-B', periodId: '2021' }, body: { expectedVersion: 0, value: 1 } })).status).toBe(404);
    expect((await call(app, admA, 'setUserRoles', { params: { entityId: A, userId: userB.userId }, body: { roles: [{ role: 'lettore', units: [] }] } })).status).toBe(404);
    expect((await call(app, cdgA, 'getHistory', { params: { entityId: B }, query: { objectType: 'plan', objectId: '2021' } })).status).toBe(404);
    const entities = (await call(app, cdgA, 'listEntities')).json;
    expect(entities.map((e: { id: string }) => e.id)).toEqual([A]);
    // The override of B is untouched and A's history names nothing of B.
    const state = await store.pool.query('SELECT state FROM override_requests WHERE id = $1', [overrideB]);
    expect(state.rows[0].state).toBe('proposto');
  });

  it('never answers 500 to malformed bodies on any route', async () => {
    const garbage: unknown[] = [null, 42, 'testo', [], { expectedVersion: -1 }, { changes: [{ type: 'boh' }] }, { document: { format: 'performa/1' } }, { roles: [{ role: 're' }] }];
    const failures: string[] = [];
    for (const [name, def] of Object.entries(routes) as [RouteName, RouteDef][]) {
      if (!def.body) continue;
      const params = { ...pa, periodId: '2021', indicatorId: 'OP.01.01.03-I1', objectiveId: 'OP.01.01.03', overrideId: '1', userId: admA.userId, year: '2021', section: 's' };
      for (const payload of garbage) {
        const res = await app.inject({ method: def.method, url: buildUrl(def, { params }), headers: { ...admA.headers, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
        if (res.statusCode >= 500) failures.push(`${name} ${JSON.stringify(payload)} → ${res.statusCode} ${res.body}`);
        const res2 = await app.inject({ method: def.method, url: buildUrl(def, { params }), headers: { ...cdgA.headers, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
        if (res2.statusCode >= 500) failures.push(`${name} ${JSON.stringify(payload)} → ${res2.statusCode} ${res2.body}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
