import type { PlanChange, VersionInfo } from '@performa/api';
import type pg from 'pg';
import { versionFor, type PlanMeta } from './plan-meta.js';

type Q = Pick<pg.ClientBase, 'query'>;

/** Every version of a plan with how it came to be and which periods are scored on it. */
export async function versionInfos(db: Q, meta: PlanMeta): Promise<VersionInfo[]> {
  const { rows } = await db.query<{
    id: number; imported_at: Date; kind: VersionInfo['kind'] | null; act: string | null; act_date: string | null; effective_from: string | null;
    changes: PlanChange[] | null; created_by: string | null; created_by_name: string | null; created_at: Date | null;
  }>(
    `SELECT p.id, p.imported_at, v.kind, v.act, v.act_date, v.effective_from, v.changes, v.created_by, v.created_by_name, v.created_at
       FROM plans p LEFT JOIN plan_versions v ON v.plan_id = p.id
      WHERE p.entity_id = $1 AND p.plan_key = $2 ORDER BY p.version`,
    [meta.entityId, meta.planKey],
  );
  const byRow = new Map(rows.map((r) => [r.id, r]));
  return meta.versions.map((v) => {
    const r = byRow.get(v.rowId)!;
    return {
      version: v.version,
      kind: r.kind ?? 'import',
      act: r.act,
      actDate: r.act_date,
      effectiveFrom: r.effective_from,
      createdAt: new Date(r.created_at ?? r.imported_at).toISOString(),
      createdBy: r.created_by ? { userId: r.created_by, name: r.created_by_name ?? r.created_by } : null,
      current: v.current,
      changes: r.changes ?? [],
      periods: meta.periods.filter((p) => versionFor(meta, p).rowId === v.rowId).map((p) => p.id),
    };
  });
}
