import type { PlanChange } from '@performa/api';
import { validateDocument } from '@performa/core';
import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { storeVersion } from '../db/storage-bridge.js';
import { inTx, json } from '../db/tx.js';
import { HttpError, invalidFields, wrongState } from '../http/errors.js';
import { applyChanges } from '../plan-changes/apply.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { actorName, bumpDataVersion } from './support.js';

export type ChangeMode = { kind: 'modifica' } | { kind: 'rimodulazione'; act: string; actDate: string; effectiveFrom: string };

/**
 * Changes a plan. In `bozza` the changes make the next working version (kind `modifica`, in force
 * from the start). Once adopted the plan is frozen: changes make a rimodulazione — a new version
 * recording act, date and a reason per change, in force from `effectiveFrom` (periods ending
 * before keep the version they were scored on). Either way the new document is validated by the
 * core first; nothing is written when it fails.
 */
export async function applyPlanChanges(ctx: CommandContext, meta: PlanMeta, changes: PlanChange[], mode: ChangeMode): Promise<number> {
  if (meta.state === 'chiuso' || meta.state === 'validato') throw wrongState('Il ciclo è chiuso: il piano non si può più modificare.');
  if (mode.kind === 'modifica' && meta.state !== 'bozza') {
    throw wrongState('Il piano è adottato: ogni modifica è una rimodulazione (nuova versione con atto, data e motivo).');
  }
  if (mode.kind === 'rimodulazione') {
    if (meta.state === 'bozza') throw wrongState('Il piano è in bozza: si modifica direttamente, senza rimodulazione.');
    const missing = changes.flatMap((c, i) => (c.reason?.trim() ? [] : [{ path: `body.changes.${i}.reason`, message: 'Indicare il motivo della modifica.' }]));
    if (missing.length) throw invalidFields(missing);
    const locked = meta.periods.filter((p) => p.state === 'chiuso' && p.end >= mode.effectiveFrom);
    if (locked.length) {
      throw new HttpError(423, 'period_closed', `La rimodulazione varrebbe anche per periodi chiusi (${locked.map((p) => p.id).join(', ')}): indicare una decorrenza successiva o riaprirli.`);
    }
  }
  const base = await ctx.app.scoring.base(meta, meta.current);
  const next = applyChanges(base, changes, { act: mode.kind === 'rimodulazione' ? mode.act : null });
  const checked = validateDocument(next, 'it');
  if (!checked.ok) {
    throw invalidFields(checked.problems.map((p) => ({ path: `document${p.pointer.replaceAll('/', '.')}`, message: p.message })));
  }
  return inTx(ctx.app.pool, async (tx) => {
    const lock = await tx.query<{ version: number }>(
      'SELECT version FROM plans WHERE entity_id = $1 AND plan_key = $2 AND superseded_at IS NULL FOR UPDATE',
      [meta.entityId, meta.planKey],
    );
    if (lock.rows[0]?.version !== meta.current.version) throw wrongState('Il piano è stato modificato nel frattempo: ricaricare e riprovare.');
    const stored = await storeVersion(ctx.app.store, tx, checked.document, { replace: true, actor: actorName(ctx.actor) });
    const r = mode.kind === 'rimodulazione' ? mode : null;
    await tx.query(
      `INSERT INTO plan_versions (plan_id, entity_id, kind, act, act_date, effective_from, changes, created_by, created_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [stored.planRowId, meta.entityId, mode.kind, r?.act ?? null, r?.actDate ?? null, r?.effectiveFrom ?? null, json(changes), ctx.actor.userId, actorName(ctx.actor)],
    );
    await bumpDataVersion(tx, meta.entityId, meta.planKey);
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'plan',
      objectId: meta.planKey,
      action: mode.kind === 'rimodulazione' ? 'plan.rimodulazione' : 'plan.modifica',
      before: { version: meta.current.version },
      after: { version: stored.version, changes, ...(r ? { act: r.act, actDate: r.actDate, effectiveFrom: r.effectiveFrom } : {}) },
      reason: r ? r.act : null,
    });
    return stored.version;
  });
}
