import type { PlanDocument, Target } from '../model/document.js';
import { isIsoDate } from '../engine/dates.js';
import type { Report } from './report.js';
import type { Indexes } from './structure.js';
import { checkSiblingWeights } from './weights.js';

type Kind = 'date' | 'boolean' | 'number';
const KIND_WORDS: Record<Kind, [string, string]> = {
  date: ['una data (AAAA-MM-GG)', 'a date (YYYY-MM-DD)'],
  boolean: ['vero/falso (SI/NO)', 'a boolean (yes/no)'],
  number: ['un numero', 'a number'],
};
const expectedKind = (t: Target): Kind | null =>
  t.op === 'monitor' ? null : t.op === 'by' ? 'date' : t.op === 'yes' ? 'boolean' : 'number';

/** Target keys are period ids; `between` needs min ≤ max. */
export function checkTargets(targets: Record<string, Target> | null | undefined, at: string, idx: Indexes, report: Report): void {
  for (const [period, t] of Object.entries(targets ?? {})) {
    const p = `${at}/${period.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!idx.periods.has(period)) report.add(p, 'ref.period', { id: period });
    if (t.op === 'between' && typeof t.min === 'number' && typeof t.max === 'number' && t.min > t.max) {
      report.add(p, 'target.range', { min: t.min, max: t.max });
    }
    if (t.op === 'by' && t.date && !isIsoDate(t.date)) report.add(`${p}/date`, 'date.invalid', { value: t.date });
  }
}

/** Assignments, measurements and overrides: references, duplicates, weights, value kinds (§2.6–§2.8). */
export function checkValues(doc: PlanDocument, idx: Indexes, report: Report): Set<string> {
  const assignments = doc.assignments ?? [];
  const pairs = new Map<string, number>();
  const byObjective = new Map<string, { weight?: number | null; pointer: string; label: string }[]>();
  const byIndicator = new Map<string, { objective: string; targets: Record<string, Target> }[]>();
  assignments.forEach((a, i) => {
    const at = `/assignments/${i}`;
    if (!idx.objectives.has(a.objective)) report.add(`${at}/objective`, 'ref.objective', { id: a.objective });
    if (!idx.indicators.has(a.indicator)) report.add(`${at}/indicator`, 'ref.indicator', { id: a.indicator });
    const key = `${a.objective}\u0000${a.indicator}`;
    const first = pairs.get(key);
    if (first !== undefined) report.add(at, 'assignment.duplicate', { objective: a.objective, indicator: a.indicator, first: `/assignments/${first}` });
    else pairs.set(key, i);
    checkTargets(a.targets, `${at}/targets`, idx, report);
    (a.revisions ?? []).forEach((r, j) => {
      if (!idx.periods.has(r.period)) report.add(`${at}/revisions/${j}/period`, 'ref.period', { id: r.period });
    });
    (byObjective.get(a.objective) ?? byObjective.set(a.objective, []).get(a.objective)!).push({ weight: a.weight, pointer: at, label: a.indicator });
    if (a.targets) (byIndicator.get(a.indicator) ?? byIndicator.set(a.indicator, []).get(a.indicator)!).push({ objective: a.objective, targets: a.targets });
  });
  for (const list of byObjective.values()) checkSiblingWeights(list, report);

  const yearOf = new Map(doc.periods.map((p) => [p.id, p.year ?? null]));
  const seen = new Map<string, number>();
  (doc.measurements ?? []).forEach((m, i) => {
    const at = `/measurements/${i}`;
    if (!idx.indicators.has(m.indicator)) report.add(`${at}/indicator`, 'ref.indicator', { id: m.indicator });
    if (!idx.periods.has(m.period)) report.add(`${at}/period`, 'ref.period', { id: m.period });
    const key = `${m.indicator}\u0000${m.period}`;
    const first = seen.get(key);
    if (first !== undefined) report.add(at, 'measurement.duplicate', { indicator: m.indicator, period: m.period, first: `/measurements/${first}` });
    else seen.set(key, i);
    if (m.status) return;
    const hasValue = m.value !== null && m.value !== undefined;
    if (!hasValue && typeof m.denominator === 'number' && m.denominator === 0 && typeof m.numerator === 'number') {
      report.add(`${at}/denominator`, 'measurement.zeroDenominator');
      return;
    }
    if (typeof m.value === 'string' && !isIsoDate(m.value)) {
      report.add(`${at}/value`, 'measurement.dateString');
      return;
    }
    const actual: Kind | null = hasValue
      ? typeof m.value === 'boolean'
        ? 'boolean'
        : typeof m.value === 'string'
          ? 'date'
          : 'number'
      : typeof m.numerator === 'number' && typeof m.denominator === 'number'
        ? 'number'
        : null;
    if (!actual) return;
    for (const a of byIndicator.get(m.indicator) ?? []) {
      const year = yearOf.get(m.period);
      const t = a.targets[m.period] ?? (year ? a.targets[year] : undefined);
      const expected = t && expectedKind(t);
      if (expected && expected !== actual) {
        report.add(hasValue ? `${at}/value` : at, 'measurement.kind', {
          op: t.op,
          period: m.period,
          objective: a.objective,
          expected: KIND_WORDS[expected][0],
          expectedEn: KIND_WORDS[expected][1],
          actual: JSON.stringify(hasValue ? m.value : `${m.numerator}/${m.denominator}`),
        });
        break;
      }
    }
  });

  const overrides = new Map<string, number>();
  (doc.overrides ?? []).forEach((o, i) => {
    const at = `/overrides/${i}`;
    if (!idx.objectives.has(o.objective)) report.add(`${at}/objective`, 'ref.objective', { id: o.objective });
    else if (o.indicator && !pairs.has(`${o.objective}\u0000${o.indicator}`)) {
      report.add(`${at}/indicator`, 'ref.assignment', { objective: o.objective, indicator: o.indicator });
    }
    if (!idx.periods.has(o.period)) report.add(`${at}/period`, 'ref.period', { id: o.period });
    const key = `${o.objective}\u0000${o.indicator ?? ''}\u0000${o.period}`;
    const first = overrides.get(key);
    if (first !== undefined) report.add(at, 'override.duplicate', { period: o.period, first: `/overrides/${first}` });
    else overrides.set(key, i);
  });
  return new Set(pairs.keys());
}
