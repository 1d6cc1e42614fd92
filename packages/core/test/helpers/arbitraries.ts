/**
 * fast-check arbitraries for VALID `performa/1` plans: small random objective trees with
 * assignments, targets of every form, measurements (values, ratios, dates, booleans, ND, NC),
 * weights obeying the null/number rule of §3.2, random methodology, units, perspectives,
 * scorecards and incentive pools.
 *
 * The structure is drawn from a seeded PRNG (sizes come from fast-check, so they shrink); the
 * seed is kept in the generated value so a counterexample can be rebuilt with `buildPlan`.
 */
import fc from 'fast-check';
import type {
  Assignment,
  Incentive,
  Indicator,
  Measurement,
  Methodology,
  Objective,
  ObjectiveLevel,
  Override,
  Perspective,
  PlanDocument,
  Scorecard,
  ScorecardItem,
  Target,
  Unit,
} from '@performa/core';
import { Q1_2021, S1_2021, Y2021 } from './builder.js';

export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  subset<T>(xs: readonly T[], min: number, max: number): T[] {
    const n = Math.min(xs.length, this.int(min, max));
    return this.shuffle(xs).slice(0, n);
  }
}

export interface GenOptions {
  /** Add overrides (default true). */
  overrides?: boolean;
  /** Add direct scores to scorecards (default true). */
  directScores?: boolean;
  /** Floors to draw from (default 0, 0, 0.1, -0.5). */
  floors?: number[];
}

export interface Generated {
  seed: number;
  sizes: { objectives: number; indicators: number };
  period: string;
  doc: PlanDocument;
}

export const PERIOD_IDS = ['2021', '2021-S1', '2021-Q1'] as const;
const NUMBERS = [-10, -5, 0, 3, 5, 7.5, 10, 20, 49, 50, 99, 100, 120, 250];
const TARGET_VALUES = [-10, 0, 5, 10, 50, 100];
const DATES = ['2021-03-01', '2021-03-31', '2021-06-15', '2021-06-30', '2021-07-10', '2021-09-30', '2021-12-31', '2022-01-15'];
type Kind = 'number' | 'date' | 'boolean';

/** Weights of one sibling block: all null (with some 0s) or all numbers (§3.2). */
function weights(r: Rng, n: number): (number | null)[] {
  const nulls = r.chance(0.5);
  return Array.from({ length: n }, () => (nulls ? (r.chance(0.2) ? 0 : null) : r.pick([0, 0.5, 1, 2, 3])));
}

function numberTarget(r: Rng): Target {
  const op = r.pick(['>=', '>=', '>', '<=', '<', '=', 'between', 'monitor'] as const);
  if (op === 'monitor') return { op };
  if (op === 'between') {
    const [min, max] = [r.pick(TARGET_VALUES), r.pick(TARGET_VALUES)].sort((x, y) => x - y) as [number, number];
    return { op, min, max };
  }
  return { op, value: r.pick(TARGET_VALUES) };
}

export function buildPlan(seed: number, sizes: { objectives: number; indicators: number }, opts: GenOptions = {}): Generated {
  const r = new Rng(seed);

  /* methodology */
  const floor = r.pick(opts.floors ?? [0, 0, 0.1, -0.5]);
  const cap = r.pick([1, 1, 1.2, 1.5]);
  const m: Methodology = {};
  if (r.chance(0.6)) m.interimTargets = r.pick(['annual', 'prorata'] as const);
  if (r.chance(0.3)) m.atLeast = 'linear';
  if (r.chance(0.6)) m.atMost = r.pick(['linear', 'ratio'] as const);
  if (r.chance(0.6)) m.equals = r.pick(['exact', 'proportional'] as const);
  if (r.chance(0.6)) m.lateDeadline = r.chance(0.5) ? 'zero' : { perDay: r.pick([0.01, 0.05, 0.1]) };
  if (floor !== 0 || r.chance(0.3)) m.floor = floor;
  if (cap !== 1 || r.chance(0.3)) m.cap = cap;
  if (r.chance(0.7)) m.missing = r.pick(['zero', 'exclude'] as const);
  if (r.chance(0.4)) m.mix = { indicators: r.pick([0, 0.3, 0.5, 1, 2]), children: r.pick([0.5, 0.7, 1, 3]) };
  if (r.chance(0.3)) {
    m.tolerance = { from: r.pick([0.8, 0.85, 0.9, 0.95]) };
    if (r.chance(0.7)) m.tolerance.appliesTo = r.pick(['label', 'score'] as const);
  }
  if (r.chance(0.6)) m.units = r.pick(['operational', 'all'] as const);
  if (r.chance(0.2)) m.verdicts = r.shuffle([{ from: 0.95, label: 'Ottimo' }, { from: 0.6, label: 'Buono' }]);
  if (r.chance(0.2)) m.decimals = r.int(0, 3);

  /* units */
  const units: Unit[] = [];
  const nU = r.int(0, 4);
  for (let i = 0; i < nU; i++) units.push({ id: `U${i}`, name: `Unità ${i}`, parent: i > 0 && r.chance(0.5) ? `U${r.int(0, i - 1)}` : null });

  /* objectives */
  const nO = sizes.objectives;
  const parents: number[] = [];
  const depth: number[] = [];
  for (let i = 0; i < nO; i++) {
    const p = i === 0 ? -1 : r.int(-1, i - 1);
    parents.push(p);
    depth.push(p < 0 ? 0 : depth[p]! + 1);
  }
  const objectives: Objective[] = [];
  for (let i = 0; i < nO; i++) {
    const level: ObjectiveLevel = (['area', 'strategic', 'operational', 'project'] as const)[Math.min(depth[i]!, 3)]!;
    objectives.push({ id: `O${i}`, level, name: `Obiettivo ${i}`, parent: parents[i]! < 0 ? null : `O${parents[i]}`, weight: null });
  }
  // sibling weights, block by block (roots are one block)
  for (let p = -1; p < nO; p++) {
    const block = objectives.filter((_, i) => parents[i] === p);
    weights(r, block.length).forEach((w, k) => (block[k]!.weight = w));
  }

  /* perspectives */
  const perspectives: Perspective[] = [];
  const nP = r.int(0, 3);
  const pw = weights(r, nP);
  for (let i = 0; i < nP; i++) {
    const p: Perspective = { id: `P${i}`, name: `Prospettiva ${i}`, weight: pw[i] ?? null };
    if (r.chance(0.4)) {
      const ms = r.subset(objectives.map((o) => o.id), 1, 3);
      const ws = weights(r, ms.length);
      p.members = ms.map((objective, k) => ({ objective, weight: ws[k] ?? null }));
    }
    perspectives.push(p);
  }
  if (nP > 0 && r.chance(0.5)) m.entity = 'perspectives';
  else if (r.chance(0.3)) m.entity = 'areas';
  for (const o of objectives) {
    if (nP > 0 && r.chance(0.6)) o.perspective = `P${r.int(0, nP - 1)}`;
    if (nU > 0 && r.chance(0.7)) o.units = r.subset(units.map((u) => u.id), 1, 2);
    if (r.chance(0.15)) o.mix = { indicators: r.pick([0, 1, 0.3]), children: r.pick([1, 0.7, 2]) };
  }

  /* indicators */
  const kinds: Kind[] = [];
  const indicators: Indicator[] = [];
  for (let i = 0; i < sizes.indicators; i++) {
    const kind: Kind = r.pick(['number', 'number', 'number', 'date', 'boolean'] as const);
    kinds.push(kind);
    const ind: Indicator = { id: `I${i}`, name: `Indicatore ${i}` };
    if (kind === 'number') {
      const unit = r.pick(['%', 'N.', null]);
      if (unit) ind.unit = unit;
      if (r.chance(0.5)) ind.cumulative = r.chance(0.7);
    } else ind.unit = kind === 'date' ? 'date' : 'yes/no';
    indicators.push(ind);
  }

  /* assignments: date / boolean indicators carry their target in every period (so measured values always fit) */
  const assignments: Assignment[] = [];
  for (const o of objectives) {
    const inds = r.subset(indicators.map((_, i) => i), r.chance(0.8) ? 1 : 0, 3);
    const ws = weights(r, inds.length);
    inds.forEach((i, k) => {
      const kind = kinds[i]!;
      let targets: Record<string, Target> | null = {};
      if (kind === 'date') for (const p of PERIOD_IDS) targets[p] = { op: 'by', date: r.pick(DATES) };
      else if (kind === 'boolean') for (const p of PERIOD_IDS) targets[p] = { op: 'yes' };
      else {
        if (r.chance(0.85)) targets['2021'] = numberTarget(r);
        if (r.chance(0.3)) targets['2021-S1'] = numberTarget(r);
        if (r.chance(0.25)) targets['2021-Q1'] = numberTarget(r);
        if (r.chance(0.05)) targets = null;
      }
      const a: Assignment = { objective: o.id, indicator: `I${i}`, weight: ws[k] ?? null };
      // an assignment without targets leaves the property out (the schema types `targets` as an object)
      if (targets) a.targets = targets;
      assignments.push(a);
    });
  }

  /* measurements: at most one per indicator and period */
  const measurements: Measurement[] = [];
  indicators.forEach((ind, i) => {
    for (const period of PERIOD_IDS) {
      const x = r.next();
      if (x < 0.12) continue; // absent
      if (x < 0.22) { measurements.push({ indicator: ind.id, period, status: 'ND' }); continue; }
      if (x < 0.3) { measurements.push({ indicator: ind.id, period, status: 'NC' }); continue; }
      const kind = kinds[i]!;
      if (kind === 'date') measurements.push({ indicator: ind.id, period, value: r.pick(DATES) });
      else if (kind === 'boolean') measurements.push({ indicator: ind.id, period, value: r.chance(0.6) });
      else if (r.chance(0.15)) measurements.push({ indicator: ind.id, period, numerator: r.int(0, 60), denominator: r.int(1, 8) });
      else measurements.push({ indicator: ind.id, period, value: r.pick(NUMBERS) });
    }
  });

  /* overrides */
  const overrides: Override[] = [];
  if (opts.overrides !== false) {
    const seen = new Set<string>();
    const add = (objective: string, indicator: string | null) => {
      const period = r.pick(PERIOD_IDS);
      const key = `${objective}|${indicator}|${period}`;
      if (seen.has(key)) return;
      seen.add(key);
      const o: Override = { objective, period, score: r.pick([0, 0.5, 0.95, 1, 1.3]), reason: 'neutralizzazione' };
      if (indicator) o.indicator = indicator;
      overrides.push(o);
    };
    for (const a of assignments) if (r.chance(0.08)) add(a.objective, a.indicator);
    for (const o of objectives) if (r.chance(0.08)) add(o.id, null);
  }

  /* scorecards */
  const numberIndicators = indicators.filter((_, i) => kinds[i] === 'number').map((i) => i.id);
  const items = (d: number): ScorecardItem[] => {
    const n = r.int(1, 3);
    const ws = weights(r, n);
    return Array.from({ length: n }, (_, j) => {
      const it: ScorecardItem = { id: `k${j}`, weight: ws[j] ?? null };
      if (d < 2 && r.chance(0.25)) {
        it.name = `Area ${j}`;
        it.items = items(d + 1);
        return it;
      }
      const kinds = ['objective', 'objective'] as string[];
      if (assignments.length) kinds.push('assignment');
      if (opts.directScores !== false) kinds.push('direct');
      if (numberIndicators.length) kinds.push('own');
      const kind = r.pick(kinds);
      if (kind === 'objective') {
        it.objective = r.pick(objectives).id;
        if (r.chance(0.3)) it.threshold = r.pick([0.9, 0.95, 1]);
      } else if (kind === 'assignment') {
        const a = r.pick(assignments);
        it.objective = a.objective;
        it.indicator = a.indicator;
      } else if (kind === 'direct') {
        it.name = `Comportamento ${j}`;
        it.score = r.pick([0, 0.5, 0.9, 1]);
      } else {
        it.indicator = r.pick(numberIndicators);
        it.targets = {};
        for (const p of PERIOD_IDS) if (r.chance(0.7)) it.targets[p] = { op: '>=', value: r.pick([-10, 0, 5, 10, 50]) };
      }
      return it;
    });
  };
  const scorecards: Scorecard[] = [];
  const nC = r.int(0, 2);
  for (let c = 0; c < nC; c++) scorecards.push({ id: `C${c}`, holder: `Titolare ${c}`, items: items(0) });

  /* incentives */
  const incentives: Incentive[] = [];
  const nInc = r.int(0, 2);
  for (let i = 0; i < nInc; i++) {
    const inc: Incentive = {
      id: `F${i}`, name: `Fondo ${i}`, amount: r.pick([1000, 80129.87, 2.01, 333.33]),
      rule: r.pick(['proportional', 'all-or-nothing'] as const), basis: r.subset(objectives.map((o) => o.id), 1, 3),
    };
    if (r.chance(0.3)) inc.threshold = r.pick([0.9, 1]);
    incentives.push(inc);
  }

  const doc: PlanDocument = {
    format: 'performa/1',
    entity: { id: 'ente-generato', name: 'Ente generato' },
    methodology: m,
    periods: [{ ...Y2021 }, { ...S1_2021 }, { ...Q1_2021 }],
    units, perspectives, objectives, indicators, assignments, measurements, overrides, scorecards, incentives,
  };
  return { seed, sizes, period: r.pick(['2021', '2021', '2021-S1', '2021-Q1']), doc };
}

export const arbPlan = (opts: GenOptions = {}): fc.Arbitrary<Generated> =>
  fc
    .record({
      seed: fc.integer({ min: 0, max: 0x7fffffff }),
      objectives: fc.integer({ min: 1, max: 7 }),
      indicators: fc.integer({ min: 1, max: 6 }),
    })
    .map(({ seed, objectives, indicators }) => buildPlan(seed, { objectives, indicators }, opts));
