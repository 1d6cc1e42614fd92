import type { PlanDocument } from '@performa/core';
import { importPlanInTx, inTransaction, planKeyOf, StoreInputError, type ImportSummary, type Store } from '@performa/storage';
import { appendAudit } from '../audit/append.js';
import { bumpDataVersion } from './support.js';

/**
 * Imports a performa/1 document from the command line (`performa import`, `performa demo`), with
 * the same guarantees as the API's import: one transaction holding the plan, its version record
 * and its audit record (in the entity's hash chain), and no replacement of an adopted plan.
 */
export async function importPlanOffline(
  store: Store,
  doc: PlanDocument,
  options: { replace?: boolean; lang?: 'it' | 'en'; label: string },
): Promise<ImportSummary> {
  return inTransaction(store.pool, async (tx) => {
    if (options.replace) {
      const planKey = planKeyOf(doc);
      const state = await tx.query<{ state: string }>('SELECT state FROM plan_workflow WHERE entity_id = $1 AND plan_key = $2', [
        doc.entity.id,
        planKey,
      ]);
      if (state.rows[0] && state.rows[0].state !== 'bozza') {
        throw new StoreInputError(
          'plan.adopted',
          options.lang === 'en'
            ? `Plan "${planKey}" is adopted: it is changed by a revision (rimodulazione), not replaced by an import.`
            : `Il piano "${planKey}" è adottato: si modifica con una rimodulazione, non si sostituisce con un import.`,
        );
      }
    }
    const summary = await importPlanInTx(tx, doc, { replace: options.replace ?? false, lang: options.lang ?? 'it', actor: options.label });
    await tx.query(`INSERT INTO plan_versions (plan_id, entity_id, kind, created_by, created_by_name) VALUES ($1, $2, 'import', NULL, $3)`, [
      summary.planRowId,
      summary.entityId,
      options.label,
    ]);
    await bumpDataVersion(tx, summary.entityId, summary.planId);
    await appendAudit(tx, null, {
      entityId: summary.entityId,
      objectType: 'plan',
      objectId: summary.planId,
      action: summary.replaced ? 'plan.replace' : 'plan.import',
      before: summary.replaced ? { version: summary.version - 1 } : null,
      after: { version: summary.version, created: summary.created },
      systemActor: options.label,
    });
    return summary;
  });
}
