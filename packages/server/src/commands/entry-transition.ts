import type { EntryBody } from '@performa/api';
import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { wrongState } from '../http/errors.js';
import { entryBody } from '../presenters/entry.js';
import type { EntryRow } from '../queries/overlay.js';
import { lockEntry, type EntryTarget } from './save-entry.js';
import { actorName, bumpDataVersion, entryObjectId, requireOpenPeriod, requireRunningPlan } from './support.js';

type State = EntryRow['state'];

export interface Transition {
  action: 'entry.submit' | 'entry.approve' | 'entry.return';
  from: State[];
  to: State;
  /** Italian: why the transition is refused from another state. */
  refused: string;
}

/**
 * Moves an entry along its workflow (bozza → inviato → validato | restituito → inviato), under the
 * entry's row lock and version check, with its audit record, in one transaction.
 */
export async function transitionEntry(
  ctx: CommandContext,
  target: EntryTarget,
  expectedVersion: number,
  transition: Transition,
  comment: string | null = null,
): Promise<EntryBody> {
  const { meta, indicator, period } = target;
  requireRunningPlan(meta);
  return inTx(ctx.app.pool, async (tx) => {
    await requireOpenPeriod(tx, meta.entityId, meta.planKey, period);
    const before = await lockEntry(tx, target, expectedVersion);
    if (!before || !transition.from.includes(before.state)) throw wrongState(transition.refused);
    if (transition.action === 'entry.submit' && before.status === null && before.value_number === null && before.value_date === null
      && before.value_bool === null && before.numerator === null) {
      throw wrongState('Inserire un valore, o dichiarare il dato non disponibile, prima di inviarlo.');
    }
    const now = new Date().toISOString();
    const submitted = transition.action === 'entry.submit';
    const { rows } = await tx.query<EntryRow>(
      `UPDATE entries SET state = $5, version = version + 1,
              comment = CASE WHEN $5 = 'restituito' THEN $6 WHEN $5 = 'validato' THEN NULL ELSE comment END,
              updated_at = $7, updated_by = $8, updated_by_name = $9,
              submitted_at = CASE WHEN $10 THEN $7::timestamptz ELSE submitted_at END,
              submitted_by = CASE WHEN $10 THEN $8 ELSE submitted_by END,
              submitted_by_name = CASE WHEN $10 THEN $9 ELSE submitted_by_name END
        WHERE entity_id = $1 AND plan_key = $2 AND indicator = $3 AND period = $4
        RETURNING *`,
      [meta.entityId, meta.planKey, indicator, period, transition.to, comment, now, ctx.actor.userId, actorName(ctx.actor), submitted],
    );
    const after = rows[0]!;
    await bumpDataVersion(tx, meta.entityId, meta.planKey);
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'entry',
      objectId: entryObjectId(meta.planKey, indicator, period),
      action: transition.action,
      before: entryBody(before),
      after: entryBody(after),
      reason: comment,
    });
    return entryBody(after);
  });
}
