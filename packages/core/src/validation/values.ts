import type { PlanDocument, Target } from '../model/document.js';
import { isIsoDate } from '../engine/dates.js';
import { PairIndex } from './pair-set.js';
import { seg, type Report } from './report.js';
import type { Indexes } from './structure.js';
import { checkSiblingWeights, type Sibling } from './weights.js';

type Kind = 'date' | 'boolean' | 'number';
const KIND_WORDS: Record<Kind, [string, string]> = {
  date: ['una data (AAAA-MM-GG)', 'a date (YYYY-MM-DD)'],
  boolean: ['vero/falso (SI/NO)', 'a boolean (yes/no)'],
  number: ['un numero', 'a number'],
};
const expectedKind = (t: Target): Kind | null =>
  t.op === 'monitor' ? null : t.op === 'by' ? 'date' : t.op === 'yes' ? 'boolean' : 'number';

interface IndicatorRecord {
  /** Assignments of the indicator that carry targets (made on first use: most indicators have one). */
  uses: { objective: string; targets: Record<string, Target> }[] | null;
  /** Periods already measured, and the index of each measurement. */
  periods: string[] | null;
  measured: number[] | null;
}

/** Target keys are period ids; `between` needs min ≤ max; `by` needs a real date. Pointers are built only on error. */
export function checkTargets(targets: Record<string, Target> | null | undefined, at: () => string, idx: Indexes, report: Report): void {
  if (!targets) return;
  for (const period in targets) {
    const t = targets[period]!;
    if (!idx.periods.has(period)) report.add(`${at()}/${seg(period)}`, 'ref.period', { id: period });
    if (t.op === 'between' && typeof t.min === 'number' && typeof t.max === 'number' && t.min > t.max) {
      report.add(`${at()}/${seg(period)}`, 'target.range', { min: t.min, max: t.max });
    }
    if (t.op === 'by' && t.date && !isIsoDate(t.date)) report.add(`${at()}/${seg(period)}/date`, 'date.invalid', { value: t.date });
  }
}

/** Assignments, measurements and overrides: references, duplicates, weights, value kinds (§2.6–§2.8). */
export function checkValues(doc: PlanDocument, idx: Indexes, report: Report): PairIndex {
  const assignments = doc.assignments ?? [];
  const pairs = new PairIndex();
  // One record per declared indicator: its targeted uses and the periods already measured, so a
  // measurement costs one lookup instead of five (100k-assignment plans carry 400k measurements).
  const records = new Map<string, IndicatorRecord>();
  for (const ind of doc.indicators ?? []) if (!records.has(ind.id)) records.set(ind.id, { uses: null, periods: null, measured: null });
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i]!;
    const record = records.get(a.indicator);
    if (!record) report.add(`/assignments/${i}/indicator`, 'ref.indicator', { id: a.indicator });
    const first = pairs.add(a.objective, a.indicator, i);
    if (first !== undefined) {
      report.add(`/assignments/${i}`, 'assignment.duplicate', { objective: a.objective, indicator: a.indicator, first: `/assignments/${first}` });
    }
    checkTargets(a.targets, () => `/assignments/${i}/targets`, idx, report);
    const revisions = a.revisions;
    if (revisions) {
      for (let j = 0; j < revisions.length; j++) {
        const r = revisions[j]!;
        if (!idx.periods.has(r.period)) report.add(`/assignments/${i}/revisions/${j}/period`, 'ref.period', { id: r.period });
      }
    }
    if (a.targets && record) (record.uses ??= []).push({ objective: a.objective, targets: a.targets });
  }
  // Per objective (once, not per assignment): it exists, and its assignments' weights follow §3.2.
  const unknown: number[] = [];
  for (const [objective, indicators, indices] of pairs.groups()) {
    if (!idx.objectives.has(objective)) unknown.push(...indices);
    if (indices.some((i) => assignments[i]!.weight === null || assignments[i]!.weight === undefined)) {
      const siblings: Sibling[] = indices.map((i, k) => ({ weight: assignments[i]!.weight, index: i, label: indicators[k]! }));
      checkSiblingWeights(siblings, (i) => `/assignments/${i}`, report);
    }
  }
  for (const i of unknown.sort((x, y) => x - y)) {
    report.add(`/assignments/${i}/objective`, 'ref.objective', { id: assignments[i]!.objective });
  }

  // The document's own period id strings: property look-ups with them (targets[period]) stay fast,
  // where each measurement's copy of the same text would be hashed again.
  const periodOf = new Map(doc.periods.map((p) => [p.id, { id: p.id, year: p.year ?? null }]));
  const measurements = doc.measurements ?? [];
  for (let i = 0; i < measurements.length; i++) {
    const m = measurements[i]!;
    const record = records.get(m.indicator);
    const period = periodOf.get(m.period);
    if (!record) report.add(`/measurements/${i}/indicator`, 'ref.indicator', { id: m.indicator });
    if (!period) report.add(`/measurements/${i}/period`, 'ref.period', { id: m.period });
    const periodId = period?.id ?? m.period;
    const year = period?.year;
    if (record) {
      const first = record.periods ? record.periods.indexOf(periodId) : -1;
      if (first >= 0) {
        report.add(`/measurements/${i}`, 'measurement.duplicate', {
          indicator: m.indicator,
          period: m.period,
          first: `/measurements/${record.measured![first]}`,
        });
      } else {
        (record.periods ??= []).push(periodId);
        (record.measured ??= []).push(i);
      }
    }
    if (m.status) continue;
    const value = m.value;
    const hasValue = value !== null && value !== undefined;
    const ratio = typeof m.numerator === 'number' && typeof m.denominator === 'number';
    if (!hasValue && ratio && m.denominator === 0) {
      report.add(`/measurements/${i}/denominator`, 'measurement.zeroDenominator');
      continue;
    }
    if (typeof value === 'string' && !isIsoDate(value)) {
      report.add(`/measurements/${i}/value`, 'measurement.dateString');
      continue;
    }
    const actual: Kind | null = hasValue
      ? typeof value === 'boolean'
        ? 'boolean'
        : typeof value === 'string'
          ? 'date'
          : 'number'
      : ratio
        ? 'number'
        : null;
    if (!actual || !record?.uses) continue;
    for (const a of record.uses) {
      const t = a.targets[periodId] ?? (year ? a.targets[year] : undefined);
      const expected = t && expectedKind(t);
      if (expected && expected !== actual) {
        report.add(hasValue ? `/measurements/${i}/value` : `/measurements/${i}`, 'measurement.kind', {
          op: t.op,
          period: m.period,
          objective: a.objective,
          expected: KIND_WORDS[expected][0],
          expectedEn: KIND_WORDS[expected][1],
          actual: JSON.stringify(hasValue ? value : `${m.numerator}/${m.denominator}`),
        });
        break;
      }
    }
  }

  const overrides = new Map<string, number>();
  (doc.overrides ?? []).forEach((o, i) => {
    const at = `/overrides/${i}`;
    if (!idx.objectives.has(o.objective)) report.add(`${at}/objective`, 'ref.objective', { id: o.objective });
    else if (o.indicator && !pairs.has(o.objective, o.indicator)) {
      report.add(`${at}/indicator`, 'ref.assignment', { objective: o.objective, indicator: o.indicator });
    }
    if (!idx.periods.has(o.period)) report.add(`${at}/period`, 'ref.period', { id: o.period });
    const key = `${o.objective}\u0000${o.indicator ?? ''}\u0000${o.period}`;
    const first = overrides.get(key);
    if (first !== undefined) report.add(at, 'override.duplicate', { period: o.period, first: `/overrides/${first}` });
    else overrides.set(key, i);
  });
  return pairs;
}
