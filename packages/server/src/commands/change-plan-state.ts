import type { PlanState } from '@performa/api';
import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { wrongState } from '../http/errors.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { actorName } from './support.js';

export type PlanTransition = 'adopt' | 'startMonitoring' | 'close' | 'validate';

/** The plan's lifecycle: bozza → adottato → in_monitoraggio → chiuso → validato. */
export const PLAN_TRANSITIONS: Record<PlanTransition, { from: PlanState; to: PlanState; label: string }> = {
  adopt: { from: 'bozza', to: 'adottato', label: 'adottare' },
  startMonitoring: { from: 'adottato', to: 'in_monitoraggio', label: 'avviare il monitoraggio di' },
  close: { from: 'in_monitoraggio', to: 'chiuso', label: 'chiudere' },
  validate: { from: 'chiuso', to: 'validato', label: 'validare' },
};

const STATE_NAMES: Record<PlanState, string> = {
  bozza: 'in bozza', adottato: 'adottato', in_monitoraggio: 'in monitoraggio', chiuso: 'chiuso', validato: 'validato',
};

/** Moves the plan one step along its lifecycle (the state row is locked; audited). */
export async function changePlanState(
  ctx: CommandContext,
  meta: PlanMeta,
  transition: PlanTransition,
  details: { act?: string; actDate?: string; note?: string },
): Promise<void> {
  const t = PLAN_TRANSITIONS[transition];
  await inTx(ctx.app.pool, async (tx) => {
    await tx.query('INSERT INTO plan_workflow (entity_id, plan_key) VALUES ($1, $2) ON CONFLICT DO NOTHING', [meta.entityId, meta.planKey]);
    const { rows } = await tx.query<{ state: PlanState; adoption_act: string | null; adoption_date: string | null }>(
      'SELECT state, adoption_act, adoption_date FROM plan_workflow WHERE entity_id = $1 AND plan_key = $2 FOR UPDATE',
      [meta.entityId, meta.planKey],
    );
    const current = rows[0]!;
    if (current.state !== t.from) {
      throw wrongState(`Non si può ${t.label} un piano ${STATE_NAMES[current.state]}: serve un piano ${STATE_NAMES[t.from]}.`);
    }
    await tx.query(
      `UPDATE plan_workflow SET state = $3, state_changed_at = now(), state_changed_by = $4,
              adoption_act = COALESCE($5, adoption_act), adoption_date = COALESCE($6::date, adoption_date),
              data_version = data_version + 1
        WHERE entity_id = $1 AND plan_key = $2`,
      [meta.entityId, meta.planKey, t.to, ctx.actor.userId, details.act ?? null, details.actDate ?? null],
    );
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'plan',
      objectId: meta.planKey,
      action: `plan.${transition}`,
      before: { state: current.state },
      after: { state: t.to, ...(details.act ? { act: details.act, actDate: details.actDate } : {}), by: actorName(ctx.actor) },
      reason: details.note ?? null,
    });
  });
}
