import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { ensureFixture, login, testApp, type Login } from './support/app.js';
import { call } from './support/client.js';
import { openServerTestStore } from './support/db.js';

const BG = 'cciaa-bergamo';
const bg = { entityId: BG, planId: '2022' };
const FG = 'cciaa-foggia';
const fg = { entityId: FG, planId: '2021' };
const FOGGIA_ROOTS = ['area-anagrafe-regolazione', 'area-assistenza-supporto', 'area-staff', 'grp-aziende-speciali'];

describe('plan workflow: states, rimodulazione, versions in force, overrides, methodology preview', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let cdgBg: Login;
  let cdgFg: Login;
  let oivFg: Login;
  let dirFg: Login;
  let sgFg: Login;

  beforeAll(async () => {
    ({ store, dispose } = await openServerTestStore());
    await ensureFixture(store, 'bergamo-2022-plan.json');
    await ensureFixture(store, 'foggia-2021.json');
    app = await testApp(store);
    cdgBg = await login(store, 'cdg@bg.it', [{ entityId: BG, role: 'controllo' }]);
    cdgFg = await login(store, 'cdg@fg.it', [{ entityId: FG, role: 'controllo' }]);
    oivFg = await login(store, 'oiv@fg.it', [{ entityId: FG, role: 'oiv' }]);
    dirFg = await login(store, 'dir@fg.it', [{ entityId: FG, role: 'dirigente', units: ['area-anagrafe-regolazione'] }]);
    sgFg = await login(store, 'sg@fg.it', [{ entityId: FG, role: 'dirigente', units: FOGGIA_ROOTS }]);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('edits a draft plan in place (a working version), refuses a rimodulazione before adoption', async () => {
    const edited = await call(app, cdgBg, 'editPlan', { params: bg, body: { changes: [{ type: 'objectiveWeight', objective: 'AZ-1.1.02', weight: null }] } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ state: 'bozza', version: 2 });
    const early = await call(app, cdgBg, 'createVersion', {
      params: bg, body: { act: 'Delibera 1', actDate: '2022-03-01', changes: [{ type: 'objectiveWeight', objective: 'AZ-1.1.02', weight: null, reason: 'x' }] },
    });
    expect(early.status).toBe(409);
  });

  it('goes bozza → adottato (act and date) and refuses skipping a state', async () => {
    expect((await call(app, cdgBg, 'closePlan', { params: bg, body: {} })).status).toBe(409);
    const adopted = await call(app, cdgBg, 'adoptPlan', { params: bg, body: { act: 'Delibera di Giunta n. 10', actDate: '2022-01-31' } });
    expect(adopted.json).toMatchObject({ state: 'adottato', adoption: { act: 'Delibera di Giunta n. 10', date: '2022-01-31' } });
    const frozen = await call(app, cdgBg, 'editPlan', { params: bg, body: { changes: [{ type: 'objectiveWeight', objective: 'AZ-1.1.02', weight: null }] } });
    expect(frozen.status).toBe(409);
    expect(frozen.json.message).toMatch(/rimodulazione/);
  });

  it('a rimodulazione makes a new version with act, date and a reason per change; earlier periods keep their version', async () => {
    const before2021 = (await call(app, cdgBg, 'getResults', { params: bg, query: { period: '2021' } })).json;
    const noReason = await call(app, cdgBg, 'createVersion', {
      params: bg, body: { act: 'Delibera n. 40', actDate: '2022-07-01', changes: [{ type: 'target', objective: 'AZ-1.1.02', indicator: 'IND-002', period: '2022', target: { op: '>=', value: 200 } }] },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.json.fields[0]).toMatchObject({ path: 'body.changes.0.reason', message: 'Indicare il motivo della modifica.' });
    const created = await call(app, cdgBg, 'createVersion', {
      params: bg,
      body: {
        act: 'Delibera n. 40', actDate: '2022-07-01',
        changes: [{ type: 'target', objective: 'AZ-1.1.02', indicator: 'IND-002', period: '2022', target: { op: '>=', value: 200 }, reason: 'Obiettivo più sfidante' }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ version: 3, kind: 'rimodulazione', act: 'Delibera n. 40', effectiveFrom: '2022-07-01', current: true });
    const periods = (await call(app, cdgBg, 'listPeriods', { params: bg })).json;
    expect(Object.fromEntries(periods.map((p: { id: string; version: number }) => [p.id, p.version]))).toEqual({ '2021': 2, '2022': 3, '2023': 3, '2024': 3 });
    const after2021 = (await call(app, cdgBg, 'getResults', { params: bg, query: { period: '2021' } })).json;
    expect(after2021).toEqual(before2021);
    const doc = (await call(app, cdgBg, 'getPlanDocument', { params: bg })).json;
    const a = doc.assignments.find((x: { objective: string; indicator: string }) => x.objective === 'AZ-1.1.02' && x.indicator === 'IND-002');
    expect(a.targets['2022']).toMatchObject({ op: '>=', value: 200 });
    expect(a.revisions.at(-1)).toMatchObject({ period: '2022', previous: { op: '>=', value: 100 }, reason: 'Obiettivo più sfidante', act: 'Delibera n. 40' });
    const saved = await call(app, cdgBg, 'saveEntry', { params: { ...bg, indicatorId: 'IND-002', periodId: '2022' }, body: { expectedVersion: 0, value: 100 } });
    expect(saved.status).toBe(200);
    const r2022 = (await call(app, cdgBg, 'getResults', { params: bg, query: { period: '2022' } })).json;
    expect(r2022.assignments.find((x: { objective: string; indicator: string }) => x.objective === 'AZ-1.1.02' && x.indicator === 'IND-002').score).toBeCloseTo(0.5, 9);
  });

  it('lists and compares versions side by side, with the reason of each change', async () => {
    const versions = (await call(app, cdgBg, 'listVersions', { params: bg })).json;
    expect(versions.map((v: { version: number; kind: string }) => `${v.version}:${v.kind}`)).toEqual(['1:import', '2:modifica', '3:rimodulazione']);
    expect(versions[2].changes[0].reason).toBe('Obiettivo più sfidante');
    const cmp = (await call(app, cdgBg, 'compareVersions', { params: bg, query: { from: 2, to: 3 } })).json;
    expect(cmp.differences).toContainEqual(expect.objectContaining({
      part: 'target', key: 'AZ-1.1.02:IND-002@2022', change: 'changed', reason: 'Obiettivo più sfidante',
      before: { op: '>=', value: 100, text: '100%' }, after: { op: '>=', value: 200 },
    }));
    expect((await call(app, cdgBg, 'compareVersions', { params: bg, query: { from: 1, to: 9 } })).status).toBe(404);
  });

  it('refuses a rimodulazione that would reach a closed period', async () => {
    await call(app, cdgBg, 'closePeriod', { params: { ...bg, periodId: '2022' }, body: {} });
    const refused = await call(app, cdgBg, 'createVersion', {
      params: bg, body: { act: 'Delibera n. 50', actDate: '2022-09-01', changes: [{ type: 'objectiveWeight', objective: 'AZ-1.1.02', weight: null, reason: 'r' }] },
    });
    expect(refused.status).toBe(423);
    const later = await call(app, cdgBg, 'createVersion', {
      params: bg, body: { act: 'Delibera n. 50', actDate: '2022-09-01', effectiveFrom: '2023-01-01', changes: [{ type: 'objectiveWeight', objective: 'AZ-1.1.02', weight: null, reason: 'r' }] },
    });
    expect(later.status).toBe(201);
  });

  it('overrides: proposed with a reason, approved by the OIV or the Segretario Generale, computed score kept beside', async () => {
    const computed = (await call(app, cdgFg, 'getResults', { params: fg, query: { period: '2021' } })).json.objectives['OP.01.01.03'].score;
    expect(computed).toBeLessThan(1);
    const proposed = await call(app, cdgFg, 'proposeOverride', { params: fg, body: { objective: 'OP.01.01.03', period: '2021', score: 1, reason: 'Emergenza sanitaria' } });
    expect(proposed.status).toBe(201);
    expect(proposed.json).toMatchObject({ state: 'proposto', computed });
    expect((await call(app, cdgFg, 'getResults', { params: fg, query: { period: '2021' } })).json.objectives['OP.01.01.03'].score).toBe(computed);
    const id = proposed.json.id;
    expect((await call(app, cdgFg, 'approveOverride', { params: { ...fg, overrideId: id }, body: {} })).status).toBe(403);
    expect((await call(app, dirFg, 'approveOverride', { params: { ...fg, overrideId: id }, body: {} })).status).toBe(403);
    const approved = await call(app, oivFg, 'approveOverride', { params: { ...fg, overrideId: id }, body: { note: 'Documentato' } });
    expect(approved.json).toMatchObject({ state: 'approvato', decidedBy: { name: 'oiv' }, computed });
    const results = (await call(app, cdgFg, 'getResults', { params: fg, query: { period: '2021' } })).json;
    expect(results.objectives['OP.01.01.03']).toMatchObject({ score: 1, computed });
    const second = await call(app, cdgFg, 'proposeOverride', { params: fg, body: { objective: 'OP.01.02.01', period: '2021', score: 1, reason: 'x' } });
    const rejected = await call(app, sgFg, 'rejectOverride', { params: { ...fg, overrideId: second.json.id }, body: { note: 'Non motivata' } });
    expect(rejected.json.state).toBe('respinto');
    const list = (await call(app, oivFg, 'listOverrides', { params: fg, query: { period: '2021' } })).json;
    expect(list.map((o: { state: string }) => o.state)).toEqual(['approvato', 'respinto']);
  });

  it('an objective’s history: the plan changes that touched it and the overrides of its score, nothing of other objectives', async () => {
    const history = (who: Login, params: { entityId: string }, objectId: string) =>
      call(app, who, 'getHistory', { params, query: { objectType: 'objective', objectId } });
    const changed = (await history(cdgBg, { entityId: BG }, '2022/AZ-1.1.02')).json;
    expect(changed.map((r: { action: string }) => r.action)).toContain('plan.rimodulazione');
    expect(changed.filter((r: { action: string }) => r.action === 'plan.rimodulazione').map((r: { reason: string }) => r.reason)).toContain('Delibera n. 40');
    expect((await history(cdgBg, { entityId: BG }, '2022/AZ-1.1.01')).json.map((r: { action: string }) => r.action)).not.toContain('plan.rimodulazione');
    const overridden = (await history(cdgFg, { entityId: FG }, '2021/OP.01.01.03')).json.map((r: { action: string }) => r.action);
    expect(overridden).toEqual(['override.approve', 'override.propose']);
    expect((await history(cdgFg, { entityId: FG }, '2021/OP.01.01.01')).json).toEqual([]);
  });

  it('previews a methodology change without saving it', async () => {
    const before = (await call(app, cdgFg, 'getMethodology', { params: fg })).json;
    const preview = await call(app, cdgFg, 'previewMethodology', { params: fg, body: { period: '2021', methodology: { ...before.methodology, atMost: 'ratio' } } });
    expect(preview.status).toBe(200);
    expect(preview.json.after.objectives['OS.03.02'].score).toBeGreaterThan(preview.json.before.objectives['OS.03.02'].score);
    expect(preview.json.changed).toContain('OS.03.02');
    expect(preview.json.after.entity.score).not.toBe(preview.json.before.entity.score);
    expect((await call(app, cdgFg, 'getMethodology', { params: fg })).json).toEqual(before);
    const bad = await call(app, cdgFg, 'previewMethodology', { params: fg, body: { period: '2021', methodology: { missing: 'forse' } } });
    expect(bad.status).toBe(400);
    expect(bad.json.fields[0].path).toMatch(/^body\.methodology/);
  });

  it('imports: preview reports problems or what would be created; confirm writes all or nothing', async () => {
    const riviere = (await import('./support/app.js')).fixture('riviere-2023-plan.json');
    const E = riviere.entity.id;
    const adm = await login(store, 'adm@riviere.it', [{ entityId: FG, role: 'controllo' }]);
    await store.pool.query('INSERT INTO entities (id, name) VALUES ($1, $2)', [E, riviere.entity.name]);
    const cdg = await login(store, 'cdg@riviere.it', [{ entityId: E, role: 'controllo' }]);
    const broken = structuredClone(riviere);
    broken.assignments![3]!.indicator = 'NON-ESISTE';
    const bad = await call(app, cdg, 'previewImport', { params: { entityId: E }, body: { document: broken } });
    expect(bad.json.ok).toBe(false);
    expect(bad.json.problems[0]).toMatchObject({ pointer: '/assignments/3/indicator' });
    expect(bad.json.report).toMatch(/Nulla è stato scritto/);
    const refused = await call(app, cdg, 'importPlan', { params: { entityId: E }, body: { document: broken } });
    expect(refused.status).toBe(400);
    expect(refused.json.fields[0].path).toBe('body.document.assignments.3.indicator');
    const good = await call(app, cdg, 'previewImport', { params: { entityId: E }, body: { document: riviere } });
    expect(good.json).toMatchObject({ ok: true, exists: false, version: 1, counts: { objectives: riviere.objectives.length } });
    const imported = await call(app, cdg, 'importPlan', { params: { entityId: E }, body: { document: riviere } });
    expect(imported.status).toBe(201);
    expect(imported.json).toMatchObject({ entityId: E, version: 1, replaced: false });
    expect((await call(app, cdg, 'importPlan', { params: { entityId: E }, body: { document: riviere } })).status).toBe(409);
    const other = await call(app, adm, 'previewImport', { params: { entityId: FG }, body: { document: riviere } });
    expect(other.json.problems[0]).toMatchObject({ pointer: '/entity/id' });
  });
});
