import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { notFound, wrongState } from '../http/errors.js';
import type { OverrideRow } from '../queries/overlay.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { actorName, bumpDataVersion } from './support.js';

/**
 * The OIV (or the Segretario Generale) approves or rejects a proposed override. An approved one is
 * scored from then on; the computed score stays visible beside it.
 */
export async function decideOverride(
  ctx: CommandContext,
  meta: PlanMeta,
  id: number,
  decision: 'approvato' | 'respinto',
  note: string | null,
): Promise<OverrideRow> {
  return inTx(ctx.app.pool, async (tx) => {
    const { rows } = await tx.query<OverrideRow>(
      'SELECT * FROM override_requests WHERE id = $1 AND entity_id = $2 AND plan_key = $3 FOR UPDATE',
      [id, meta.entityId, meta.planKey],
    );
    const before = rows[0];
    if (!before) throw notFound(`Neutralizzazione ${id} non trovata.`);
    if (before.state !== 'proposto') throw wrongState(`La neutralizzazione è già stata ${before.state === 'approvato' ? 'approvata' : 'respinta'}.`);
    const updated = await tx.query<OverrideRow>(
      `UPDATE override_requests SET state = $2, decided_by = $3, decided_by_name = $4, decided_at = now(), decision_note = $5
        WHERE id = $1 RETURNING *`,
      [id, decision, ctx.actor.userId, actorName(ctx.actor), note],
    );
    if (decision === 'approvato') await bumpDataVersion(tx, meta.entityId, meta.planKey);
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'override',
      objectId: String(id),
      action: decision === 'approvato' ? 'override.approve' : 'override.reject',
      before: { state: before.state },
      after: { state: decision, score: before.score },
      reason: note,
    });
    return updated.rows[0]!;
  });
}
