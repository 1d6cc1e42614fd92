import { expect, it } from 'vitest';
import { validateDocument } from '@performa/core';
import { exportPlan, importPlan, planKeyOf } from '@performa/storage';
import { everythingDocument, FIXTURES, loadFixture, normalise } from './documents.js';
import { onBothServers } from './servers.js';

/** Spec §1: the top-level members of a document, in this order. */
const SPEC_ORDER = [
  'format', 'entity', 'plan', 'methodology', 'periods', 'units', 'perspectives', 'objectives', 'indicators',
  'assignments', 'measurements', 'overrides', 'scorecards', 'incentives', 'monitoring',
];

onBothServers('import → export round trip', (store) => {
  for (const name of FIXTURES) {
    it(`gives ${name} back with the same content`, async () => {
      const original = loadFixture(name);
      const summary = await importPlan(store(), original);
      expect(summary.entityId).toBe(original.entity.id);
      expect(summary.created.objectives).toBe(original.objectives.length);
      expect(summary.created.assignments).toBe(original.assignments?.length ?? 0);
      expect(summary.created.measurements).toBe(original.measurements?.length ?? 0);
      const exported = await exportPlan(store(), original.entity.id, planKeyOf(original)!);
      expect(normalise(exported)).toEqual(normalise(original));
      // What a consumer reads back is still a valid document.
      expect(validateDocument(exported, 'it').ok).toBe(true);
    });
  }

  it('exports in canonical order: spec key order, then extensions; arrays in document order', async () => {
    const original = loadFixture('foggia-2021.json');
    const exported = (await exportPlan(store(), original.entity.id)) as unknown as Record<string, unknown>;
    const present = Object.keys(original).filter((k) => !k.startsWith('x-'));
    expect(Object.keys(exported)).toEqual([...SPEC_ORDER.filter((k) => present.includes(k)), 'x-source']);
    const objective = (exported.objectives as Record<string, unknown>[])[0]!;
    const spec = ['id', 'level', 'name', 'parent', 'weight', 'perspective', 'programme', 'units', 'mix', 'description'];
    const keys = Object.keys(objective);
    const named = keys.filter((k) => !k.startsWith('x-'));
    expect(named).toEqual(spec.filter((k) => named.includes(k)));
    expect(keys.slice(named.length).every((k) => k.startsWith('x-'))).toBe(true);
    expect((exported.assignments as { indicator: string }[]).map((a) => a.indicator)).toEqual(
      original.assignments!.map((a) => a.indicator),
    );
  });

  it('keeps every part, x- extensions at every level, exact numbers, dates, booleans and money', async () => {
    const original = everythingDocument();
    await importPlan(store(), original);
    const exported = await exportPlan(store(), 'ente-prova', 'piano-2024');
    expect(normalise(exported)).toEqual(normalise(original));
    const back = exported as unknown as Record<string, any>;
    expect(back['x-doc']).toEqual({ nested: [1, 2, { deep: null }], flag: false });
    expect(back.methodology['x-smvp']).toEqual({ act: 'Delibera n. 2/2023', pages: [3, 4] });
    expect(back.methodology.mix).toEqual({ indicators: 0.3, children: 0.7 });
    expect(back.assignments[0].targets['2024']['x-t']).toBe(true);
    expect(back.assignments[0].revisions[0].previous['x-prev']).toBe(1);
    expect(back.assignments[4].revisions).toEqual([]);
    expect(back.objectives[2].units).toEqual([]);
    expect(back.objectives[1].comment).toBe('a plain unknown property');
    expect(back.measurements[0].value).toBe(21.660000000000004);
    expect(back.measurements[1].value).toBe(0.30000000000000004);
    expect(back.measurements[2].value).toBe('2024-06-15');
    expect(back.measurements[3].value).toBe(true);
    expect(back.measurements[6].value).toBe(1e21);
    expect(back.assignments[4].targets['2024'].value).toBe(1e-7);
    expect(back.incentives[0].amount).toBe(80129.87);
    expect(back.scorecards[0].items[0]['x-it']).toEqual({ deep: [1, null] });
    expect(back.scorecards[0].items[2].targets['2024']['x-tt']).toBe(1);
    expect(back.monitoring[0].proposal).toEqual({ op: 'by', date: '2024-09-30', 'x-pp': 1 });
  });

  it('gives back the top-level arrays the document had, empty ones included, and no others', async () => {
    const original = loadFixture('foggia-2021.json'); // has "overrides": [] and "incentives": []
    const exported = (await exportPlan(store(), original.entity.id)) as unknown as Record<string, unknown>;
    expect(exported.overrides).toEqual([]);
    expect(exported.incentives).toEqual([]);
    expect('monitoring' in exported).toBe(false);
  });
});
