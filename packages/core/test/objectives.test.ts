/**
 * Spec §3.2: objectives (weighted means, missing/excluded/not-scored members, the two-block mix,
 * tolerance). `b.score(obj, p)` adds an assignment scoring exactly p/100 (target >= 100, measured p),
 * or a missing (ND), excluded (NC) or not-scored (NS, monitor) one.
 */
import { describe, expect, it } from 'vitest';
import { scorePlan } from '@performa/core';
import type { Methodology, Results } from '@performa/core';
import { PlanBuilder, expectNear, expectScore, ge } from './helpers/builder.js';

const run = (b: PlanBuilder, period = '2021'): Results => scorePlan(b.build(), period);

describe('§3.2 weighted means of assignments', () => {
  it('numeric weights', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 50, { weight: 1 }).score('O', 100, { weight: 3 });
    expectScore(run(b).objectives.O, 0.875); // (1 x 0.5 + 3 x 1)/4 = 3.5/4
  });
  it('null weights: equal shares', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 50).score('O', 100).score('O', 90);
    expectScore(run(b).objectives.O, 0.8); // (0.5 + 1 + 0.9)/3 = 2.4/3
  });
  it('any positive scale', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 60, { weight: 0.2 }).score('O', 90, { weight: 0.8 });
    expectScore(run(b).objectives.O, 0.84); // 0.2 x 0.6 + 0.8 x 0.9 = 0.12 + 0.72
  });
  it('weight 0 beside nulls: shown, not counted', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 60).score('O', 80).score('O', 0, { weight: 0 });
    const res = run(b);
    expectScore(res.objectives.O, 0.7); // (0.6 + 0.8)/2, the 0-weight 0 % not counted
    expectScore(res.assignments[2], 0); // still scored and shown: 0/100
  });
  it('weight 0 beside numbers: not counted', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 60, { weight: 2 }).score('O', 10, { weight: 0 });
    expectScore(run(b).objectives.O, 0.6);
  });
});

describe('§3.2 missing, excluded and not-scored members', () => {
  const withMissing = (m: Methodology | null) => {
    const b = new PlanBuilder(m).objective('O');
    b.score('O', 80, { weight: 3 }).score('O', 'ND', { weight: 1 });
    return run(b).objectives.O;
  };
  it('missing: zero (default) scores a missing member 0 and keeps its weight', () => {
    expectScore(withMissing(null), 0.6); // (3 x 0.8 + 1 x 0)/4 = 2.4/4
    expectScore(withMissing({ missing: 'zero' }), 0.6);
  });
  it('missing: exclude drops it and shares its weight among the rest', () => {
    expectScore(withMissing({ missing: 'exclude' }), 0.8); // 3 x 0.8 / 3
  });
  it('an absent measurement is missing like ND', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 90).kpi('O', ge(10), 'absent');
    expectScore(run(b).objectives.O, 0.45); // (0.9 + 0)/2
  });
  it('with a negative floor, exclude can score below zero', () => {
    // (why the exclude >= zero property needs floor >= 0)
    const o = (missing: 'zero' | 'exclude') => {
      const b = new PlanBuilder({ floor: -1, missing }).objective('O');
      b.score('O', -50).score('O', 'ND'); // -50/100 = -0.5, and a missing one
      return run(b).objectives.O;
    };
    expectScore(o('zero'), -0.25); // (-0.5 + 0)/2
    expectScore(o('exclude'), -0.5); // -0.5 alone
  });
  it('NC is always dropped (zero and exclude)', () => {
    for (const missing of ['zero', 'exclude'] as const) {
      const b = new PlanBuilder({ missing }).objective('O');
      b.score('O', 80, { weight: 1 }).score('O', 'NC', { weight: 3 });
      expectScore(run(b).objectives.O, 0.8); // only 0.8 counts
    }
  });
  it('not-scored (monitor, no target) members are always dropped', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 80).score('O', 'NS').kpi('O', null, 5);
    expectScore(run(b).objectives.O, 0.8);
  });
  it('an objective whose counted members are all missing is missing (both modes)', () => {
    for (const missing of ['zero', 'exclude'] as const) {
      const b = new PlanBuilder({ missing }).objective('O');
      b.score('O', 'ND').score('O', 'ND');
      expectScore(run(b).objectives.O, 'ND');
    }
  });
  it('missing + excluded + not scored: the counted ones are all missing -> ND', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 'ND').score('O', 'NC').score('O', 'NS');
    expectScore(run(b).objectives.O, 'ND');
  });
  it('a weight-0 member does not count: the counted ones all missing -> ND', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 100, { weight: 0 }).score('O', 'ND');
    expectScore(run(b).objectives.O, 'ND');
  });
  it('nothing counted and at least one member excluded -> NC', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 'NC').score('O', 'NS');
    expectScore(run(b).objectives.O, 'NC');
  });
  it('only not-scored members -> NS', () => {
    const b = new PlanBuilder().objective('O');
    b.score('O', 'NS').kpi('O', null, 3);
    expectScore(run(b).objectives.O, 'NS');
  });
  it('no members at all -> NS', () => {
    expectScore(run(new PlanBuilder().objective('O')).objectives.O, 'NS');
  });
  it('only weight-0 members: nothing to score -> NS', () => {
    // nothing counted, nothing excluded: "otherwise nothing to score"
    const b = new PlanBuilder().objective('O');
    b.score('O', 100, { weight: 0 });
    expectScore(run(b).objectives.O, 'NS');
  });
});

describe('§3.2 child objectives', () => {
  function tree(m: Methodology | null, c2: number | 'ND' | 'NC' | 'NS') {
    const b = new PlanBuilder(m);
    b.objective('R').objective('C1', { parent: 'R', weight: 2 }).objective('C2', { parent: 'R', weight: 1 });
    b.score('C1', 90).score('C2', c2);
    return run(b);
  }
  it('weighted mean of children', () => {
    expectScore(tree(null, 60).objectives.R, 0.8); // (2 x 0.9 + 1 x 0.6)/3 = 2.4/3
  });
  it('a missing child counts 0 under zero', () => {
    const res = tree(null, 'ND');
    expectScore(res.objectives.C2, 'ND');
    expectScore(res.objectives.R, 0.6); // (2 x 0.9 + 1 x 0)/3
  });
  it('a missing child is dropped under exclude', () => {
    expectScore(tree({ missing: 'exclude' }, 'ND').objectives.R, 0.9);
  });
  it('an excluded child is dropped', () => {
    const res = tree(null, 'NC');
    expectScore(res.objectives.C2, 'NC');
    expectScore(res.objectives.R, 0.9);
  });
  it('a not-scored child is dropped', () => {
    const res = tree(null, 'NS');
    expectScore(res.objectives.C2, 'NS');
    expectScore(res.objectives.R, 0.9);
  });
  it('three levels', () => {
    const b = new PlanBuilder();
    b.objective('A').objective('S1', { parent: 'A', level: 'strategic' }).objective('S2', { parent: 'A', level: 'strategic' });
    b.objective('O1', { parent: 'S1' }).objective('O2', { parent: 'S1' }).objective('O3', { parent: 'S2' });
    b.score('O1', 100).score('O2', 50).score('O3', 'ND');
    const res = run(b);
    expectScore(res.objectives.S1, 0.75); // (1 + 0.5)/2
    expectScore(res.objectives.S2, 'ND'); // its only counted member is missing
    expectScore(res.objectives.A, 0.375); // (0.75 + 0)/2
    expectScore(res.entity, 0.375);
  });
  it('root objectives are a sibling block too', () => {
    const b = new PlanBuilder();
    b.objective('A', { weight: 1 }).objective('B', { weight: 3 });
    b.score('A', 80).score('B', 40);
    expectScore(run(b).entity, 0.5); // (0.8 + 3 x 0.4)/4 = 2/4
  });
});

describe('§3.2 mixing own assignments and child objectives', () => {
  /** O: own assignments 80 % and child C: 60 % (blocks 0.8 / 0.6). */
  function mixed(m: Methodology | null, opts: { mix?: { indicators: number; children: number }; own?: (number | 'ND' | 'NC' | 'NS')[]; child?: number | 'ND' | 'NC' | 'NS' } = {}) {
    const b = new PlanBuilder(m);
    b.objective('O', opts.mix ? { mix: opts.mix } : {}).objective('C', { parent: 'O' });
    for (const s of opts.own ?? [80]) b.score('O', s);
    b.score('C', opts.child ?? 60);
    return run(b).objectives.O!;
  }
  it('default mix 50/50, blocks reported', () => {
    const o = mixed(null);
    expectScore(o, 0.7); // 0.5 x 0.8 + 0.5 x 0.6
    expectNear(o.blocks?.indicators, 0.8, 'blocks.indicators');
    expectNear(o.blocks?.children, 0.6, 'blocks.children');
  });
  it('methodology mix', () => {
    expectScore(mixed({ mix: { indicators: 0.3, children: 0.7 } }), 0.66); // 0.3 x 0.8 + 0.7 x 0.6 = 0.24 + 0.42
  });
  it('methodology mix shares are divided by their sum', () => {
    expectScore(mixed({ mix: { indicators: 30, children: 70 } }), 0.66); // 30/100 x 0.8 + 70/100 x 0.6
    expectScore(mixed({ mix: { indicators: 1, children: 1 } }), 0.7); // 1/2 each
  });
  it('a per-objective mix wins, divided by its sum', () => {
    // 1/4 x 0.8 + 3/4 x 0.6 = 0.2 + 0.45
    expectScore(mixed({ mix: { indicators: 0.3, children: 0.7 } }, { mix: { indicators: 1, children: 3 } }), 0.65);
  });
  it('own-assignment block empty (all excluded): children count 100 %', () => {
    const o = mixed(null, { own: ['NC'] });
    expectScore(o, 0.6);
    expect(o.blocks?.indicators).toBeNull();
    expectNear(o.blocks?.children, 0.6);
  });
  it('own-assignment block empty (only not scored): children count 100 %', () => {
    const o = mixed(null, { own: ['NS', 'NS'] });
    expectScore(o, 0.6);
    expect(o.blocks?.indicators).toBeNull();
  });
  it('children block empty (child excluded): own assignments count 100 %', () => {
    const o = mixed(null, { child: 'NC' });
    expectScore(o, 0.8);
    expect(o.blocks?.children).toBeNull();
    expectNear(o.blocks?.indicators, 0.8);
  });
  it('a block whose counted members are all missing scores 0 under zero', () => {
    const o = mixed(null, { child: 'ND' });
    expectScore(o, 0.4); // 0.5 x 0.8 + 0.5 x 0
    expectNear(o.blocks?.children, 0, 'blocks.children');
    const p = mixed({ mix: { indicators: 0.3, children: 0.7 } }, { own: ['ND', 'ND'] });
    expectScore(p, 0.42); // 0.3 x 0 + 0.7 x 0.6
    expectNear(p.blocks?.indicators, 0, 'blocks.indicators');
  });
  it('a block whose counted members are all missing is empty under exclude', () => {
    const o = mixed({ missing: 'exclude' }, { child: 'ND' });
    expectScore(o, 0.8);
    expect(o.blocks?.children).toBeNull();
    const p = mixed({ missing: 'exclude' }, { own: ['ND'] });
    expectScore(p, 0.6);
    expect(p.blocks?.indicators).toBeNull();
  });
  it('a partly missing block keeps the missing member at 0 under zero', () => {
    const o = mixed(null, { own: [80, 'ND'] });
    expectNear(o.blocks?.indicators, 0.4); // (0.8 + 0)/2
    expectScore(o, 0.5); // 0.5 x 0.4 + 0.5 x 0.6
  });
  it('both blocks empty with an excluded member: NC', () => {
    const o = mixed(null, { own: ['NC'], child: 'NS' });
    expectScore(o, 'NC');
  });
  it('every counted member missing (both blocks): ND', () => {
    for (const missing of ['zero', 'exclude'] as const) {
      expectScore(mixed({ missing }, { own: ['ND'], child: 'ND' }), 'ND');
    }
  });
  it('blocks only on objectives with both assignments and children', () => {
    const b = new PlanBuilder();
    b.objective('A').objective('S', { parent: 'A', level: 'strategic' });
    b.score('S', 80);
    const res = run(b);
    expect(res.objectives.A!.blocks).toBeUndefined(); // children only
    expect(res.objectives.S!.blocks).toBeUndefined(); // assignments only
    expectScore(res.objectives.A, 0.8);
  });
});

describe('§3.2 tolerance', () => {
  /** R has children C1 (own 87 %) and C2 (own 50 %). */
  function tol(m: Methodology | null, c1: number = 87) {
    const b = new PlanBuilder(m);
    b.objective('R').objective('C1', { parent: 'R' }).objective('C2', { parent: 'R' });
    b.score('C1', c1).score('C2', 50);
    return run(b);
  }
  it('no tolerance by default: 0.87 is "Parzialmente raggiunto"', () => {
    const res = tol(null);
    expectScore(res.objectives.C1, 0.87);
    expect(res.objectives.C1!.verdict).toBe('Parzialmente raggiunto'); // 0.5 <= 0.87 < 0.9
  });
  it('appliesTo label: top verdict, score unchanged', () => {
    const res = tol({ tolerance: { from: 0.85, appliesTo: 'label' } });
    expectScore(res.objectives.C1, 0.87);
    expect(res.objectives.C1!.computed ?? null).toBeNull();
    expect(res.objectives.C1!.verdict).toBe('Raggiunto'); // 0.85 <= 0.87 <= 1
    expectScore(res.objectives.R, 0.685); // (0.87 + 0.5)/2: label does not feed the parent
    expect(res.objectives.C2!.verdict).toBe('Parzialmente raggiunto'); // 0.5 < 0.85
  });
  it('appliesTo defaults to label', () => {
    const res = tol({ tolerance: { from: 0.85 } });
    expectScore(res.objectives.C1, 0.87);
    expect(res.objectives.C1!.verdict).toBe('Raggiunto');
  });
  it('appliesTo score: scores 1, computed kept, before the parent is computed', () => {
    const res = tol({ tolerance: { from: 0.85, appliesTo: 'score' } });
    expectScore(res.objectives.C1, 1);
    expectNear(res.objectives.C1!.computed, 0.87, 'computed');
    expect(res.objectives.C1!.verdict).toBe('Raggiunto');
    expectScore(res.objectives.C2, 0.5); // 0.5 < 0.85: unchanged
    expectScore(res.objectives.R, 0.75); // (1 + 0.5)/2 = 0.75 < 0.85: stays
    // the assignment itself is not touched by tolerance
    expectNear(res.assignments[0]!.score, 0.87);
  });
  it('appliesTo score: from is reached at equality', () => {
    const res = tol({ tolerance: { from: 0.87, appliesTo: 'score' } });
    expectScore(res.objectives.C1, 1);
  });
  it('a score of 1 or more is never lowered', () => {
    const b = new PlanBuilder({ cap: 1.2, tolerance: { from: 0.85, appliesTo: 'score' } });
    b.objective('O').score('O', 110);
    expectScore(run(b).objectives.O, 1.1); // 110/100, not lowered to 1
  });
  it('overrides apply after tolerance', () => {
    const b = new PlanBuilder({ tolerance: { from: 0.85, appliesTo: 'score' } });
    b.objective('R').objective('C1', { parent: 'R' }).objective('C2', { parent: 'R' });
    b.score('C1', 87).score('C2', 50).override({ objective: 'C1', score: 0.6 });
    const res = run(b);
    expectNear(res.objectives.C1!.score, 0.6); // the override wins over the tolerance's 1
    expectScore(res.objectives.R, 0.55); // (0.6 + 0.5)/2
  });
});
