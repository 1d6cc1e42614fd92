import type { PlanDocument } from '@performa/core';
import type pg from 'pg';
import { readPlan } from '../db/read-plan.js';
import { inTransaction } from '../db/transaction.js';
import { PlanNotFoundError } from '../errors.js';
import { documentOf } from '../mapping/from-rows.js';
import type { Store } from '../store.js';

/**
 * Any version of a plan (a row of `plans`, current or superseded) as a performa/1 document. Given a
 * store it reads in its own snapshot; given a client it reads inside the caller's transaction.
 */
export async function readPlanVersion(source: Store | pg.ClientBase, entityId: string, planRowId: number): Promise<PlanDocument> {
  const read = async (client: pg.ClientBase) => {
    const found = await client.query('SELECT 1 FROM plans WHERE id = $1 AND entity_id = $2', [planRowId, entityId]);
    if (found.rowCount === 0) {
      throw new PlanNotFoundError('plan.unknown', `Versione di piano ${planRowId} dell'ente "${entityId}" inesistente.`, entityId, []);
    }
    return documentOf(await readPlan(client, entityId, planRowId));
  };
  if ('pool' in source) return inTransaction(source.pool, read, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  return read(source);
}
