/**
 * Spec §3.3: entity (areas / perspectives), perspectives (with and without members), units
 * (operational / all, parents = mean of children), verdict bands, decimals.
 */
import { describe, expect, it } from 'vitest';
import { scorePlan } from '@performa/core';
import type { Methodology, Results } from '@performa/core';
import { PlanBuilder, expectScore, ge } from './helpers/builder.js';

const run = (b: PlanBuilder): Results => scorePlan(b.build(), '2021');

describe('§3.3 entity and perspectives', () => {
  /**
   * A (area, P1): own 100 % + child S (strategic, P1): 60 %  -> A = 0.5 x 1 + 0.5 x 0.6 = 0.8
   * B (area, P2): 40 %.   M (area, no perspective): ND.
   * P1 (weight 2): implicit {A, S}    = (0.8 + 0.6)/2 = 0.7
   * P2 (weight 1): implicit {B}       = 0.4
   * P3 (weight 1): members S:3, B:1   = (3 x 0.6 + 1 x 0.4)/4 = 2.2/4 = 0.55
   * P4 (weight 1): nothing            = NS
   * P5 (weight 0): members S:1, M:1   = zero: (0.6 + 0)/2 = 0.3; exclude: 0.6 (not counted in the entity)
   */
  function plan(m: Methodology) {
    const b = new PlanBuilder(m);
    b.objective('A', { perspective: 'P1' }).objective('S', { parent: 'A', level: 'strategic', perspective: 'P1' });
    b.objective('B', { perspective: 'P2' }).objective('M');
    b.score('A', 100).score('S', 60).score('B', 40).score('M', 'ND');
    b.perspective({ id: 'P1', weight: 2 }).perspective({ id: 'P2', weight: 1 });
    b.perspective({ id: 'P3', weight: 1, members: [{ objective: 'S', weight: 3 }, { objective: 'B', weight: 1 }] });
    b.perspective({ id: 'P4', weight: 1 });
    b.perspective({ id: 'P5', weight: 0, members: [{ objective: 'S', weight: 1 }, { objective: 'M', weight: 1 }] });
    return run(b);
  }

  it('perspectives without members: equal-weight mean of the objectives naming them (any level)', () => {
    const res = plan({});
    expectScore(res.objectives.A, 0.8);
    expectScore(res.perspectives.P1, 0.7);
    expectScore(res.perspectives.P2, 0.4);
  });
  it('perspectives with members: the listed weights, whatever the objectives\' own perspective', () => {
    expectScore(plan({}).perspectives.P3, 0.55);
  });
  it('a perspective with nothing to score: NS', () => {
    expectScore(plan({}).perspectives.P4, 'NS');
  });
  it('missing members of a perspective: zero vs exclude', () => {
    expectScore(plan({}).perspectives.P5, 0.3);
    expectScore(plan({ missing: 'exclude' }).perspectives.P5, 0.6);
  });
  it('entity by areas (default): weighted mean of the root objectives', () => {
    // roots A 0.8, B 0.4, M ND (-> 0 under zero): (0.8 + 0.4 + 0)/3 = 0.4
    expectScore(plan({}).entity, 0.4);
    expectScore(plan({ entity: 'areas' }).entity, 0.4);
    // exclude: (0.8 + 0.4)/2 = 0.6
    expectScore(plan({ missing: 'exclude' }).entity, 0.6);
  });
  it('entity by perspectives: weighted mean of the perspectives', () => {
    // P1 2 x 0.7, P2 1 x 0.4, P3 1 x 0.55, P4 NS dropped, P5 weight 0: (1.4 + 0.4 + 0.55)/4 = 2.35/4
    expectScore(plan({ entity: 'perspectives' }).entity, 0.5875);
  });
  it('perspective weights null: equal shares', () => {
    const b = new PlanBuilder({ entity: 'perspectives' });
    b.objective('A', { perspective: 'P1' }).objective('B', { perspective: 'P2' });
    b.score('A', 90).score('B', 30);
    b.perspective({ id: 'P1' }).perspective({ id: 'P2' });
    expectScore(run(b).entity, 0.6); // (0.9 + 0.3)/2
  });
  it('member weights differ from the tree weights', () => {
    const b = new PlanBuilder();
    b.objective('A').objective('X', { parent: 'A', weight: 1 }).objective('Y', { parent: 'A', weight: 1 });
    b.score('X', 100).score('Y', 20);
    b.perspective({ id: 'P', members: [{ objective: 'X', weight: 1 }, { objective: 'Y', weight: 4 }] });
    const res = run(b);
    expectScore(res.objectives.A, 0.6); // tree: (1 + 0.2)/2
    expectScore(res.perspectives.P, 0.36); // view: (1 x 1 + 4 x 0.2)/5 = 1.8/5
  });
});

describe('§3.3 units', () => {
  /**
   * A (area) -> S (strategic, units U1) -> OP1 (w3, U1) 80 %, OP2 (w1, U1 U2) 60 %, OP3 (w1, U2) ND, OP4 (w1, U2) NC
   * B (area) -> OPX (operational, U0) 10 %, PR (project, U1) 0 %
   * Units: U8 > U0 > {U1, U2}; U6 > U5 (lists nothing); U7 > {U9 (lists nothing), U10 (listed by OP1)}
   */
  function plan(m: Methodology) {
    const b = new PlanBuilder(m);
    b.objective('A').objective('S', { parent: 'A', level: 'strategic', units: ['U1'] });
    b.objective('OP1', { parent: 'S', weight: 3, units: ['U1'] }).objective('OP2', { parent: 'S', weight: 1, units: ['U1', 'U2'] });
    b.objective('OP3', { parent: 'S', weight: 1, units: ['U2'] }).objective('OP4', { parent: 'S', weight: 1, units: ['U2'] });
    b.objective('B').objective('OPX', { parent: 'B', units: ['U0'] }).objective('PR', { parent: 'B', level: 'project', units: ['U1'] });
    b.score('OP1', 80).score('OP2', 60).score('OP3', 'ND').score('OP4', 'NC').score('OPX', 10).score('PR', 0);
    b.unit('U8').unit('U0', 'U8').unit('U1', 'U0').unit('U2', 'U0');
    b.unit('U6').unit('U5', 'U6').unit('U7').unit('U9', 'U7').unit('U10', 'U7');
    b.doc.objectives.find((o) => o.id === 'OP1')!.units = ['U1', 'U10'];
    return run(b);
  }

  it('operational (default): plain unweighted mean of the operational objectives listing the unit', () => {
    const res = plan({});
    expectScore(res.objectives.S, 0.6); // (3 x 0.8 + 1 x 0.6 + 1 x 0 + NC dropped)/5 = 3/5
    // U1: OP1, OP2 -> (0.8 + 0.6)/2 (weighted would be 0.75; S strategic and PR project not used)
    expectScore(res.units.U1, 0.7);
  });
  it('missing objectives count 0 under zero, excluded ones are dropped', () => {
    // U2: OP2 0.6, OP3 ND -> 0, OP4 NC dropped: (0.6 + 0)/2
    expectScore(plan({}).units.U2, 0.3);
  });
  it('missing objectives are dropped under exclude', () => {
    expectScore(plan({ missing: 'exclude' }).units.U2, 0.6);
  });
  it('all: every objective listing the unit', () => {
    // U1: S 0.6, OP1 0.8, OP2 0.6, PR 0 -> 2/4
    expectScore(plan({ units: 'all' }).units.U1, 0.5);
  });
  it('a unit with child units scores the mean of its children; its own listings are not used', () => {
    expectScore(plan({}).units.U0, 0.5); // (U1 0.7 + U2 0.3)/2, OPX 0.1 ignored
    expectScore(plan({ missing: 'exclude' }).units.U0, 0.65); // (0.7 + 0.6)/2
    expectScore(plan({ units: 'all' }).units.U0, 0.4); // (0.5 + 0.3)/2
  });
  it('grand-parent units: mean of the children, recursively', () => {
    expectScore(plan({}).units.U8, 0.5); // U8 has the single child U0
  });
  it('a unit that lists nothing: NS; a parent of only such a unit: NS', () => {
    const res = plan({});
    expectScore(res.units.U5, 'NS');
    expectScore(res.units.U6, 'NS');
  });
  it('a child unit with nothing to score is left out of its parent', () => {
    const res = plan({});
    expectScore(res.units.U10, 0.8); // OP1
    expectScore(res.units.U9, 'NS');
    expectScore(res.units.U7, 0.8); // U9 NS dropped, U10 0.8
  });
});

describe('§2.8 an objective override feeds every aggregate above it', () => {
  it('parent, entity, unit, perspective, scorecard, pool', () => {
    const b = new PlanBuilder();
    b.objective('A', { perspective: 'P' }).objective('OP', { parent: 'A', units: ['U'], perspective: 'P' }).objective('OQ', { parent: 'A', units: ['U'] });
    b.score('OP', 40).score('OQ', 80).unit('U').perspective({ id: 'P' });
    b.override({ objective: 'OP', score: 1 });
    b.scorecard({ id: 'c', holder: 'PO', items: [{ objective: 'OP' }] });
    b.incentive({ id: 'f', amount: 100, rule: 'all-or-nothing', basis: ['OP'] });
    const res = run(b);
    expectScore(res.objectives.A, 0.9); // (1 + 0.8)/2, not (0.4 + 0.8)/2
    expectScore(res.entity, 0.9);
    expectScore(res.units.U, 0.9); // (1 + 0.8)/2
    expectScore(res.perspectives.P, 0.95); // (A 0.9 + OP 1)/2
    expectScore(res.scorecards.c, 1);
    expect(res.incentives.f!.released).toBe(100); // 1 reaches 1
  });
});

describe('§3.3 verdicts', () => {
  const verdictOf = (pcts: number[], m: Methodology | null = null) => {
    const b = new PlanBuilder(m).objective('O');
    for (const p of pcts) b.score('O', p);
    return run(b).objectives.O!;
  };
  it('default bands, highest from first, reached at equality', () => {
    expect(verdictOf([100]).verdict).toBe('Raggiunto');
    expect(verdictOf([90]).verdict).toBe('Raggiunto'); // 0.9 reaches 0.9
    expect(verdictOf([89]).verdict).toBe('Parzialmente raggiunto');
    expect(verdictOf([50]).verdict).toBe('Parzialmente raggiunto');
    expect(verdictOf([49]).verdict).toBe('Non raggiunto');
    expect(verdictOf([0]).verdict).toBe('Non raggiunto');
  });
  it('reaching a band uses the 1e-9 equality: (0.85 + 0.95)/2 = 0.8999999999999999 reaches 0.9', () => {
    const o = verdictOf([85, 95]);
    expect(Math.abs((o.score as number) - 0.9)).toBeLessThanOrEqual(1e-9);
    expect(o.verdict).toBe('Raggiunto');
  });
  it('custom bands, given in any order; a score below every band has no verdict', () => {
    const m: Methodology = { verdicts: [{ from: 0.6, label: 'Buono' }, { from: 0.95, label: 'Ottimo' }] };
    expect(verdictOf([97], m).verdict).toBe('Ottimo');
    expect(verdictOf([95], m).verdict).toBe('Ottimo');
    expect(verdictOf([70], m).verdict).toBe('Buono');
    expect(verdictOf([50], m).verdict).toBeUndefined();
  });
  it('no verdict without a score', () => {
    expect(verdictOf([]).verdict).toBeUndefined(); // NS
    const b = new PlanBuilder().objective('O');
    b.score('O', 'ND');
    expect(run(b).objectives.O!.verdict).toBeUndefined();
  });
  it('the entity gets a verdict too', () => {
    const b = new PlanBuilder().objective('A').objective('B');
    b.score('A', 60).score('B', 100);
    const res = run(b);
    expectScore(res.entity, 0.8);
    expect(res.entity.verdict).toBe('Parzialmente raggiunto');
  });
});

describe('§3.3 display: results stay unrounded', () => {
  it('scores are not rounded to decimals', () => {
    for (const decimals of [undefined, 0, 2, 4]) {
      const b = new PlanBuilder(decimals === undefined ? null : { decimals }).objective('O');
      b.score('O', 100).kpi('O', ge(73), 69.8, { unit: '%' });
      const s = run(b).objectives.O!.score as number;
      // (1 + 69.8/73)/2 = 0.97808219178...
      expect(Math.abs(s - (1 + 69.8 / 73) / 2)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(s - 0.9781)).toBeGreaterThan(1e-6);
    }
  });
});
