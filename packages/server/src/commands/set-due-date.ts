import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import type { PlanMeta } from '../queries/plan-meta.js';

/** Sets (or clears) the due date of a period's values: reminders and "dati mancanti" use it. */
export async function setDueDate(ctx: CommandContext, meta: PlanMeta, period: string, dueDate: string | null): Promise<void> {
  await inTx(ctx.app.pool, async (tx) => {
    await tx.query('INSERT INTO period_workflow (entity_id, plan_key, period) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [meta.entityId, meta.planKey, period]);
    const { rows } = await tx.query<{ due_date: string | null }>(
      'SELECT due_date FROM period_workflow WHERE entity_id = $1 AND plan_key = $2 AND period = $3 FOR UPDATE',
      [meta.entityId, meta.planKey, period],
    );
    await tx.query('UPDATE period_workflow SET due_date = $4 WHERE entity_id = $1 AND plan_key = $2 AND period = $3', [meta.entityId, meta.planKey, period, dueDate]);
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'period',
      objectId: `${meta.planKey}/${period}`,
      action: 'period.dueDate',
      before: { dueDate: rows[0]!.due_date },
      after: { dueDate },
    });
  });
}
