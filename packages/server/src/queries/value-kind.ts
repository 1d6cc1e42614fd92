import type { PlanDocument, Target } from '@performa/core';

export type ValueKind = 'number' | 'date' | 'boolean' | 'any';

/** The target of an assignment for a period: its own, else the annual one (spec §3.1 step 1). */
export function targetFor(doc: PlanDocument, targets: Record<string, Target> | null | undefined, periodId: string): Target | null {
  if (!targets) return null;
  const own = targets[periodId];
  if (own) return own;
  const year = doc.periods.find((p) => p.id === periodId)?.year;
  return year ? (targets[year] ?? null) : null;
}

/**
 * What kind of value an indicator takes in a period, from the targets of its assignments (as the
 * core's validation checks it): a date for `by`, a boolean for `yes`, a number otherwise; `any`
 * when no assignment has a scoring target. Conflicting targets: the first one found.
 */
export function valueKind(doc: PlanDocument, indicator: string, periodId: string): ValueKind {
  for (const a of doc.assignments ?? []) {
    if (a.indicator !== indicator) continue;
    const t = targetFor(doc, a.targets, periodId);
    if (!t || t.op === 'monitor') continue;
    if (t.op === 'by') return 'date';
    if (t.op === 'yes') return 'boolean';
    return 'number';
  }
  return 'any';
}
