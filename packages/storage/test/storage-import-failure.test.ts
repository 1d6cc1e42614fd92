import { expect, it } from 'vitest';
import type { Store } from '@performa/storage';
import { exportPlan, importPlan, InvalidDocumentError, PlanExistsError, StoreInputError } from '@performa/storage';
import { ALL_TABLES, clone, loadFixture, normalise } from './documents.js';
import { onBothServers } from './servers.js';

async function countRows(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ALL_TABLES) {
    const { rows } = await store.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

onBothServers('a failing import leaves the database as it was', (store) => {
  it('refuses a dangling indicator deep in a valid document, naming its JSON path', async () => {
    await importPlan(store(), loadFixture('foggia-2021.json'));
    const before = await countRows(store());
    expect(before.plans).toBe(1);
    const doc = clone(loadFixture('riviere-2023-plan.json'));
    const index = doc.assignments!.length - 3;
    doc.assignments![index]!.indicator = 'I-does-not-exist';
    const error = await importPlan(store(), doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDocumentError);
    const pointer = `/assignments/${index}/indicator`;
    expect((error as InvalidDocumentError).problems.map((p) => p.pointer)).toContain(pointer);
    expect((error as Error).message).toContain(pointer);
    expect(await countRows(store())).toEqual(before);
  });

  it('rolls back everything when the database refuses a row late in the transaction', async () => {
    const doc = clone(loadFixture('bergamo-2022-plan.json'));
    const last = doc.measurements!.length - 1;
    doc.measurements![last]!.note = 'rifiutata dal database';
    // A constraint only this test adds: the last measurement, written after every other part but
    // overrides/scorecards, violates it.
    await store().pool.query(
      "ALTER TABLE measurements ADD CONSTRAINT test_refuse CHECK (note IS DISTINCT FROM 'rifiutata dal database')",
    );
    try {
      const before = await countRows(store());
      const error = await importPlan(store(), doc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreInputError);
      expect((error as StoreInputError).code).toBe('document.refused');
      expect((error as Error).message).toContain('/measurements');
      expect(await countRows(store())).toEqual(before);
    } finally {
      await store().pool.query('ALTER TABLE measurements DROP CONSTRAINT test_refuse');
    }
    // The same document, without the refused value, goes in whole.
    doc.measurements![last]!.note = null;
    const summary = await importPlan(store(), doc);
    expect(summary.created.measurements).toBe(doc.measurements!.length);
  });

  it('refuses an existing plan without replace, writing nothing', async () => {
    const before = await countRows(store());
    const changed = clone(loadFixture('foggia-2021.json'));
    changed.entity.name = 'Nome cambiato';
    const error = await importPlan(store(), changed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanExistsError);
    expect((error as PlanExistsError).planId).toBe('2021');
    expect((error as Error).message).toMatch(/già archiviato.*--replace/);
    expect(await countRows(store())).toEqual(before);
    const stored = await exportPlan(store(), 'cciaa-foggia');
    expect(normalise(stored)).toEqual(normalise(loadFixture('foggia-2021.json')));
  });
});
