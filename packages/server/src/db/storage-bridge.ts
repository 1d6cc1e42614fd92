import type { PlanDocument } from '@performa/core';
import { exportPlan, importPlan, type ImportSummary, type Store } from '@performa/storage';
import type { Tx } from './tx.js';

/**
 * The two things the server needs from the storage package beyond its public commands: read any
 * version (row of `plans`) as a performa/1 document, and store a new version inside the caller's
 * transaction. TEMPORARY: until storage exposes them (readPlanVersion / importPlanInTx), the
 * current version is read with exportPlan and a new version is stored in its own transaction.
 */
export async function readVersionDocument(store: Store, _q: Tx | null, entityId: string, planKey: string, _rowId: number): Promise<PlanDocument> {
  return exportPlan(store, entityId, planKey);
}

export async function storeVersion(
  store: Store,
  _tx: Tx,
  doc: PlanDocument,
  options: { replace: boolean; actor: string | null },
): Promise<ImportSummary> {
  return importPlan(store, doc, { replace: options.replace, actor: options.actor });
}
