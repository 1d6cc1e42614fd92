import type { ImportSummary } from '@performa/api';
import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { storeVersion } from '../db/storage-bridge.js';
import { inTx } from '../db/tx.js';
import { conflict, invalidFields, wrongState } from '../http/errors.js';
import { checkImport } from '../queries/import-preview.js';
import { actorName, bumpDataVersion } from './support.js';

/**
 * Imports a performa/1 document into an entity, all or nothing. An existing plan is replaced only
 * when asked and only while in bozza (an adopted plan changes by rimodulazione).
 */
export async function importPlanCommand(ctx: CommandContext, entityId: string, input: unknown, replace: boolean): Promise<ImportSummary> {
  const checked = checkImport(entityId, input);
  if (!checked.ok) {
    throw invalidFields(checked.problems.map((p) => ({ path: `body.document${p.pointer.replaceAll('/', '.')}`, message: p.message })));
  }
  const { doc, planKey } = checked;
  return inTx(ctx.app.pool, async (tx) => {
    const existing = await tx.query<{ id: number }>(
      'SELECT id FROM plans WHERE entity_id = $1 AND plan_key = $2 AND superseded_at IS NULL',
      [entityId, planKey],
    );
    if (existing.rows[0]) {
      if (!replace) throw conflict(`Il piano ${planKey} dell'ente ${entityId} esiste già: confermare la sostituzione (replace) per crearne una nuova versione.`);
      const state = await tx.query<{ state: string }>('SELECT state FROM plan_workflow WHERE entity_id = $1 AND plan_key = $2', [entityId, planKey]);
      if (state.rows[0] && state.rows[0].state !== 'bozza') {
        throw wrongState('Il piano è adottato: non si sostituisce con un import, si modifica con una rimodulazione.');
      }
    }
    const stored = await storeVersion(ctx.app.store, tx, doc, { replace, actor: actorName(ctx.actor) });
    await tx.query(
      `INSERT INTO plan_versions (plan_id, entity_id, kind, created_by, created_by_name) VALUES ($1, $2, 'import', $3, $4)`,
      [stored.planRowId, entityId, ctx.actor.userId, actorName(ctx.actor)],
    );
    await bumpDataVersion(tx, entityId, planKey);
    await appendAudit(tx, ctx.actor, {
      entityId,
      objectType: 'plan',
      objectId: planKey,
      action: stored.replaced ? 'plan.replace' : 'plan.import',
      before: existing.rows[0] ? { version: stored.version - 1 } : null,
      after: { version: stored.version, created: stored.created },
    });
    return {
      entityId: stored.entityId,
      planId: stored.planId,
      version: stored.version,
      replaced: stored.replaced,
      entityCreated: stored.entityCreated,
      created: stored.created,
    };
  });
}
