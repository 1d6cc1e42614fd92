import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/tx.js';
import { periodClosed, wrongState } from '../http/errors.js';
import type { PlanMeta } from '../queries/plan-meta.js';

export const actorName = (actor: Actor | null) => (actor ? (actor.name ?? actor.email) : null);

/** A change that moves scores: the plan's data version grows (the results cache key). Call last but the audit. */
export async function bumpDataVersion(tx: Tx, entityId: string, planKey: string): Promise<void> {
  await tx.query(
    `INSERT INTO plan_workflow (entity_id, plan_key, data_version) VALUES ($1, $2, 1)
     ON CONFLICT (entity_id, plan_key) DO UPDATE SET data_version = plan_workflow.data_version + 1`,
    [entityId, planKey],
  );
}

/**
 * Writes to a period need it open, read under a share lock so that it cannot be closed before
 * this transaction commits (closing takes the row exclusively).
 */
export async function requireOpenPeriod(tx: Tx, entityId: string, planKey: string, period: string): Promise<void> {
  await tx.query(
    'INSERT INTO period_workflow (entity_id, plan_key, period) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [entityId, planKey, period],
  );
  const { rows } = await tx.query<{ state: string }>(
    'SELECT state FROM period_workflow WHERE entity_id = $1 AND plan_key = $2 AND period = $3 FOR SHARE',
    [entityId, planKey, period],
  );
  if (rows[0]?.state === 'chiuso') throw periodClosed(period);
}

/** Values are entered while the cycle runs: not in a closed or validated plan. */
export function requireRunningPlan(meta: PlanMeta): void {
  if (meta.state === 'chiuso' || meta.state === 'validato') {
    throw wrongState(`Il piano è ${meta.state === 'chiuso' ? 'chiuso' : 'validato'}: i valori non si possono più modificare.`);
  }
}

export const entryObjectId = (planKey: string, indicator: string, period: string) => `${planKey}/${indicator}/${period}`;
