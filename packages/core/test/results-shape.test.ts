/**
 * Spec §4: the shape of the results document, independent of the numbers.
 */
import { describe, expect, it } from 'vitest';
import { scorePlan } from '@performa/core';
import type { PlanDocument, Results, ScoreEntry } from '@performa/core';
import { PlanBuilder, between, by, expectScore, ge, le, monitor } from './helpers/builder.js';

function plan(): PlanDocument {
  const b = new PlanBuilder();
  b.unit('U1').unit('U2', 'U1').unit('U3');
  b.perspective({ id: 'P1' }).perspective({ id: 'P2' });
  b.objective('A', { perspective: 'P1' }).objective('S', { parent: 'A', level: 'strategic', units: ['U2'] });
  b.objective('O1', { parent: 'S', units: ['U2'] }).objective('O2', { parent: 'S' }).objective('B').objective('E');
  b.kpi('A', ge(10), 5, { id: 'IA' });
  b.kpi('O1', le(40), 42.88, { id: 'IO1', unit: '%' });
  b.kpi('O1', between(1, 2), 'NC', { id: 'IO2' });
  b.kpi('O2', by('2021-06-30'), '2021-07-01', { id: 'IO3', unit: 'date' });
  b.kpi('B', monitor(), 3, { id: 'IB1' });
  b.kpi('B', ge(100), 'ND', { id: 'IB2' });
  b.assign('S', 'IA', { '2021': ge(20) }, null); // the same indicator on another objective, another target
  b.scorecard({ id: 'sg', holder: 'SG', items: [{ objective: 'A' }, { name: 'Comportamenti', score: 0.9 }] });
  b.scorecard({ id: 'po', holder: 'PO', items: [{ objective: 'E' }] });
  b.incentive({ id: 'inc', amount: 100, rule: 'proportional', basis: ['A'] });
  b.incentive({ id: 'aon', amount: 100, rule: 'all-or-nothing', basis: ['O2'] });
  return b.build();
}

function entries(res: Results): [string, ScoreEntry][] {
  return [
    ['entity', res.entity],
    ...Object.entries(res.objectives).map(([k, v]) => [`objectives.${k}`, v] as [string, ScoreEntry]),
    ...res.assignments.map((a, i) => [`assignments.${i}`, a] as [string, ScoreEntry]),
    ...Object.entries(res.units).map(([k, v]) => [`units.${k}`, v] as [string, ScoreEntry]),
    ...Object.entries(res.perspectives).map(([k, v]) => [`perspectives.${k}`, v] as [string, ScoreEntry]),
    ...Object.entries(res.scorecards).flatMap(([k, v]) => [
      [`scorecards.${k}`, v] as [string, ScoreEntry],
      ...Object.entries(v.items).map(([p, e]) => [`scorecards.${k}.items.${p}`, e] as [string, ScoreEntry]),
    ]),
  ];
}

describe('§4 results shape', () => {
  const doc = plan();
  const res = scorePlan(doc, '2021');

  it('format and period', () => {
    expect(res.format).toBe('performa/1-results');
    expect(res.period).toBe('2021');
  });
  it('every objective, unit, perspective, scorecard and incentive has its entry', () => {
    expect(Object.keys(res.objectives).sort()).toEqual(doc.objectives.map((o) => o.id).sort());
    expect(Object.keys(res.units).sort()).toEqual(doc.units!.map((u) => u.id).sort());
    expect(Object.keys(res.perspectives).sort()).toEqual(doc.perspectives!.map((p) => p.id).sort());
    expect(Object.keys(res.scorecards).sort()).toEqual(['po', 'sg']);
    expect(Object.keys(res.incentives).sort()).toEqual(['aon', 'inc']);
  });
  it('every assignment has its row, in document order, scored or not', () => {
    expect(res.assignments.map((a) => `${a.objective}/${a.indicator}`)).toEqual(
      doc.assignments!.map((a) => `${a.objective}/${a.indicator}`),
    );
  });
  it('a null score always says why (ND, NC, NS); a number never carries a status', () => {
    for (const [key, e] of entries(res)) {
      if (e.score === null) expect(['ND', 'NC', 'NS'], key).toContain(e.status);
      else {
        expect(typeof e.score, key).toBe('number');
        expect(Number.isFinite(e.score), key).toBe(true);
        expect(e.status, key).toBeUndefined();
      }
    }
  });
  it('statuses of the rows', () => {
    const row = (i: string) => res.assignments.find((a) => a.indicator === i)!;
    expectScore(row('IO2'), 'NC');
    expectScore(row('IB1'), 'NS');
    expectScore(row('IB2'), 'ND');
    expectScore(row('IO3'), 0); // one day late, zero
    expectScore(res.objectives.E, 'NS'); // no members
    expectScore(res.units.U3, 'NS');
    expectScore(res.perspectives.P2, 'NS');
    expectScore(res.scorecards.po, 'NS');
  });
  it('target is the target used; the same indicator keeps each assignment its own target and score', () => {
    const rows = res.assignments.filter((a) => a.indicator === 'IA');
    expect(rows.map((r) => r.objective)).toEqual(['A', 'S']);
    expect(rows[0]!.target).toMatchObject({ op: '>=', value: 10 });
    expectScore(rows[0], 0.5); // 5/10
    expect(rows[1]!.target).toMatchObject({ op: '>=', value: 20 });
    expectScore(rows[1], 0.25); // 5/20
  });
  it('the numbers of this plan', () => {
    // O1: IO1 1 - 2.88/40 = 0.928, IO2 NC -> 0.928; O2: 0; S: own IA 0.25 + children (0.928 + 0)/2 = 0.464
    //   -> 0.5 x 0.25 + 0.5 x 0.464 = 0.357; A: own 0.5 + child 0.357 -> 0.4285
    expectScore(res.objectives.O1, 0.928);
    expectScore(res.objectives.S, 0.357);
    expectScore(res.objectives.A, 0.4285);
    expect(res.objectives.S!.blocks).toBeDefined();
    // B: IB1 NS, IB2 ND -> ND; E: NS. Entity: (A 0.4285 + B 0 [ND, zero])/2 (E not scored)
    expectScore(res.objectives.B, 'ND');
    expectScore(res.entity, 0.21425);
    expectScore(res.units.U2, 0.928); // O1 only (S is strategic)
    expectScore(res.units.U1, 0.928); // its child U2
    expectScore(res.perspectives.P1, 0.4285);
    expectScore(res.scorecards.sg, (0.4285 + 0.9) / 2);
    expect(res.incentives.inc!.released).toBe(42.85); // 100 x 0.4285
    expect(res.incentives.aon!.released).toBe(0); // O2 = 0 < 1
  });
  it('scoring does not touch the document (a pure function)', () => {
    const d = plan();
    const before = structuredClone(d);
    scorePlan(d, '2021');
    scorePlan(d, '2021-S1', { explain: true });
    expect(d).toEqual(before);
  });
  it('the same document scores another period', () => {
    const s1 = scorePlan(doc, '2021-S1');
    expect(s1.period).toBe('2021-S1');
    expect(s1.assignments).toHaveLength(doc.assignments!.length);
    // annual targets used as they are, nothing measured in S1: the scored rows are ND
    expectScore(s1.assignments.find((a) => a.indicator === 'IA'), 'ND');
    expect(s1.assignments.find((a) => a.indicator === 'IA')!.target).toMatchObject({ op: '>=', value: 10 });
  });
  it('the results are plain JSON', () => {
    expect(JSON.parse(JSON.stringify(res))).toEqual(JSON.parse(JSON.stringify(res)));
    expect(() => JSON.stringify(scorePlan(doc, '2021', { explain: true }))).not.toThrow();
  });
  it('with explain every score carries an explanation', () => {
    const ex = scorePlan(doc, '2021', { explain: true });
    for (const [key, e] of entries(ex)) {
      if (e.score === null) continue; // the spec asks it of every score; null entries are left free
      expect(e.explain, key).toBeDefined();
      expect(Array.isArray(e.explain!.text), key).toBe(true);
      expect(e.explain!.text.length, key).toBeGreaterThan(0);
      expect(typeof e.explain!.rule, key).toBe('string');
    }
    for (const [id, i] of Object.entries(ex.incentives)) expect(i.explain, id).toBeDefined();
    // and the numbers do not change
    expect(entries(ex).map(([k, e]) => [k, e.score, e.status])).toEqual(entries(res).map(([k, e]) => [k, e.score, e.status]));
  });
});
