import type { PlanDocument } from '@performa/core';
import { readPlan } from '../db/read-plan.js';
import { findCurrentPlan } from '../db/resolve-plan.js';
import { inTransaction } from '../db/transaction.js';
import { documentOf } from '../mapping/from-rows.js';
import type { Lang } from '../messages.js';
import type { Store } from '../store.js';

export interface ExportOptions {
  lang?: Lang;
}

/**
 * The current version of an entity's plan as a performa/1 document, in canonical order (spec key
 * order, arrays in document order). `planId` may be left out when the entity has one plan.
 */
export async function exportPlan(store: Store, entityId: string, planId?: string, options: ExportOptions = {}): Promise<PlanDocument> {
  const lang = options.lang ?? 'it';
  return inTransaction(
    store.pool,
    async (client) => {
      const plan = await findCurrentPlan(client, entityId, planId, lang);
      return documentOf(await readPlan(client, entityId, plan.id));
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}
