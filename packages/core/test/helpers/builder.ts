/**
 * A tiny builder for `performa/1` documents used by the hand-computed tests.
 *
 * Everything here is plain data: the tests never look at engine internals, only at
 * `scorePlan(doc, period)` and the §4 results it returns.
 */
import { expect } from 'vitest';
import type {
  Assignment,
  Incentive,
  Indicator,
  MeasuredValue,
  Measurement,
  Methodology,
  Mix,
  Objective,
  ObjectiveLevel,
  Override,
  Period,
  Perspective,
  PlanDocument,
  Scorecard,
  ScoreEntry,
  Target,
  Unit,
} from '@performa/core';

/* ------------------------------------------------------------------ periods */

/** 2021: 365 days. */
export const Y2021: Period = { id: '2021', start: '2021-01-01', end: '2021-12-31' };
/** First semester 2021: 181 days elapsed (31 + 28 + 31 + 30 + 31 + 30). */
export const S1_2021: Period = { id: '2021-S1', start: '2021-01-01', end: '2021-06-30', year: '2021' };
/** First quarter 2021: 90 days elapsed (31 + 28 + 31). */
export const Q1_2021: Period = { id: '2021-Q1', start: '2021-01-01', end: '2021-03-31', year: '2021' };
/** 2022 (used for "no target in this period"). */
export const Y2022: Period = { id: '2022', start: '2022-01-01', end: '2022-12-31' };
/** 2024, a leap year: 366 days; Q1 2024 = 31 + 29 + 31 = 91 days. */
export const Y2024: Period = { id: '2024', start: '2024-01-01', end: '2024-12-31' };
export const Q1_2024: Period = { id: '2024-Q1', start: '2024-01-01', end: '2024-03-31', year: '2024' };

export const ALL_PERIODS: Period[] = [Y2021, S1_2021, Q1_2021, Y2022, Y2024, Q1_2024];

/* ------------------------------------------------------------------ targets */

export const ge = (value: number): Target => ({ op: '>=', value });
export const gt = (value: number): Target => ({ op: '>', value });
export const le = (value: number): Target => ({ op: '<=', value });
export const lt = (value: number): Target => ({ op: '<', value });
export const eq = (value: number): Target => ({ op: '=', value });
export const between = (min: number, max: number): Target => ({ op: 'between', min, max });
export const by = (date: string): Target => ({ op: 'by', date });
export const yes = (): Target => ({ op: 'yes' });
export const monitor = (): Target => ({ op: 'monitor' });

/* ------------------------------------------------------------------ measurements */

/** What a test says about a measurement: a value, a status, a ratio, or `absent` (no entry). */
export type Obs =
  | MeasuredValue
  | 'ND'
  | 'NC'
  | 'absent'
  | { numerator: number; denominator: number; value?: MeasuredValue | null }
  | Omit<Measurement, 'indicator' | 'period'>;

function toMeasurement(indicator: string, period: string, obs: Obs): Measurement | null {
  if (obs === 'absent') return null;
  if (obs === 'ND' || obs === 'NC') return { indicator, period, status: obs };
  if (obs !== null && typeof obs === 'object') return { indicator, period, ...obs };
  return { indicator, period, value: obs };
}

/* ------------------------------------------------------------------ builder */

export interface KpiOptions {
  weight?: number | null;
  unit?: string;
  cumulative?: boolean;
  /** Period of the target and of the measurement (default '2021'). */
  period?: string;
  /** Extra targets for other periods. */
  targets?: Record<string, Target>;
  /** Extra measurements for other periods. */
  measurements?: Record<string, Obs>;
  /** Indicator id (default `${objective}-I${n}`). */
  id?: string;
}

export class PlanBuilder {
  readonly doc: PlanDocument;
  private counters = new Map<string, number>();

  constructor(methodology: Methodology | null = null, periods: Period[] = ALL_PERIODS) {
    this.doc = {
      format: 'performa/1',
      entity: { id: 'ente-prova', name: 'Ente di prova' },
      methodology,
      periods: periods.map((p) => ({ ...p })),
      units: [],
      perspectives: [],
      objectives: [],
      indicators: [],
      assignments: [],
      measurements: [],
      overrides: [],
      scorecards: [],
      incentives: [],
    };
  }

  objective(
    id: string,
    opts: {
      parent?: string | null;
      level?: ObjectiveLevel;
      weight?: number | null;
      units?: string[];
      perspective?: string | null;
      mix?: Mix | null;
    } = {},
  ): this {
    const level: ObjectiveLevel = opts.level ?? (opts.parent ? 'operational' : 'area');
    const o: Objective = { id, level, name: `Obiettivo ${id}`, parent: opts.parent ?? null, weight: opts.weight ?? null };
    if (opts.units) o.units = opts.units;
    if (opts.perspective !== undefined) o.perspective = opts.perspective;
    if (opts.mix !== undefined) o.mix = opts.mix;
    this.doc.objectives.push(o);
    return this;
  }

  indicator(id: string, opts: { unit?: string; cumulative?: boolean } = {}): this {
    const i: Indicator = { id, name: `Indicatore ${id}` };
    if (opts.unit !== undefined) i.unit = opts.unit;
    if (opts.cumulative !== undefined) i.cumulative = opts.cumulative;
    this.doc.indicators!.push(i);
    return this;
  }

  assign(objective: string, indicator: string, targets: Record<string, Target> | null, weight: number | null = null): this {
    const a: Assignment = { objective, indicator, weight, targets };
    this.doc.assignments!.push(a);
    return this;
  }

  measure(indicator: string, obs: Obs, period = '2021'): this {
    const m = toMeasurement(indicator, period, obs);
    if (m) this.doc.measurements!.push(m);
    return this;
  }

  /**
   * One indicator serving `objective`: its assignment with `target` in the period and its
   * measurement `obs`. Returns the builder; the indicator id is `${objective}-I${n}` unless given.
   */
  kpi(objective: string, target: Target | null, obs: Obs, opts: KpiOptions = {}): this {
    const n = (this.counters.get(objective) ?? 0) + 1;
    this.counters.set(objective, n);
    const id = opts.id ?? `${objective}-I${n}`;
    const period = opts.period ?? '2021';
    this.indicator(id, { unit: opts.unit ?? 'N.', ...(opts.cumulative !== undefined ? { cumulative: opts.cumulative } : {}) });
    const targets: Record<string, Target> = { ...(opts.targets ?? {}) };
    if (target) targets[period] = target;
    this.assign(objective, id, Object.keys(targets).length ? targets : null, opts.weight ?? null);
    this.measure(id, obs, period);
    for (const [p, o] of Object.entries(opts.measurements ?? {})) this.measure(id, o, p);
    return this;
  }

  /** An assignment scoring exactly `pct` / 100 (target >= 100, measured `pct`), or ND/NC/NS. */
  score(objective: string, pct: number | 'ND' | 'NC' | 'NS', opts: KpiOptions = {}): this {
    if (pct === 'NS') return this.kpi(objective, monitor(), 'absent', opts);
    return this.kpi(objective, ge(100), pct, opts);
  }

  unit(id: string, parent: string | null = null): this {
    const u: Unit = { id, name: `Unità ${id}`, parent };
    this.doc.units!.push(u);
    return this;
  }

  perspective(p: Omit<Perspective, 'name'> & { name?: string }): this {
    this.doc.perspectives!.push({ name: `Prospettiva ${p.id}`, ...p });
    return this;
  }

  override(o: Omit<Override, 'reason' | 'period'> & { period?: string; reason?: string }): this {
    this.doc.overrides!.push({ period: '2021', reason: 'neutralizzazione di prova', ...o });
    return this;
  }

  scorecard(card: Scorecard): this {
    this.doc.scorecards!.push(card);
    return this;
  }

  incentive(i: Incentive): this {
    this.doc.incentives!.push(i);
    return this;
  }

  build(): PlanDocument {
    return structuredClone(this.doc);
  }
}

/** Tolerance of the assertions: spec §1 equality is 1e-9; scores here are checked to 1e-9. */
export const EPS = 1e-9;

/** Asserts a §4 score entry: a number (to 1e-9) or null with its status. */
export function expectScore(entry: ScoreEntry | undefined, expected: number | 'ND' | 'NC' | 'NS'): void {
  expect(entry, 'the entry exists').toBeDefined();
  if (typeof expected === 'number') {
    expect(entry!.score, 'score').not.toBeNull();
    expect(Math.abs((entry!.score as number) - expected), `score ${entry!.score} vs ${expected}`).toBeLessThanOrEqual(EPS);
    expect(entry!.status, 'no status beside a score').toBeUndefined();
  } else {
    expect(entry!.score, 'score').toBeNull();
    expect(entry!.status, 'status').toBe(expected);
  }
}

export function expectNear(actual: number | null | undefined, expected: number, what = 'value'): void {
  expect(typeof actual, `${what} is a number`).toBe('number');
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(EPS);
}
