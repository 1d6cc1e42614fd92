import type { Store } from '../store.js';

export interface PlanListing {
  entityId: string;
  entityName: string;
  planId: string;
  version: number;
  title: string | null;
  years: number[] | null;
  /** ISO 8601 timestamp of the import of this version. */
  importedAt: string;
}

/** The current plans of one entity, or of every entity, by entity then plan id. */
export async function listPlans(store: Store, entityId?: string): Promise<PlanListing[]> {
  const { rows } = await store.pool.query<{
    entity_id: string; entity_name: string; plan_key: string; version: number; title: string | null;
    years: number[] | null; imported_at: Date;
  }>(
    `SELECT p.entity_id, e.name AS entity_name, p.plan_key, p.version, p.title, p.years, p.imported_at
       FROM plans p JOIN entities e ON e.id = p.entity_id
      WHERE p.superseded_at IS NULL AND ($1::text IS NULL OR p.entity_id = $1::text)
      ORDER BY p.entity_id, p.plan_key`,
    [entityId ?? null],
  );
  return rows.map((r) => ({
    entityId: r.entity_id,
    entityName: r.entity_name,
    planId: r.plan_key,
    version: r.version,
    title: r.title,
    years: r.years,
    importedAt: r.imported_at.toISOString(),
  }));
}
