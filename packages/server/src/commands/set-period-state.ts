import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { wrongState } from '../http/errors.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { actorName } from './support.js';

export type PeriodOperation = { op: 'open'; dueDate?: string } | { op: 'close'; note?: string } | { op: 'reopen'; reason: string; dueDate?: string };

interface Row {
  state: 'aperto' | 'chiuso';
  due_date: string | null;
  closed_at: Date | null;
  reopen_reason: string | null;
}

/**
 * Opens, closes (locks) or reopens a period. Closing takes the period row exclusively, so it waits
 * for value writes in progress (they hold it shared) and no write commits after it. Reopening a
 * closed period needs a reason; every change is audited.
 */
export async function setPeriodState(ctx: CommandContext, meta: PlanMeta, period: string, operation: PeriodOperation): Promise<void> {
  await inTx(ctx.app.pool, async (tx) => {
    await tx.query('INSERT INTO period_workflow (entity_id, plan_key, period) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [meta.entityId, meta.planKey, period]);
    const { rows } = await tx.query<Row>(
      'SELECT state, due_date, closed_at, reopen_reason FROM period_workflow WHERE entity_id = $1 AND plan_key = $2 AND period = $3 FOR UPDATE',
      [meta.entityId, meta.planKey, period],
    );
    const before = rows[0]!;
    if (operation.op === 'close' && before.state === 'chiuso') throw wrongState(`Il periodo ${period} è già chiuso.`);
    if (operation.op === 'open' && before.state === 'chiuso') throw wrongState(`Il periodo ${period} è chiuso: per riaprirlo indicare il motivo (riapertura).`);
    if (operation.op === 'reopen' && before.state !== 'chiuso') throw wrongState(`Il periodo ${period} è già aperto.`);
    const state = operation.op === 'close' ? 'chiuso' : 'aperto';
    const dueDate = operation.op !== 'close' && operation.dueDate !== undefined ? operation.dueDate : before.due_date;
    await tx.query(
      `UPDATE period_workflow SET state = $4, due_date = $5,
              closed_at = CASE WHEN $4 = 'chiuso' THEN now() ELSE closed_at END,
              closed_by = CASE WHEN $4 = 'chiuso' THEN $6 ELSE closed_by END,
              reopen_reason = CASE WHEN $7::text IS NOT NULL THEN $7 ELSE reopen_reason END
        WHERE entity_id = $1 AND plan_key = $2 AND period = $3`,
      [meta.entityId, meta.planKey, period, state, dueDate, ctx.actor.userId, operation.op === 'reopen' ? operation.reason : null],
    );
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'period',
      objectId: `${meta.planKey}/${period}`,
      action: `period.${operation.op}`,
      before: { state: before.state, dueDate: before.due_date },
      after: { state, dueDate, by: actorName(ctx.actor) },
      reason: operation.op === 'reopen' ? operation.reason : operation.op === 'close' ? (operation.note ?? null) : null,
    });
  });
}
