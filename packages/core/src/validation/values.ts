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
  const byObjective = new Map<string, Sibling[]>();
  const byIndicator = new Map<string, { objective: string; targets: Record<string, Target> }[]>();
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i]!;
    if (!idx.objectives.has(a.objective)) report.add(`/assignments/${i}/objective`, 'ref.objective', { id: a.objective });
    if (!idx.indicators.has(a.indicator)) report.add(`/assignments/${i}/indicator`, 'ref.indicator', { id: a.indicator });
    const first = pairs.add(a.objective, a.indicator, i);
    if (first !== undefined) {
      report.add(`/assignments/${i}`, 'assignment.duplicate', { objective: a.objective, indicator: a.indicator, first: `/assignments/${first}` });
    }
    checkTargets(a.targets, () => `/assignments/${i}/targets`, idx, report);
    const revisions = a.revisions ?? [];
    for (let j = 0; j < revisions.length; j++) {
      const r = revisions[j]!;
      if (!idx.periods.has(r.period)) report.add(`/assignments/${i}/revisions/${j}/period`, 'ref.period', { id: r.period });
    }
    const sibling: Sibling = { weight: a.weight, index: i, label: a.indicator };
    const list = byObjective.get(a.objective);
    if (list) list.push(sibling);
    else byObjective.set(a.objective, [sibling]);
    if (a.targets) {
      const entry = { objective: a.objective, targets: a.targets };
      const same = byIndicator.get(a.indicator);
      if (same) same.push(entry);
      else byIndicator.set(a.indicator, [entry]);
    }
  }
  for (const list of byObjective.values()) checkSiblingWeights(list, (i) => `/assignments/${i}`, report);

  const yearOf = new Map(doc.periods.map((p) => [p.id, p.year ?? null]));
  const seen = new PairIndex();
  const measurements = doc.measurements ?? [];
  for (let i = 0; i < measurements.length; i++) {
    const m = measurements[i]!;
    if (!idx.indicators.has(m.indicator)) report.add(`/measurements/${i}/indicator`, 'ref.indicator', { id: m.indicator });
    if (!idx.periods.has(m.period)) report.add(`/measurements/${i}/period`, 'ref.period', { id: m.period });
    const first = seen.add(m.indicator, m.period, i);
    if (first !== undefined) {
      report.add(`/measurements/${i}`, 'measurement.duplicate', { indicator: m.indicator, period: m.period, first: `/measurements/${first}` });
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
    if (!actual) continue;
    const uses = byIndicator.get(m.indicator);
    if (!uses) continue;
    const year = yearOf.get(m.period);
    for (const a of uses) {
      const t = a.targets[m.period] ?? (year ? a.targets[year] : undefined);
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
