import type { EntryBody, EntryFormRow } from '@performa/api';
import type { MeasuredValue, PlanDocument } from '@performa/core';
import type { Actor } from '../auth/actor.js';
import { hasPermission } from '../policies/policy.js';
import type { EntryRow } from '../queries/overlay.js';
import type { PeriodRow, PlanMeta } from '../queries/plan-meta.js';
import { unitIndex } from '../queries/units.js';
import { targetFor, valueKind } from '../queries/value-kind.js';
import { entryBody, importedEntryBody, measurementIndex } from './entry.js';

export interface EntryRowsInput {
  meta: PlanMeta;
  /** The version in force for the period, as stored (imported measurements). */
  base: PlanDocument;
  /** The same version with every entered value (for "last value"). */
  assembled: PlanDocument;
  period: PeriodRow;
  entries: EntryRow[];
  actor: Actor;
}

/** Indicators that have an assignment whose objective names one of `units` (all when null). */
export function indicatorsOfUnits(doc: PlanDocument, units: Set<string> | null): string[] {
  const objectives = new Set(doc.objectives.filter((o) => units === null || (o.units ?? []).some((u) => units.has(u))).map((o) => o.id));
  const ids = new Set<string>();
  for (const a of doc.assignments ?? []) if (objectives.has(a.objective)) ids.add(a.indicator);
  return (doc.indicators ?? []).map((i) => i.id).filter((id) => ids.has(id));
}

/** The rows of the rilevazione form (and of the validation queue) for the given indicators. */
export function entryFormRows(input: EntryRowsInput, indicatorIds: string[]): EntryFormRow[] {
  const { meta, base, assembled, period, actor } = input;
  const units = unitIndex(base);
  const byKey = new Map(input.entries.filter((e) => e.period === period.id).map((e) => [e.indicator, e]));
  const imported = measurementIndex(base);
  const indicators = new Map((base.indicators ?? []).map((i) => [i.id, i]));
  const objectives = new Map(base.objectives.map((o) => [o.id, o]));
  const previous = previousPeriods(base, period.id);
  const measured = measurementIndex(assembled);
  const open = period.state === 'aperto' && meta.state !== 'chiuso' && meta.state !== 'validato';
  return indicatorIds.map((id) => {
    const indicator = indicators.get(id)!;
    const row = byKey.get(id);
    const entry: EntryBody = row ? entryBody(row) : importedEntryBody(id, period.id, imported.get(`${id}\u0000${period.id}`));
    const resource = { entityId: meta.entityId, units: units.ofIndicator(id), rootUnits: units.roots };
    const mayWrite = hasPermission(actor, 'entry.write', resource);
    const served = (base.assignments ?? []).filter((a) => a.indicator === id);
    let last: EntryFormRow['last'] = null;
    for (const p of previous) {
      const m = measured.get(`${id}\u0000${p}`);
      if (m) {
        last = { period: p, value: (m.value ?? null) as MeasuredValue | null, status: m.status ?? null };
        break;
      }
    }
    return {
      indicator: id,
      name: indicator.name,
      unit: indicator.unit ?? null,
      algorithm: indicator.algorithm ?? null,
      kind: valueKind(base, id, period.id),
      objectives: served.map((a) => ({
        id: a.objective,
        name: objectives.get(a.objective)?.name ?? a.objective,
        target: targetFor(base, a.targets, period.id),
      })),
      units: resource.units.map((u) => u.id),
      last,
      entry,
      can: {
        edit: open && mayWrite && entry.state !== 'inviato',
        submit: open && mayWrite && (entry.state === 'bozza' || entry.state === 'restituito'),
        validate: open && entry.state === 'inviato' && hasPermission(actor, 'entry.validate', resource),
      },
    };
  });
}

/** Periods that end before `periodId`, latest first. */
function previousPeriods(doc: PlanDocument, periodId: string): string[] {
  const current = doc.periods.find((p) => p.id === periodId);
  if (!current) return [];
  return doc.periods
    .filter((p) => p.id !== periodId && p.end < current.end)
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0))
    .map((p) => p.id);
}
