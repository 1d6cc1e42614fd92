/**
 * Spec §2.9 scorecards and §2.10 incentive pools, hand-computed.
 */
import { describe, expect, it } from 'vitest';
import { scorePlan } from '@performa/core';
import type { Methodology, Results } from '@performa/core';
import { PlanBuilder, expectNear, expectScore, ge } from './helpers/builder.js';

/**
 * A: IA1 90 %, IA2 70 %  -> A = 0.8;  B: 60 % -> 0.6;  C: ND;  D: NC.
 * IX: an individual indicator (in `indicators`, in no assignment) measured 1; IY measured nothing.
 */
function base(m: Methodology | null = null): PlanBuilder {
  const b = new PlanBuilder(m);
  b.objective('A').objective('B').objective('C').objective('D');
  b.score('A', 90, { id: 'IA1' }).score('A', 70, { id: 'IA2' }).score('B', 60).score('C', 'ND').score('D', 'NC');
  b.indicator('IX').measure('IX', 1).indicator('IY');
  return b;
}
const run = (b: PlanBuilder): Results => scorePlan(b.build(), '2021');

describe('§2.9 scorecards', () => {
  function sg(m: Methodology | null = null) {
    const b = base(m);
    b.scorecard({
      id: 'sg', holder: 'Segretario Generale',
      items: [
        { name: 'Priorità 1', weight: 40, items: [
          { objective: 'A', weight: 25, threshold: 0.95 },
          { objective: 'B', weight: 75 },
        ] },
        { name: 'Comportamenti organizzativi', weight: 20, score: 0.9 },
        { objective: 'A', indicator: 'IA2', weight: 20 },
        { indicator: 'IX', targets: { '2021': ge(2) }, weight: 20 },
      ],
    });
    return run(b).scorecards.sg!;
  }

  it('leaf on an objective with a threshold: min(1, score / threshold)', () => {
    expectScore(sg().items['Priorità 1/A'], 0.8 / 0.95); // 0.8/0.95 = 16/19 = 0.8421...
  });
  it('leaf on an objective: its score', () => {
    expectScore(sg().items['Priorità 1/B'], 0.6);
  });
  it('inner item: weighted mean of its children', () => {
    // (25 x 16/19 + 75 x 0.6)/100 = (400/19 + 45)/100 = 1255/1900
    expectScore(sg().items['Priorità 1'], 1255 / 1900);
  });
  it('direct score', () => {
    expectScore(sg().items['Comportamenti organizzativi'], 0.9);
  });
  it('leaf on an assignment: path objective:indicator, the assignment score', () => {
    expectScore(sg().items['A:IA2'], 0.7); // 70/100
  });
  it('leaf with its own indicator and targets: path = indicator, scored by §3.1', () => {
    expectScore(sg().items.IX, 0.5); // 1 / 2
  });
  it('the card: weighted mean of its first level', () => {
    // (40 x 1255/1900 + 20 x 0.9 + 20 x 0.7 + 20 x 0.5)/100 = (26.4210526... + 18 + 14 + 10)/100
    expectScore(sg(), (40 * (1255 / 1900) + 42) / 100);
  });
  it('lists every item by its path, and nothing else', () => {
    expect(Object.keys(sg().items).sort()).toEqual(
      ['A:IA2', 'Comportamenti organizzativi', 'IX', 'Priorità 1', 'Priorità 1/A', 'Priorità 1/B'].sort(),
    );
  });
  it('a threshold never gives more than 1', () => {
    const b = base();
    b.scorecard({ id: 'c', holder: 'PO', items: [{ objective: 'B', threshold: 0.5 }] });
    const c = run(b).scorecards.c!;
    expectScore(c.items.B, 1); // min(1, 0.6/0.5 = 1.2)
    expectScore(c, 1);
  });
  it('paths: id, else name, else objective; nested', () => {
    const b = base();
    b.scorecard({
      id: 'c', holder: 'Dirigente',
      items: [
        { id: 'x', name: 'Nome ignorato', items: [{ id: 'y', objective: 'A' }, { name: 'Diretto', score: 0.5 }] },
        { name: 'Z', score: 1 },
      ],
    });
    const c = run(b).scorecards.c!;
    expect(Object.keys(c.items).sort()).toEqual(['Z', 'x', 'x/Diretto', 'x/y']);
    expectScore(c.items['x/y'], 0.8);
    expectScore(c.items.x, 0.65); // (0.8 + 0.5)/2, null weights
    expectScore(c, 0.825); // (0.65 + 1)/2
  });
  it('three levels of nesting', () => {
    const b = base();
    b.scorecard({
      id: 'c', holder: 'Dirigente',
      items: [{ name: 'L1', items: [{ name: 'L2', items: [{ objective: 'B', weight: 1 }, { objective: 'A', indicator: 'IA1', weight: 3 }] }] }],
    });
    const c = run(b).scorecards.c!;
    expectScore(c.items['L1/L2/B'], 0.6);
    expectScore(c.items['L1/L2/A:IA1'], 0.9);
    expectScore(c.items['L1/L2'], 0.825); // (0.6 + 3 x 0.9)/4 = 3.3/4
    expectScore(c.items.L1, 0.825);
    expectScore(c, 0.825);
  });
  it('missing members: zero counts 0, excluded dropped, weight 0 not counted', () => {
    const card = (m: Methodology | null) => {
      const b = base(m);
      b.scorecard({
        id: 'c', holder: 'PO',
        items: [
          { objective: 'B', weight: 1 }, { objective: 'C', weight: 1 }, { objective: 'D', weight: 1 },
          { objective: 'A', indicator: 'IA2', weight: 0 }, { indicator: 'IY', targets: { '2021': ge(1) }, weight: 1 },
        ],
      });
      return run(b).scorecards.c!;
    };
    const z = card(null);
    expectScore(z.items.C, 'ND');
    expectScore(z.items.D, 'NC');
    expectScore(z.items.IY, 'ND'); // own indicator without a measurement
    expectScore(z.items['A:IA2'], 0.7); // shown
    expectScore(z, 0.2); // (0.6 + 0 + 0)/3: D dropped, A:IA2 weight 0
    expectScore(card({ missing: 'exclude' }), 0.6);
  });
  it('a card whose counted items are all missing: ND', () => {
    const b = base();
    b.scorecard({ id: 'c', holder: 'PO', items: [{ objective: 'C' }, { indicator: 'IY', targets: { '2021': ge(1) } }] });
    expectScore(run(b).scorecards.c, 'ND');
  });
  it('a leaf on an objective uses its overridden score', () => {
    const b = base().override({ objective: 'B', score: 0.95 });
    b.scorecard({ id: 'c', holder: 'PO', items: [{ objective: 'B' }] });
    expectScore(run(b).scorecards.c, 0.95);
  });
});

describe('§2.10 incentives', () => {
  /** P1 1, P2 0, P3 0.5, P4 ND, P5 NC, P6 0.99, P7 0.95 */
  function pools(m: Methodology | null, incentives: Parameters<PlanBuilder['incentive']>[0][]) {
    const b = new PlanBuilder(m);
    for (const id of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']) b.objective(id);
    b.score('P1', 100).score('P2', 0).score('P3', 50).score('P4', 'ND').score('P5', 'NC').score('P6', 99).score('P7', 95);
    for (const i of incentives) b.incentive(i);
    return run(b).incentives;
  }

  it('proportional: amount x mean, exact decimals, half-up to the cent', () => {
    const r = pools(null, [
      { id: 'a', amount: 80129.87, rule: 'proportional', basis: ['P1', 'P2'] },
      { id: 'b', amount: 80129.87, rule: 'proportional', basis: ['P3'] },
      { id: 'c', amount: 80129.87, rule: 'proportional', basis: ['P1', 'P3'] },
      { id: 'd', amount: 2.01, rule: 'proportional', basis: ['P3'] },
    ]);
    // 80129.87 x 0.5 = 40064.935 exactly -> 40064.94 (binary 80129.87 x 0.5 = 40064.93499999... would give .93)
    expect(r.a!.released).toBe(40064.94);
    expectNear(r.a!.share, 0.5, 'share');
    expect(r.b!.released).toBe(40064.94);
    // 80129.87 x 0.75 = 60097.4025 -> 60097.40
    expect(r.c!.released).toBe(60097.4);
    // 2.01 x 0.5 = 1.005 -> 1.01 (binary 1.00499999... would give 1.00)
    expect(r.d!.released).toBe(1.01);
  });
  it('proportional: missing basis objectives count 0 under zero, dropped under exclude; NC dropped', () => {
    const inc = [
      { id: 'm', amount: 1000, rule: 'proportional' as const, basis: ['P1', 'P4'] },
      { id: 'n', amount: 1000, rule: 'proportional' as const, basis: ['P3', 'P5'] },
    ];
    const z = pools(null, inc);
    expect(z.m!.released).toBe(500); // 1000 x (1 + 0)/2
    expect(z.n!.released).toBe(500); // 1000 x 0.5 (P5 dropped)
    const e = pools({ missing: 'exclude' }, inc);
    expect(e.m!.released).toBe(1000); // 1000 x 1
  });
  it('proportional: unweighted mean, capped at 1', () => {
    const b = new PlanBuilder({ cap: 1.2 });
    b.objective('Q1', { weight: 1 }).objective('Q2', { weight: 9 }).objective('Q3', { weight: 1 });
    b.score('Q1', 120).score('Q2', 100).score('Q3', 60);
    b.incentive({ id: 'over', amount: 1000, rule: 'proportional', basis: ['Q1', 'Q2'] });
    b.incentive({ id: 'mean', amount: 1000, rule: 'proportional', basis: ['Q1', 'Q3'] });
    const r = run(b).incentives;
    expect(r.over!.released).toBe(1000); // min(1, (1.2 + 1)/2 = 1.1)
    expect(r.mean!.released).toBe(900); // (1.2 + 0.6)/2 = 0.9, tree weights ignored
  });
  it('all-or-nothing: threshold 1 by default', () => {
    const r = pools(null, [
      { id: 'all', amount: 5000, rule: 'all-or-nothing', basis: ['P1'] },
      { id: 'none', amount: 5000, rule: 'all-or-nothing', basis: ['P1', 'P6'] },
      { id: 'nd', amount: 5000, rule: 'all-or-nothing', basis: ['P1', 'P4'] },
    ]);
    expect(r.all!.released).toBe(5000); // 1 >= 1
    expect(r.none!.released).toBe(0); // 0.99 < 1
    expect(r.nd!.released).toBe(0); // P4 missing: not reached
  });
  it('all-or-nothing with a threshold', () => {
    const r = pools(null, [
      { id: 't95', amount: 5000.55, rule: 'all-or-nothing', basis: ['P6', 'P7'], threshold: 0.95 },
      { id: 't96', amount: 5000.55, rule: 'all-or-nothing', basis: ['P6', 'P7'], threshold: 0.96 },
    ]);
    expect(r.t95!.released).toBe(5000.55); // 0.99 and 0.95 reach 0.95
    expect(r.t96!.released).toBe(0); // 0.95 < 0.96
  });
});
