import type { PlanDocument } from '@performa/core';
import { importPlanInTx, readPlanVersion, type ImportSummary, type Store } from '@performa/storage';
import type { Tx } from './tx.js';

/**
 * What the server needs from the storage package beyond its commands: any version (row of
 * `plans`) as a performa/1 document, and a new version stored inside the caller's transaction (so
 * that the version, its workflow rows and its audit record commit together).
 */
export function readVersionDocument(store: Store, q: Tx | null, entityId: string, _planKey: string, rowId: number): Promise<PlanDocument> {
  return readPlanVersion(q ?? store, entityId, rowId);
}

export function storeVersion(
  _store: Store,
  tx: Tx,
  doc: PlanDocument,
  options: { replace: boolean; actor: string | null },
): Promise<ImportSummary> {
  return importPlanInTx(tx, doc, { replace: options.replace, actor: options.actor });
}
