import type { MissingRow } from '@performa/api';
import { daysBetween } from '@performa/core';
import type { AppContext } from '../context.js';
import { measurementIndex } from '../presenters/entry.js';
import { loadEntries } from './overlay.js';
import { loadPlanMeta, versionFor } from './plan-meta.js';
import { unitIndex } from './units.js';
import { targetFor } from './value-kind.js';

export interface MissingDataQuery {
  entityId: string;
  planKey: string;
  /** One period; default: every open period. */
  period?: string;
  /** Only these units (already expanded to subtrees); default: all. */
  units?: Set<string> | null;
  /** Today, AAAA-MM-GG (for overdue); default: the current date. */
  today?: string;
}

/**
 * "Dati mancanti": for each open period, each unit named by an objective and each indicator of
 * that objective with a scoring target in the period, the values not yet submitted (no entry, a
 * draft, or a returned value; a measurement imported with the plan counts as given), with the
 * period's due date and how late it is. Used by the API and by the e-mail reminder digest.
 */
export async function missingData(app: Pick<AppContext, 'pool' | 'scoring'>, query: MissingDataQuery): Promise<MissingRow[]> {
  const meta = await loadPlanMeta(app.pool, query.entityId, query.planKey);
  const today = query.today ?? new Date().toISOString().slice(0, 10);
  const entries = await loadEntries(app.pool, query.entityId, query.planKey);
  const byKey = new Map(entries.map((e) => [`${e.indicator}\u0000${e.period}`, e]));
  const periods = meta.periods.filter((p) => (query.period ? p.id === query.period : p.state === 'aperto'));
  const rows: MissingRow[] = [];
  for (const period of periods) {
    const base = await app.scoring.base(meta, versionFor(meta, period));
    const units = unitIndex(base);
    const imported = measurementIndex(base);
    const indicators = new Map((base.indicators ?? []).map((i) => [i.id, i]));
    const late = period.dueDate ? daysBetween(period.dueDate, today) : null;
    const seen = new Set<string>();
    const objectiveUnits = new Map(base.objectives.map((o) => [o.id, o.units ?? []]));
    for (const a of base.assignments ?? []) {
      const target = targetFor(base, a.targets, period.id);
      if (!target || target.op === 'monitor') continue;
      const key = `${a.indicator}\u0000${period.id}`;
      const entry = byKey.get(key);
      const given = entry ? entry.state === 'inviato' || entry.state === 'validato' : imported.has(key);
      if (given) continue;
      for (const unitId of objectiveUnits.get(a.objective) ?? []) {
        if (query.units && !query.units.has(unitId)) continue;
        const rowKey = `${unitId}\u0000${a.indicator}`;
        if (seen.has(rowKey) || !units.refs.has(unitId)) continue;
        seen.add(rowKey);
        rows.push({
          period: period.id,
          unit: { id: unitId, name: units.names.get(unitId) ?? unitId },
          indicator: { id: a.indicator, name: indicators.get(a.indicator)?.name ?? a.indicator },
          state: entry ? entry.state : 'vuoto',
          dueDate: period.dueDate,
          overdue: late !== null && late > 0,
          daysLate: late !== null && late > 0 ? late : null,
        });
      }
    }
  }
  return rows.sort((x, y) => x.period.localeCompare(y.period) || x.unit.id.localeCompare(y.unit.id) || x.indicator.id.localeCompare(y.indicator.id));
}
