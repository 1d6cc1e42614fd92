/**
 * Spec §3.1: indicator achievement (target, measurement, raw achievement, bounds, override,
 * deviation). Every expectation is computed by hand from the spec; the arithmetic is beside it.
 */
import { describe, expect, it } from 'vitest';
import { scorePlan } from '@performa/core';
import type { AssignmentResult, Methodology, Target } from '@performa/core';
import {
  PlanBuilder,
  type Obs,
  between,
  by,
  eq,
  expectNear,
  expectScore,
  ge,
  gt,
  le,
  lt,
  monitor,
  yes,
} from './helpers/builder.js';

interface Single {
  targets: Record<string, Target> | null;
  measurements?: Record<string, Obs>;
  period?: string;
  methodology?: Methodology | null;
  unit?: string;
  cumulative?: boolean;
}

/** One objective `O`, one indicator `I`, one assignment; returns its results row. */
function single(s: Single): AssignmentResult {
  const b = new PlanBuilder(s.methodology ?? null);
  b.objective('O');
  b.indicator('I', { ...(s.unit !== undefined ? { unit: s.unit } : {}), ...(s.cumulative !== undefined ? { cumulative: s.cumulative } : {}) });
  b.assign('O', 'I', s.targets);
  for (const [p, o] of Object.entries(s.measurements ?? {})) b.measure('I', o, p);
  const res = scorePlan(b.build(), s.period ?? '2021');
  expect(res.assignments).toHaveLength(1);
  return res.assignments[0]!;
}

/** Annual target and measurement in 2021. */
const annual = (target: Target, obs: Obs, methodology: Methodology | null = null, unit = 'N.'): AssignmentResult =>
  single({ targets: { '2021': target }, measurements: { '2021': obs }, methodology, unit });

describe('§3.1 step 1: target resolution', () => {
  it('uses the target of the period itself', () => {
    const r = single({ targets: { '2021': ge(100), '2021-S1': ge(40) }, measurements: { '2021-S1': 30 }, period: '2021-S1' });
    expectScore(r, 0.75); // 30 / 40
    expect(r.target).toMatchObject({ op: '>=', value: 40 });
    expectNear(r.deviation, -10); // 30 - 40
  });

  it('falls back to the annual target for an interim period (interimTargets: annual, the default)', () => {
    const r = single({ targets: { '2021': ge(100) }, measurements: { '2021-S1': 50 }, period: '2021-S1', cumulative: true });
    expectScore(r, 0.5); // 50 / 100: annual target used as it is, even for a cumulative indicator
    expect(r.target).toMatchObject({ op: '>=', value: 100 });
    expectNear(r.deviation, -50); // 50 - 100
  });

  it('explicit interimTargets: annual behaves as the default', () => {
    const r = single({
      targets: { '2021': ge(100) }, measurements: { '2021-Q1': 20 }, period: '2021-Q1', cumulative: true,
      methodology: { interimTargets: 'annual' },
    });
    expectScore(r, 0.2); // 20 / 100
  });

  it('prorata scales a >= target of a cumulative indicator by days elapsed / days in the year (Q1 2021 = 90/365)', () => {
    const r = single({
      targets: { '2021': ge(100) }, measurements: { '2021-Q1': 20 }, period: '2021-Q1', cumulative: true,
      methodology: { interimTargets: 'prorata' },
    });
    // days elapsed = 2021-03-31 - 2021-01-01 + 1 = 90; days in the year = 365
    // t = 100 x 90/365 = 24.657534246575342; r = 20 / t = 20 x 365 / 9000 = 0.8111...
    expectScore(r, (20 * 365) / 9000);
    expect(r.target?.op).toBe('>=');
    expectNear(r.target?.value, 9000 / 365, 'pro-rated target'); // 24.6575...
    expectNear(r.deviation, 20 - 9000 / 365, 'deviation against the pro-rated target'); // -4.6575...
  });

  it('prorata scales a > target the same way', () => {
    const r = single({
      targets: { '2021': gt(365) }, measurements: { '2021-S1': 90.5 }, period: '2021-S1', cumulative: true,
      methodology: { interimTargets: 'prorata' },
    });
    // S1: 2021-06-30 - 2021-01-01 + 1 = 181 days; t = 365 x 181/365 = 181; r = 90.5/181 = 0.5
    expectScore(r, 0.5);
    expect(r.target).toMatchObject({ op: '>' });
    expectNear(r.target?.value, 181);
    expectNear(r.deviation, -90.5); // 90.5 - 181
  });

  it('prorata scales <= and < targets (linear <=)', () => {
    for (const t of [le(365), lt(365)]) {
      const r = single({
        targets: { '2021': t }, measurements: { '2021-Q1': 99 }, period: '2021-Q1', cumulative: true,
        methodology: { interimTargets: 'prorata' },
      });
      // t = 365 x 90/365 = 90; r = 1 - (99 - 90)/90 = 0.9
      expectScore(r, 0.9);
      expectNear(r.target?.value, 90);
      expectNear(r.deviation, 9); // 99 - 90
    }
  });

  it('prorata counts the days of a leap year (Q1 2024 = 91/366)', () => {
    const r = single({
      targets: { '2024': ge(366) }, measurements: { '2024-Q1': 45.5 }, period: '2024-Q1', cumulative: true,
      methodology: { interimTargets: 'prorata' },
    });
    // 31 + 29 + 31 = 91 days elapsed, 366 in the year; t = 366 x 91/366 = 91; r = 45.5/91 = 0.5
    expectScore(r, 0.5);
    expectNear(r.target?.value, 91);
  });

  it('prorata applies only to cumulative indicators', () => {
    for (const cumulative of [false, undefined]) {
      const r = single({
        targets: { '2021': ge(100) }, measurements: { '2021-Q1': 20 }, period: '2021-Q1',
        ...(cumulative === undefined ? {} : { cumulative }), methodology: { interimTargets: 'prorata' },
      });
      expectScore(r, 0.2); // 20 / 100: the annual target as it is
      expectNear(r.target?.value, 100);
      expectNear(r.deviation, -80); // 20 - 100
    }
  });

  it('prorata leaves =, between and by targets as they are', () => {
    const m: Methodology = { interimTargets: 'prorata' };
    const e = single({ targets: { '2021': eq(100) }, measurements: { '2021-Q1': 100 }, period: '2021-Q1', cumulative: true, methodology: m });
    expectScore(e, 1); // 100 = 100 (not 24.66)
    expect(e.target).toMatchObject({ op: '=', value: 100 });
    const bw = single({ targets: { '2021': between(10, 20) }, measurements: { '2021-Q1': 15 }, period: '2021-Q1', cumulative: true, methodology: m });
    expectScore(bw, 1); // 15 in [10, 20] (a scaled range [2.47, 4.93] would not contain it)
    expect(bw.target).toMatchObject({ op: 'between', min: 10, max: 20 });
    const d = single({ targets: { '2021': by('2021-06-30') }, measurements: { '2021-Q1': '2021-05-01' }, period: '2021-Q1', cumulative: true, methodology: m });
    expectScore(d, 1); // 2021-05-01 <= 2021-06-30
    expect(d.target).toMatchObject({ op: 'by', date: '2021-06-30' });
  });

  it("prorata does not scale an interim period's own target", () => {
    const r = single({
      targets: { '2021': ge(100), '2021-Q1': ge(30) }, measurements: { '2021-Q1': 15 }, period: '2021-Q1', cumulative: true,
      methodology: { interimTargets: 'prorata' },
    });
    expectScore(r, 0.5); // 15 / 30 (own target, not 30 x 90/365)
    expectNear(r.target?.value, 30);
  });

  it('prorata does not touch the annual period itself', () => {
    const r = single({ targets: { '2021': ge(100) }, measurements: { '2021': 50 }, cumulative: true, methodology: { interimTargets: 'prorata' } });
    expectScore(r, 0.5); // 50 / 100
    expectNear(r.target?.value, 100);
  });

  it('no target for the period: not scored (NS), target null', () => {
    const r = single({ targets: { '2022': ge(10) }, measurements: { '2021': 5 } });
    expectScore(r, 'NS');
    expect(r.target ?? null).toBeNull();
    expect(r.deviation ?? null).toBeNull();
  });

  it('no targets at all: NS', () => {
    expectScore(single({ targets: null, measurements: { '2021': 5 } }), 'NS');
  });

  it('a monitor target: NS, even when measured', () => {
    const r = single({ targets: { '2021': monitor() }, measurements: { '2021': 5 } });
    expectScore(r, 'NS');
    expect(r.deviation ?? null).toBeNull();
  });

  it('an interim period whose annual target is monitor: NS', () => {
    expectScore(single({ targets: { '2021': monitor() }, measurements: { '2021-S1': 5 }, period: '2021-S1' }), 'NS');
  });

  it('an interim period with neither its own nor an annual target: NS', () => {
    expectScore(single({ targets: { '2022': ge(1) }, measurements: { '2021-S1': 5 }, period: '2021-S1' }), 'NS');
  });

  it('an annual period never borrows an interim target: NS', () => {
    expectScore(single({ targets: { '2021-S1': ge(10) }, measurements: { '2021': 5 } }), 'NS');
  });
});

describe('§3.1 step 2 and §2.7: measurements', () => {
  it('ND is missing', () => expectScore(annual(ge(10), 'ND'), 'ND'));
  it('an absent measurement counts as ND', () => expectScore(annual(ge(10), 'absent'), 'ND'));
  it('NC is excluded', () => expectScore(annual(ge(10), 'NC'), 'NC'));
  it('a status wins over a value (ND)', () => expectScore(annual(ge(10), { status: 'ND', value: 100 }), 'ND'));
  it('a status wins over a value (NC)', () => expectScore(annual(ge(10), { status: 'NC', value: 100 }), 'NC'));
  it('a measured entry with a null value counts as ND', () => expectScore(annual(ge(10), { value: null }), 'ND'));
  it('a measured entry with neither value nor numerator/denominator counts as ND', () =>
    expectScore(annual(ge(10), { note: 'dato in arrivo' }), 'ND'));
  it('a measured entry with a numerator but no denominator has no value: ND', () =>
    expectScore(annual(ge(10), { numerator: 5 }), 'ND'));
  it("a measurement of another period does not count: ND", () => {
    expectScore(single({ targets: { '2021': ge(10) }, measurements: { '2021-S1': 10 } }), 'ND');
  });

  it('numerator / denominator x 100 for unit %', () => {
    const r = annual(ge(73), { numerator: 6980, denominator: 10000 }, null, '%');
    // a = 6980 / 10000 x 100 = 69.8; r = 69.8 / 73 = 0.956164...
    expectScore(r, 69.8 / 73);
    expectNear(r.deviation, -3.2); // 69.8 - 73 percentage points
    if (r.value !== undefined && r.value !== null) expectNear(r.value as number, 69.8, 'value used');
  });

  it('numerator / denominator without x 100 for other units', () => {
    const r = annual(ge(10), { numerator: 30, denominator: 4 }, null, 'N.');
    expectScore(r, 0.75); // a = 30/4 = 7.5; 7.5 / 10
    expectNear(r.deviation, -2.5); // 7.5 - 10
  });

  it('numerator / denominator without a unit: no x 100', () => {
    const r = single({ targets: { '2021': ge(0.5) }, measurements: { '2021': { numerator: 1, denominator: 4 } } });
    expectScore(r, 0.5); // a = 1/4 = 0.25; 0.25 / 0.5
  });

  it('a given value wins over numerator / denominator', () => {
    const r = annual(ge(100), { value: 50, numerator: 1, denominator: 4 }, null, '%');
    expectScore(r, 0.5); // value 50 scored: 50 / 100 (not 25 / 100)
  });

  it('7/100 x 100 meets "= 7" (1e-9 equality, spec §1)', () => {
    const r = annual(eq(7), { numerator: 7, denominator: 100 }, null, '%');
    // 7/100*100 = 7.000000000000001 in binary; |a - t| <= 1e-9 so a = t -> 1 under equals: exact
    expect(r.score).toBe(1);
    expect(Math.abs(r.deviation as number)).toBeLessThanOrEqual(1e-9);
  });
});

describe('§3.1 step 3: >= and >', () => {
  it('t > 0: a / t', () => {
    const r = annual(ge(100), 94);
    expectScore(r, 0.94); // 94 / 100
    expectNear(r.deviation, -6); // 94 - 100
  });
  it('met exactly: 1', () => expectScore(annual(ge(100), 100), 1));
  it('over-achievement clamped by the default cap 1', () => {
    const r = annual(ge(100), 120);
    expectScore(r, 1); // 120/100 = 1.2 -> min(1.2, cap 1)
    expectNear(r.deviation, 20);
  });
  it('cap 1.2 lets over-achievement count up to 120 %', () => {
    expectScore(annual(ge(100), 110, { cap: 1.2 }), 1.1); // 110/100
    expectScore(annual(ge(100), 120, { cap: 1.2 }), 1.2); // 120/100
    expectScore(annual(ge(100), 130, { cap: 1.2 }), 1.2); // 1.3 -> cap 1.2
  });
  it('t < 0: 1 - (t - a)/|t|', () => {
    const r = annual(ge(-10), -15);
    expectScore(r, 0.5); // 1 - (-10 - (-15))/10 = 1 - 5/10
    expectNear(r.deviation, -5); // -15 - (-10)
    expectScore(annual(ge(-10), -5, { cap: 2 }), 1.5); // 1 - (-10 + 5)/10 = 1.5
    expectScore(annual(ge(-10), -5), 1); // 1.5 -> cap 1
    expectScore(annual(ge(-20), 0, { cap: 3 }), 2); // 1 - (-20 - 0)/20 = 2
    expectScore(annual(ge(-10), -30), 0); // 1 - 20/10 = -1 -> floor 0
  });
  it('t = 0: 1 if a >= 0, else 0', () => {
    expectScore(annual(ge(0), 0), 1);
    expectScore(annual(ge(0), 5, { cap: 2 }), 1); // 1, no over-achievement at t = 0
    expectScore(annual(ge(0), -0.5), 0);
    expectScore(annual(ge(0), -0.5, { floor: -1 }), 0); // the rule gives 0, not a negative number
  });
  it('> scores as >=', () => {
    expectScore(annual(gt(100), 100), 1); // met at equality, as >=
    expectScore(annual(gt(100), 80), 0.8); // 80/100
    expectScore(annual(gt(-10), -15), 0.5); // 1 - 5/10
    expectScore(annual(gt(0), 0), 1);
  });
});

describe('§3.1 step 3: <= and <', () => {
  it('linear: 1 - (a - t)/|t|', () => {
    const r = annual(le(40), 42.88);
    expectScore(r, 0.928); // 1 - 2.88/40 = 1 - 0.072
    expectNear(r.deviation, 2.88); // 42.88 - 40
    expectScore(annual(le(40), 30), 1); // 1 + 10/40 = 1.25 -> cap 1
    expectScore(annual(le(40), 30, { cap: 1.5 }), 1.25);
    expectScore(annual(le(40), 100), 0); // 1 - 60/40 = -0.5 -> floor 0
    expectScore(annual(le(-10), -8), 0.8); // 1 - (-8 + 10)/10
  });
  it('linear is the default and the explicit atMost: linear', () => {
    expectScore(annual(le(40), 50, { atMost: 'linear' }), 0.75); // 1 - 10/40
    expectScore(annual(le(40), 50), 0.75);
  });
  it('ratio: t / a when t > 0 and a > 0', () => {
    const r = annual(le(40), 50, { atMost: 'ratio' });
    expectScore(r, 0.8); // 40/50 (linear would give 0.75)
    expectNear(r.deviation, 10);
    expectScore(annual(le(40), 30, { atMost: 'ratio' }), 1); // 40/30 -> cap 1
    expectScore(annual(le(40), 30, { atMost: 'ratio', cap: 1.5 }), 4 / 3); // 40/30
  });
  it('ratio falls back to linear when a <= 0 or t < 0', () => {
    expectScore(annual(le(40), 0, { atMost: 'ratio', cap: 3 }), 2); // a = 0: 1 - (0 - 40)/40
    expectScore(annual(le(40), -10, { atMost: 'ratio', cap: 3 }), 2.25); // a < 0: 1 - (-50)/40
    expectScore(annual(le(-10), -5, { atMost: 'ratio', cap: 3 }), 0.5); // t < 0: 1 - (-5 + 10)/10 (ratio would be 2)
    expectScore(annual(le(-10), -20, { atMost: 'ratio', cap: 3 }), 2); // 1 - (-20 + 10)/10 (ratio would be 0.5)
  });
  it('t = 0: 1 if a <= 0, else 0 (linear and ratio)', () => {
    for (const atMost of ['linear', 'ratio'] as const) {
      expectScore(annual(le(0), 0, { atMost }), 1);
      expectScore(annual(le(0), -3, { atMost, cap: 2 }), 1);
      expectScore(annual(le(0), 0.5, { atMost }), 0);
    }
  });
  it('< scores as <=', () => {
    expectScore(annual(lt(40), 40), 1); // met at equality
    expectScore(annual(lt(40), 44), 0.9); // 1 - 4/40
    expectScore(annual(lt(40), 50, { atMost: 'ratio' }), 0.8); // 40/50
    expectScore(annual(lt(0), 0), 1);
  });
});

describe('§3.1 step 3: =', () => {
  it('exact (default): 1 if a = t, else 0', () => {
    const hit = annual(eq(7), 7);
    expectScore(hit, 1);
    expectNear(hit.deviation, 0);
    const miss = annual(eq(7), 6);
    expectScore(miss, 0);
    expectNear(miss.deviation, -1); // 6 - 7
    expectScore(annual(eq(7), 8, { equals: 'exact' }), 0);
  });
  it('equality within 1e-9', () => {
    expectScore(annual(eq(7), 7 + 5e-10), 1); // |a - t| = 5e-10 <= 1e-9
    expectScore(annual(eq(7), 7 + 1e-6), 0); // 1e-6 > 1e-9
  });
  it('proportional: 1 - |a - t|/|t|', () => {
    const m: Methodology = { equals: 'proportional' };
    expectScore(annual(eq(10), 8, m), 0.8); // 1 - 2/10
    expectScore(annual(eq(10), 12, m), 0.8); // 1 - 2/10
    expectNear(annual(eq(10), 12, m).deviation, 2);
    expectScore(annual(eq(10), 25, m), 0); // 1 - 15/10 = -0.5 -> floor 0
    expectScore(annual(eq(-10), -12, m), 0.8); // 1 - 2/10
    expectScore(annual(eq(10), 10 + 5e-10, m), 1); // equal within 1e-9 -> exactly 1
  });
  it('t = 0: 1 if a = 0, else 0 (both forms)', () => {
    for (const equals of ['exact', 'proportional'] as const) {
      expectScore(annual(eq(0), 0, { equals }), 1);
      expectScore(annual(eq(0), 1, { equals }), 0);
      expectScore(annual(eq(0), -1, { equals }), 0);
    }
  });
});

describe('§3.1 step 3: between', () => {
  it('1 inside [min, max], bounds included; deviation 0', () => {
    for (const a of [10, 15, 20]) {
      const r = annual(between(10, 20), a);
      expectScore(r, 1);
      expectNear(r.deviation, 0);
    }
  });
  it('below: as >= min; deviation negative', () => {
    const r = annual(between(10, 20), 8);
    expectScore(r, 0.8); // 8/10
    expectNear(r.deviation, -2); // 8 - 10
    expectScore(annual(between(10, 20), 5, { cap: 1.2 }), 0.5); // 5/10
    expectScore(annual(between(-20, -10), -25), 0.75); // 1 - (-20 + 25)/20
    expectNear(annual(between(-20, -10), -25).deviation, -5);
  });
  it('above: as <= max with atMost linear; deviation positive', () => {
    const r = annual(between(10, 20), 25);
    expectScore(r, 0.75); // 1 - (25 - 20)/20
    expectNear(r.deviation, 5); // 25 - 20
  });
  it('above: as <= max with atMost ratio', () => {
    expectScore(annual(between(10, 20), 25, { atMost: 'ratio' }), 0.8); // 20/25
  });
  it('bounds at zero', () => {
    expectScore(annual(between(0, 5), -1), 0); // as >= 0 with a < 0
    expectNear(annual(between(0, 5), -1).deviation, -1);
    expectScore(annual(between(-10, 0), 2), 0); // as <= 0 with a > 0
    expectNear(annual(between(-10, 0), 2).deviation, 2);
  });
});

describe('§3.1 step 3: by (deadlines)', () => {
  const d = (done: string, m: Methodology | null = null, target = '2021-06-30') =>
    annual(by(target), done, m, 'date');
  it('on time: 1; deviation in days, negative = early', () => {
    const early = d('2021-06-15');
    expectScore(early, 1);
    expect(early.deviation).toBe(-15); // 15 June - 30 June
    const onTheDay = d('2021-06-30');
    expectScore(onTheDay, 1);
    expect(onTheDay.deviation).toBe(0);
  });
  it('late with lateDeadline zero (default): 0', () => {
    const r = d('2021-07-10');
    expectScore(r, 0);
    expect(r.deviation).toBe(10); // 10 July - 30 June
    expectScore(d('2021-07-01', { lateDeadline: 'zero' }), 0);
  });
  it('late with perDay: 1 - perDay x days late', () => {
    const r = d('2021-07-10', { lateDeadline: { perDay: 0.01 } });
    expectScore(r, 0.9); // 1 - 0.01 x 10
    expect(r.deviation).toBe(10);
    expectScore(d('2021-07-03', { lateDeadline: { perDay: 0.05 } }), 0.85); // 1 - 0.05 x 3
  });
  it('perDay stops at the floor', () => {
    // 30 June -> 31 December = 31 + 31 + 30 + 31 + 30 + 31 = 184 days late: 1 - 1.84 = -0.84
    const r = d('2021-12-31', { lateDeadline: { perDay: 0.01 } });
    expectScore(r, 0); // -> floor 0
    expect(r.deviation).toBe(184);
    expectScore(d('2021-12-31', { lateDeadline: { perDay: 0.01 }, floor: 0.3 }), 0.3);
  });
  it('counts calendar days across a daylight-saving change and a year end', () => {
    // 20 March -> 2 April 2021 (DST starts 28 March in Italy): 11 + 2 = 13 days
    const r = d('2021-04-02', { lateDeadline: { perDay: 0.01 } }, '2021-03-20');
    expect(r.deviation).toBe(13);
    expectScore(r, 0.87); // 1 - 0.13
    // 1 October -> 1 November 2021 (DST ends 31 October): 31 days early
    expect(d('2021-10-01', null, '2021-11-01').deviation).toBe(-31);
    // 31 December 2021 -> 5 January 2022: 5 days late
    expect(d('2022-01-05', { lateDeadline: { perDay: 0.1 } }, '2021-12-31').deviation).toBe(5);
    expectScore(d('2022-01-05', { lateDeadline: { perDay: 0.1 } }, '2021-12-31'), 0.5); // 1 - 0.1 x 5
  });
});

describe('§3.1 step 3: yes', () => {
  it('true -> 1, false -> 0, no deviation', () => {
    const t = annual(yes(), true, null, 'yes/no');
    expectScore(t, 1);
    expect(t.deviation ?? null).toBeNull();
    const f = annual(yes(), false, null, 'yes/no');
    expectScore(f, 0);
    expect(f.deviation ?? null).toBeNull();
  });
});

describe('§3.1 step 4: bounds', () => {
  it('floor 0 by default', () => expectScore(annual(ge(100), -50), 0)); // -50/100 = -0.5 -> 0
  it('a positive floor lifts low scores', () => {
    expectScore(annual(ge(100), 10, { floor: 0.2 }), 0.2); // 0.1 -> 0.2
    expectScore(annual(ge(100), 30, { floor: 0.2 }), 0.3); // 0.3 stays
    expectScore(annual(by('2021-06-30'), '2021-07-01', { floor: 0.2 }, 'date'), 0.2); // late, zero -> 0 -> 0.2
  });
  it('a negative floor lets negative achievement through', () => {
    expectScore(annual(ge(100), -50, { floor: -1 }), -0.5); // -50/100
    expectScore(annual(ge(100), -150, { floor: -1 }), -1); // -1.5 -> -1
  });
});

describe('§3.1 step 5 and §2.8: overrides', () => {
  function plan() {
    const b = new PlanBuilder();
    b.objective('R');
    b.objective('O', { parent: 'R', level: 'strategic' });
    b.objective('P', { parent: 'R', level: 'strategic' });
    b.kpi('O', ge(100), 50, { id: 'I1' }); // 0.5
    b.kpi('O', ge(100), 100, { id: 'I2' }); // 1
    b.kpi('P', ge(100), 50, { id: 'I3' }); // 0.5
    return b;
  }

  it('an assignment override replaces the score, keeps the computed one and feeds the objective', () => {
    const b = plan().override({ objective: 'O', indicator: 'I1', score: 0.8 });
    const res = scorePlan(b.build(), '2021');
    const row = res.assignments.find((a) => a.indicator === 'I1')!;
    expectNear(row.score, 0.8);
    expectNear(row.computed, 0.5, 'computed'); // 50/100
    expectNear(row.deviation, -50, 'deviation unchanged'); // 50 - 100
    expectScore(res.objectives.O, 0.9); // (0.8 + 1)/2
    expectScore(res.objectives.R, 0.7); // (0.9 + 0.5)/2
    expectScore(res.entity, 0.7); // single root R
  });

  it('an assignment override is not clamped', () => {
    const res = scorePlan(plan().override({ objective: 'O', indicator: 'I1', score: 1.3 }).build(), '2021');
    expectNear(res.assignments.find((a) => a.indicator === 'I1')!.score, 1.3); // cap 1 not applied
    expectScore(res.objectives.O, 1.15); // (1.3 + 1)/2
    expectScore(res.objectives.R, 0.825); // (1.15 + 0.5)/2
  });

  it('an override for another period does not apply', () => {
    const res = scorePlan(plan().override({ objective: 'O', indicator: 'I1', score: 0.8, period: '2022' }).build(), '2021');
    const row = res.assignments.find((a) => a.indicator === 'I1')!;
    expectNear(row.score, 0.5);
    expect(row.computed ?? null).toBeNull();
    expectScore(res.objectives.O, 0.75); // (0.5 + 1)/2
  });

  it('an objective override replaces its score, keeps the computed one and feeds the parent and the entity', () => {
    const res = scorePlan(plan().override({ objective: 'O', score: 0.95 }).build(), '2021');
    const o = res.objectives.O!;
    expectNear(o.score, 0.95);
    expectNear(o.computed, 0.75, 'computed'); // (0.5 + 1)/2
    expect(o.verdict).toBe('Raggiunto'); // 0.95 >= 0.9
    expectScore(res.objectives.R, 0.725); // (0.95 + 0.5)/2
    expectScore(res.entity, 0.725);
    // the assignments of O keep their own scores
    expectNear(res.assignments.find((a) => a.indicator === 'I1')!.score, 0.5);
  });

  it('an objective override is not clamped', () => {
    const res = scorePlan(plan().override({ objective: 'O', score: 1.5 }).build(), '2021');
    expectNear(res.objectives.O!.score, 1.5);
    expectScore(res.objectives.R, 1); // (1.5 + 0.5)/2
  });
});

describe('§3.1 step 6: deviation', () => {
  it('a - t in the unit, percentage points for %', () => {
    expectNear(annual(ge(13), 21.66, null, '%').deviation, 8.66); // 21.66 - 13
    expectNear(annual(le(40), 30, null, '%').deviation, -10); // 30 - 40
    expectNear(annual(eq(5), 7, null, 'N.').deviation, 2); // 7 - 5
  });
  it('between: 0 inside, signed distance to the nearest bound outside', () => {
    expectNear(annual(between(10, 20), 12).deviation, 0);
    expectNear(annual(between(10, 20), 7).deviation, -3); // 7 - 10
    expectNear(annual(between(10, 20), 26).deviation, 6); // 26 - 20
  });
  it('none when not measured, excluded or not scored', () => {
    expect(annual(ge(10), 'ND').deviation ?? null).toBeNull();
    expect(annual(ge(10), 'NC').deviation ?? null).toBeNull();
    expect(annual(ge(10), 'absent').deviation ?? null).toBeNull();
    expect(annual(monitor(), 4).deviation ?? null).toBeNull();
  });
  it('shown even for an over-achieved, capped score', () => {
    const r = annual(ge(105), 389.54, null, '%');
    expectScore(r, 1);
    expectNear(r.deviation, 284.54); // 389.54 - 105
  });
});
