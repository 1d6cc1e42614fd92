import type pg from 'pg';
import type { StoredPlan } from '../mapping/from-rows.js';
import { TABLES, type TableName } from '../mapping/tables.js';

/** Reads every row of one plan version, each table in document order. */
export async function readPlan(client: pg.ClientBase, entityId: string, planRowId: number): Promise<StoredPlan> {
  const plan = await client.query('SELECT * FROM plans WHERE id = $1 AND entity_id = $2', [planRowId, entityId]);
  const parts = {} as Record<TableName, Record<string, unknown>[]>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const spec = TABLES[name];
    const order = 'parent' in spec ? `"${spec.parent.column}", position` : 'position';
    const result = await client.query(`SELECT * FROM "${spec.table}" WHERE plan_id = $1 ORDER BY ${order}`, [planRowId]);
    parts[name] = result.rows;
  }
  return { entityId, plan: plan.rows[0] as Record<string, unknown>, ...parts };
}
