import type pg from 'pg';
import { PlanNotFoundError } from '../errors.js';
import { messages, type Lang } from '../messages.js';

export interface CurrentPlan {
  id: number;
  planKey: string;
  version: number;
}

/**
 * Finds the current version of an entity's plan. `planId` may be left out when the entity has
 * exactly one plan. Unknown entity or plan, or several plans to choose from: PlanNotFoundError.
 */
export async function findCurrentPlan(client: pg.ClientBase, entityId: string, planId: string | undefined, lang: Lang): Promise<CurrentPlan> {
  const entity = await client.query('SELECT 1 FROM entities WHERE id = $1', [entityId]);
  if (entity.rowCount === 0) {
    const all = await client.query<{ id: string }>('SELECT id FROM entities ORDER BY id');
    const known = all.rows.map((r) => r.id);
    throw new PlanNotFoundError('entity.unknown', messages.unknownEntity(lang, entityId, known), entityId, []);
  }
  const { rows } = await client.query<{ id: number; plan_key: string; version: number }>(
    'SELECT id, plan_key, version FROM plans WHERE entity_id = $1 AND superseded_at IS NULL ORDER BY plan_key',
    [entityId],
  );
  const keys = rows.map((r) => r.plan_key);
  const chosen = planId === undefined ? (rows.length === 1 ? rows[0] : undefined) : rows.find((r) => r.plan_key === planId);
  if (chosen) return { id: chosen.id, planKey: chosen.plan_key, version: chosen.version };
  if (rows.length === 0) throw new PlanNotFoundError('plan.none', messages.noPlans(lang, entityId), entityId, keys);
  if (planId === undefined) throw new PlanNotFoundError('plan.ambiguous', messages.ambiguousPlan(lang, entityId, keys), entityId, keys);
  throw new PlanNotFoundError('plan.unknown', messages.unknownPlan(lang, entityId, planId, keys), entityId, keys);
}
