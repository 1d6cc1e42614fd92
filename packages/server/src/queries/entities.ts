import type { EntitySummary } from '@performa/api';
import type pg from 'pg';
import { planSummary } from '../presenters/plan.js';
import { loadPlanMeta, type PlanMeta } from './plan-meta.js';

type Q = Pick<pg.ClientBase, 'query'>;

/** The current plans of an entity, by plan id. */
export async function listEntityPlans(db: Q, entityId: string): Promise<PlanMeta[]> {
  const { rows } = await db.query<{ plan_key: string }>(
    'SELECT plan_key FROM plans WHERE entity_id = $1 AND superseded_at IS NULL ORDER BY plan_key',
    [entityId],
  );
  const out: PlanMeta[] = [];
  for (const r of rows) out.push(await loadPlanMeta(db, entityId, r.plan_key));
  return out;
}

/** Entities by id (all when `ids` is null), with their plans; `published`: only plans adopted or later. */
export async function entitySummaries(db: Q, ids: string[] | null, published = false): Promise<EntitySummary[]> {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM entities WHERE ($1::text[] IS NULL OR id = ANY($1)) ORDER BY id',
    [ids],
  );
  const out: EntitySummary[] = [];
  for (const e of rows) {
    const plans = (await listEntityPlans(db, e.id)).filter((p) => !published || p.state !== 'bozza');
    if (published && plans.length === 0) continue;
    out.push({ id: e.id, name: e.name, plans: plans.map(planSummary) });
  }
  return out;
}
