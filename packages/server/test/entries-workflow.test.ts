import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { verifyAuditChain } from '../src/audit/verify.js';
import { ensureFixture, login, testApp, type Login } from './support/app.js';
import { call } from './support/client.js';
import { openServerTestStore } from './support/db.js';

const E = 'cciaa-foggia';
const plan = { entityId: E, planId: '2021' };
// An indicator of the referente's unit (svc-regolazione), imported with a measurement for 2021.
const OBJECTIVE = 'OP.01.02.02';
const INDICATOR = 'OP.01.02.02-I1';
const entry = { ...plan, indicatorId: INDICATOR, periodId: '2021' };

describe('rilevazione: values, validation workflow, concurrency, periods, audit', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: FastifyInstance;
  let referente: Login;
  let referente2: Login;
  let dirigente: Login;
  let controllo: Login;

  beforeAll(async () => {
    ({ store, dispose } = await openServerTestStore());
    await ensureFixture(store, 'foggia-2021.json');
    app = await testApp(store);
    referente = await login(store, 'ref@x.it', [{ entityId: E, role: 'referente', units: ['svc-regolazione'] }]);
    referente2 = await login(store, 'ref2@x.it', [{ entityId: E, role: 'referente', units: ['svc-regolazione'] }]);
    dirigente = await login(store, 'dir@x.it', [{ entityId: E, role: 'dirigente', units: ['area-anagrafe-regolazione'] }]);
    controllo = await login(store, 'cdg@x.it', [{ entityId: E, role: 'controllo' }]);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  const objectiveScore = async () =>
    (await call(app, referente, 'getObjective', { params: { ...plan, objectiveId: OBJECTIVE }, query: { period: '2021' } })).json.result.score as number;

  it('shows the imported value as validated, version 0, in the form of the unit', async () => {
    const form = await call(app, referente, 'getEntryForm', { params: plan, query: { period: '2021', unit: 'svc-regolazione' } });
    expect(form.status).toBe(200);
    const row = form.json.rows.find((r: { indicator: string }) => r.indicator === INDICATOR);
    expect(row.entry).toMatchObject({ source: 'import', state: 'validato', version: 0 });
    expect(row.can.edit).toBe(true);
    expect(row.objectives[0].target).not.toBeNull();
  });

  it('saves a draft and the scores update at once', async () => {
    const before = await objectiveScore();
    const saved = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 0, value: 0 } });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ state: 'bozza', version: 1, value: 0, source: 'rilevazione' });
    const after = await objectiveScore();
    expect(after).toBeLessThan(before);
  });

  it('two users saving from the same version: one succeeds, the other gets 409 with the current value', async () => {
    const [a, b] = await Promise.all([
      call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 1, value: 11 } }),
      call(app, referente2, 'saveEntry', { params: entry, body: { expectedVersion: 1, value: 22 } }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.json.error).toBe('conflict');
    expect(loser.json.current).toMatchObject({ version: 2, value: winner.json.value });
    expect(loser.json.message).toMatch(/modificato/);
  });

  it('two first saves of a value never saved before: one 200, one 409', async () => {
    const fresh = { ...plan, indicatorId: 'OP.01.02.02-I2', periodId: '2021' };
    const [a, b] = await Promise.all([
      call(app, referente, 'saveEntry', { params: fresh, body: { expectedVersion: 0, value: 1 } }),
      call(app, referente2, 'saveEntry', { params: fresh, body: { expectedVersion: 0, value: 2 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('submits, the dirigente returns it with a comment the referente sees, then validates the resubmission', async () => {
    const submitted = await call(app, referente, 'submitEntry', { params: entry, body: { expectedVersion: 2 } });
    expect(submitted.json).toMatchObject({ state: 'inviato', version: 3 });
    const locked = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 3, value: 5 } });
    expect(locked.status).toBe(409);
    const queue = await call(app, dirigente, 'listValidationQueue', { params: plan, query: { period: '2021' } });
    expect(queue.json.map((r: { indicator: string }) => r.indicator)).toContain(INDICATOR);
    const returned = await call(app, dirigente, 'returnEntry', { params: entry, body: { expectedVersion: 3, comment: 'Manca la fonte del dato' } });
    expect(returned.json).toMatchObject({ state: 'restituito', comment: 'Manca la fonte del dato' });
    const form = await call(app, referente, 'getEntryForm', { params: plan, query: { period: '2021' } });
    const row = form.json.rows.find((r: { indicator: string }) => r.indicator === INDICATOR);
    expect(row.entry.comment).toBe('Manca la fonte del dato');
    expect(row.can.submit).toBe(true);
    const fixed = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 4, value: 12, note: 'fonte: Priamo' } });
    expect(fixed.json.state).toBe('bozza');
    await call(app, referente, 'submitEntry', { params: entry, body: { expectedVersion: 5 } });
    const approved = await call(app, dirigente, 'approveEntry', { params: entry, body: { expectedVersion: 6 } });
    expect(approved.json).toMatchObject({ state: 'validato', comment: null, version: 7 });
  });

  it('refuses values of the wrong kind with Italian field messages', async () => {
    const bad = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 7, value: true } });
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toEqual([{ path: 'body.value', message: 'Indicare un numero.' }]);
    const nd = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 7, status: 'ND' } });
    expect(nd.json.fields[0]).toMatchObject({ path: 'body.note' });
    const zero = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 7, numerator: 3, denominator: 0 } });
    expect(zero.json.fields[0]).toMatchObject({ path: 'body.denominator' });
  });

  it('a closed period accepts no writes; reopening needs a reason and is audited', async () => {
    expect((await call(app, controllo, 'closePeriod', { params: { ...plan, periodId: '2021' }, body: {} })).json.state).toBe('chiuso');
    const refused = await call(app, referente, 'saveEntry', { params: entry, body: { expectedVersion: 7, value: 1 } });
    expect(refused.status).toBe(423);
    expect(refused.json.message).toMatch(/chiuso/);
    const noReason = await call(app, controllo, 'reopenPeriod', { params: { ...plan, periodId: '2021' }, body: {} });
    expect(noReason.status).toBe(400);
    expect(noReason.json.fields[0].path).toBe('body.reason');
    const reopened = await call(app, controllo, 'reopenPeriod', { params: { ...plan, periodId: '2021' }, body: { reason: 'Correzione di un dato' } });
    expect(reopened.json).toMatchObject({ state: 'aperto', reopenReason: 'Correzione di un dato' });
    const history = await call(app, controllo, 'getHistory', { params: { entityId: E }, query: { objectType: 'period', objectId: '2021/2021' } });
    expect(history.json.map((r: { action: string }) => r.action)).toEqual(['period.reopen', 'period.close']);
    expect(history.json[0].reason).toBe('Correzione di un dato');
  });

  it('records every change in the hash chain, which verifies; the table refuses UPDATE, DELETE, TRUNCATE', async () => {
    const history = await call(app, referente, 'getHistory', { params: { entityId: E }, query: { objectType: 'entry', objectId: `2021/${INDICATOR}/2021` } });
    expect(history.json.map((r: { action: string }) => r.action).reverse()).toEqual([
      'entry.save', 'entry.save', 'entry.submit', 'entry.return', 'entry.save', 'entry.submit', 'entry.approve',
    ]);
    expect(history.json.at(-1)).toMatchObject({ before: { source: 'import' }, after: { value: 0 } });
    expect((await verifyAuditChain(store.pool)).ok).toBe(true);
    await expect(store.pool.query("UPDATE audit_records SET reason = 'x'")).rejects.toThrow(/sola aggiunta/);
    await expect(store.pool.query('DELETE FROM audit_records')).rejects.toThrow(/sola aggiunta/);
    await expect(store.pool.query('TRUNCATE audit_records')).rejects.toThrow(/sola aggiunta/);
  });

  it('reports the first broken link when a record is tampered with behind the trigger', async () => {
    const client = await store.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_records DISABLE TRIGGER audit_records_no_update');
      await client.query(`UPDATE audit_records SET after = '{"value": 99}' WHERE entity_id = $1 AND seq = 3`, [E]);
      await client.query('ALTER TABLE audit_records ENABLE TRIGGER audit_records_no_update');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const report = await verifyAuditChain(store.pool, E);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ entityId: E, seq: 3, problem: 'hash' });
  });
});
