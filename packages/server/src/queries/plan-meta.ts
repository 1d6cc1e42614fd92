import type { PeriodInfo, PlanState } from '@performa/api';
import type pg from 'pg';
import { invalid, notFound } from '../http/errors.js';

type Q = Pick<pg.ClientBase, 'query'>;

export interface VersionRow {
  rowId: number;
  version: number;
  current: boolean;
  kind: 'import' | 'modifica' | 'rimodulazione';
  effectiveFrom: string | null;
}

export interface PeriodRow {
  id: string;
  start: string;
  end: string;
  year: string | null;
  state: 'aperto' | 'chiuso';
  dueDate: string | null;
  closedAt: string | null;
  reopenReason: string | null;
}

/** Everything about a plan but its content: versions, state, periods, data version. */
export interface PlanMeta {
  entityId: string;
  entityName: string;
  planKey: string;
  current: VersionRow;
  /** Oldest first. */
  versions: VersionRow[];
  state: PlanState;
  adoption: { act: string; date: string } | null;
  stateChangedAt: string | null;
  dataVersion: number;
  title: string | null;
  years: number[] | null;
  act: string | null;
  periods: PeriodRow[];
}

/**
 * Loads a plan's meta data, scoped by entity: an unknown entity or plan, or a plan of another
 * entity, is the same 404.
 */
export async function loadPlanMeta(db: Q, entityId: string, planKey: string): Promise<PlanMeta> {
  const { rows } = await db.query<{
    id: number; version: number; superseded_at: Date | null; title: string | null; years: number[] | null; act: string | null;
    entity_name: string; kind: VersionRow['kind'] | null; effective_from: string | null;
    state: PlanState | null; adoption_act: string | null; adoption_date: string | null; state_changed_at: Date | null; data_version: number | null;
  }>(
    `SELECT p.id, p.version, p.superseded_at, p.title, p.years, p.act, e.name AS entity_name, v.kind, v.effective_from,
            w.state, w.adoption_act, w.adoption_date, w.state_changed_at, w.data_version
       FROM plans p
       JOIN entities e ON e.id = p.entity_id
       LEFT JOIN plan_versions v ON v.plan_id = p.id
       LEFT JOIN plan_workflow w ON w.entity_id = p.entity_id AND w.plan_key = p.plan_key
      WHERE p.entity_id = $1 AND p.plan_key = $2
      ORDER BY p.version`,
    [entityId, planKey],
  );
  const currentRow = rows.find((r) => r.superseded_at === null);
  if (!currentRow) throw notFound(`Piano ${planKey} non trovato.`);
  const versions: VersionRow[] = rows.map((r) => ({
    rowId: r.id,
    version: r.version,
    current: r.superseded_at === null,
    kind: r.kind ?? 'import',
    effectiveFrom: r.effective_from,
  }));
  const periods = await db.query<{
    key: string; start_date: string; end_date: string; year: string | null; state: 'aperto' | 'chiuso' | null;
    due_date: string | null; closed_at: Date | null; reopen_reason: string | null;
  }>(
    `SELECT pe.key, pe.start_date, pe.end_date, pe.year, w.state, w.due_date, w.closed_at, w.reopen_reason
       FROM periods pe
       LEFT JOIN period_workflow w ON w.entity_id = pe.entity_id AND w.plan_key = $3 AND w.period = pe.key
      WHERE pe.plan_id = $1 AND pe.entity_id = $2
      ORDER BY pe.position`,
    [currentRow.id, entityId, planKey],
  );
  return {
    entityId,
    entityName: currentRow.entity_name,
    planKey,
    current: versions.find((v) => v.current)!,
    versions,
    state: currentRow.state ?? 'bozza',
    adoption: currentRow.adoption_act && currentRow.adoption_date ? { act: currentRow.adoption_act, date: currentRow.adoption_date } : null,
    stateChangedAt: currentRow.state_changed_at ? new Date(currentRow.state_changed_at).toISOString() : null,
    dataVersion: Number(currentRow.data_version ?? 0),
    title: currentRow.title,
    years: currentRow.years,
    act: currentRow.act,
    periods: periods.rows.map((p) => ({
      id: p.key,
      start: p.start_date,
      end: p.end_date,
      year: p.year,
      state: p.state ?? 'aperto',
      dueDate: p.due_date,
      closedAt: p.closed_at ? new Date(p.closed_at).toISOString() : null,
      reopenReason: p.reopen_reason,
    })),
  };
}

/** The period, or a 400 on the field that named it (a query or body value) / 404 for a path id. */
export function periodOf(meta: PlanMeta, periodId: string, where: 'path' | string = 'path'): PeriodRow {
  const period = meta.periods.find((p) => p.id === periodId);
  if (period) return period;
  const message = `Periodo sconosciuto: ${periodId} (periodi del piano: ${meta.periods.map((p) => p.id).join(', ')}).`;
  if (where === 'path') throw notFound(message);
  throw invalid(where, message);
}

/**
 * The version a period is scored on: the latest one in force at the period's end (a version
 * without `effectiveFrom` is in force from the start).
 */
export function versionFor(meta: PlanMeta, period: PeriodRow): VersionRow {
  let chosen = meta.versions[0]!;
  for (const v of meta.versions) if (v.effectiveFrom === null || v.effectiveFrom <= period.end) chosen = v;
  return chosen;
}

export function periodInfo(meta: PlanMeta, period: PeriodRow): PeriodInfo {
  return {
    id: period.id,
    start: period.start,
    end: period.end,
    year: period.year,
    state: period.state,
    dueDate: period.dueDate,
    closedAt: period.closedAt,
    reopenReason: period.reopenReason,
    version: versionFor(meta, period).version,
  };
}
