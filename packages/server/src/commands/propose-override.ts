import type { OverrideBody } from '@performa/api';
import type { PlanDocument } from '@performa/core';
import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { invalid, wrongState } from '../http/errors.js';
import { overrideBody } from '../presenters/override.js';
import type { OverrideRow } from '../queries/overlay.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { actorName } from './support.js';

export interface OverrideProposal {
  objective: string;
  indicator: string | null;
  period: string;
  score: number;
  reason: string;
}

/** Proposes a neutralisation of a score; it counts only once the OIV or the Segretario Generale approves it. */
export async function proposeOverride(ctx: CommandContext, meta: PlanMeta, base: PlanDocument, proposal: OverrideProposal): Promise<OverrideBody> {
  if (meta.state === 'validato') throw wrongState('Il ciclo è validato: non si possono più proporre neutralizzazioni.');
  if (!base.objectives.some((o) => o.id === proposal.objective)) throw invalid('body.objective', `Obiettivo sconosciuto: ${proposal.objective}.`);
  if (proposal.indicator && !(base.assignments ?? []).some((a) => a.objective === proposal.objective && a.indicator === proposal.indicator)) {
    throw invalid('body.indicator', `L'obiettivo ${proposal.objective} non ha l'indicatore ${proposal.indicator}.`);
  }
  return inTx(ctx.app.pool, async (tx) => {
    const { rows } = await tx.query<OverrideRow>(
      `INSERT INTO override_requests (entity_id, plan_key, objective, indicator, period, score, reason, state, proposed_by, proposed_by_name, proposed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'proposto', $8, $9, now()) RETURNING *`,
      [meta.entityId, meta.planKey, proposal.objective, proposal.indicator, proposal.period, proposal.score, proposal.reason, ctx.actor.userId, actorName(ctx.actor)],
    );
    const row = rows[0]!;
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'override',
      objectId: String(row.id),
      action: 'override.propose',
      before: null,
      after: proposal,
      reason: proposal.reason,
    });
    return overrideBody(row, null);
  });
}
