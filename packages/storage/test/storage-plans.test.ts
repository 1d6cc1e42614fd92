import { expect, it } from 'vitest';
import { exportPlan, importPlan, importPlanInTx, listPlans, PlanNotFoundError, readPlanVersion } from '@performa/storage';
import { clone, loadFixture, normalise } from './documents.js';
import { onBothServers } from './servers.js';

const errorOf = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a rejection');
  },
  (e: unknown) => e as PlanNotFoundError,
);

onBothServers('entities, plans and versions', (store) => {
  const foggia = loadFixture('foggia-2021.json');
  // A second plan of the same entity: spec §1 names it by plan.id.
  const foggiaNext = clone(foggia);
  foggiaNext.plan = { ...foggiaNext.plan!, id: '2022-2024', title: 'Piano della performance 2022-2024', years: [2022, 2023, 2024] };
  const bergamo = loadFixture('bergamo-2022-plan.json');

  it('keeps several entities and several plans per entity side by side', async () => {
    await importPlan(store(), foggia);
    const second = await importPlan(store(), foggiaNext);
    expect(second).toMatchObject({ entityId: 'cciaa-foggia', planId: '2022-2024', version: 1, replaced: false, entityCreated: false });
    await importPlan(store(), bergamo);
    const all = await listPlans(store());
    expect(all.map((p) => [p.entityId, p.planId])).toEqual([
      ['cciaa-bergamo', '2022'],
      ['cciaa-foggia', '2021'],
      ['cciaa-foggia', '2022-2024'],
    ]);
    expect((await listPlans(store(), 'cciaa-foggia')).map((p) => p.title)).toEqual([
      'Piano della performance 2021-2023',
      'Piano della performance 2022-2024',
    ]);
    expect(normalise(await exportPlan(store(), 'cciaa-foggia', '2021'))).toEqual(normalise(foggia));
    expect(normalise(await exportPlan(store(), 'cciaa-foggia', '2022-2024'))).toEqual(normalise(foggiaNext));
    expect(normalise(await exportPlan(store(), 'cciaa-bergamo'))).toEqual(normalise(bergamo));
  });

  it('asks which plan when the entity has several, and names unknown entities and plans', async () => {
    const ambiguous = await errorOf(exportPlan(store(), 'cciaa-foggia'));
    expect(ambiguous).toBeInstanceOf(PlanNotFoundError);
    expect(ambiguous.code).toBe('plan.ambiguous');
    expect(ambiguous.plans).toEqual(['2021', '2022-2024']);
    expect(ambiguous.message).toContain('--plan');
    const unknownPlan = await errorOf(exportPlan(store(), 'cciaa-foggia', '1999'));
    expect(unknownPlan.code).toBe('plan.unknown');
    expect(unknownPlan.message).toContain('"1999"');
    const unknownEntity = await errorOf(exportPlan(store(), 'ente-inesistente'));
    expect(unknownEntity.code).toBe('entity.unknown');
    expect(unknownEntity.message).toContain('"ente-inesistente"');
    expect(unknownEntity.message).toContain('cciaa-bergamo');
    const english = await errorOf(exportPlan(store(), 'ente-inesistente', undefined, { lang: 'en' }));
    expect(english.message).toMatch(/^Unknown entity "ente-inesistente"/);
  });

  it('replaces a plan only when asked, keeping the previous version as history', async () => {
    const revised = clone(foggia);
    revised.measurements![0]!.value = 42;
    revised.plan!.title = 'Piano della performance 2021-2023 (rimodulato)';
    const summary = await importPlan(store(), revised, { replace: true, actor: 'test' });
    expect(summary).toMatchObject({ entityId: 'cciaa-foggia', planId: '2021', version: 2, replaced: true });
    expect(normalise(await exportPlan(store(), 'cciaa-foggia', '2021'))).toEqual(normalise(revised));
    const versions = await store().pool.query(
      "SELECT version, superseded_at IS NOT NULL AS superseded FROM plans WHERE entity_id = 'cciaa-foggia' AND plan_key = '2021' ORDER BY version",
    );
    expect(versions.rows).toEqual([
      { version: 1, superseded: true },
      { version: 2, superseded: false },
    ]);
    const audit = await store().pool.query(
      "SELECT action, actor FROM audit_events WHERE entity_id = 'cciaa-foggia' ORDER BY id",
    );
    expect(audit.rows).toEqual([
      { action: 'plan.import', actor: null },
      { action: 'plan.import', actor: null },
      { action: 'plan.replace', actor: 'test' },
    ]);
  });

  it('reads back any version, the superseded one too', async () => {
    const { rows } = await store().pool.query<{ id: number; version: number }>(
      "SELECT id, version FROM plans WHERE entity_id = 'cciaa-foggia' AND plan_key = '2021' ORDER BY version",
    );
    expect(normalise(await readPlanVersion(store(), 'cciaa-foggia', rows[0]!.id))).toEqual(normalise(foggia));
    const unknown = await errorOf(readPlanVersion(store(), 'cciaa-bergamo', rows[0]!.id));
    expect(unknown.code).toBe('plan.unknown');
  });

  it("imports inside the caller's transaction, which decides", async () => {
    const doc = loadFixture('riviere-2023-plan.json');
    const client = await store().pool.connect();
    try {
      await client.query('BEGIN');
      const summary = await importPlanInTx(client, doc);
      expect(summary.created.measurements).toBe(doc.measurements!.length);
      await client.query('ROLLBACK');
      expect((await listPlans(store(), doc.entity.id)).length).toBe(0);
      await client.query('BEGIN');
      await importPlanInTx(client, doc);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(normalise(await exportPlan(store(), doc.entity.id))).toEqual(normalise(doc));
  });

  it('ties every stored row to its entity', async () => {
    const tables = ['periods', 'objectives', 'indicators', 'assignments', 'targets', 'measurements', 'scorecards'];
    for (const table of tables) {
      const { rows } = await store().pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} t JOIN plans p ON p.id = t.plan_id WHERE p.entity_id <> t.entity_id`,
      );
      expect(rows[0]!.n, table).toBe(0);
    }
  });
});
