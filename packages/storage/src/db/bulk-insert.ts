import type pg from 'pg';
import type { TableSpec } from '../mapping/tables.js';

const q = (identifier: string) => `"${identifier}"`;

/**
 * One INSERT ... SELECT for all the rows of a table: the rows travel as ONE json parameter that
 * json_to_recordset unpacks server-side (fast at 100k rows, and no value is ever spliced into the
 * SQL text: the identifiers come from the constant table specs). $1 entity id, $2 plan row id.
 */
export function bulkInsertSql(spec: TableSpec): string {
  const names = spec.columns.map(([name]) => q(name));
  const record = spec.columns.map(([name, type]) => `${q(name)} ${type}`);
  const selected = names.map((n) => `r.${n}`);
  if (!spec.parent) {
    return (
      `INSERT INTO ${q(spec.table)} (entity_id, plan_id, ${names.join(', ')}) ` +
      `SELECT $1::text, $2::bigint, ${selected.join(', ')} FROM json_to_recordset($3::json) AS r(${record.join(', ')})`
    );
  }
  const { table, column, via } = spec.parent;
  return (
    `INSERT INTO ${q(spec.table)} (entity_id, plan_id, ${q(column)}, ${names.join(', ')}) ` +
    `SELECT $1::text, $2::bigint, p.id, ${selected.join(', ')} ` +
    `FROM json_to_recordset($3::json) AS r(${q(via)} integer, ${record.join(', ')}) ` +
    `JOIN ${q(table)} p ON p.plan_id = $2::bigint AND p.position = r.${q(via)}`
  );
}

/** Inserts `rows` into the table; returns how many were written. */
export async function bulkInsert(
  client: pg.ClientBase,
  spec: TableSpec,
  entityId: string,
  planId: number,
  rows: object[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await client.query(bulkInsertSql(spec), [entityId, planId, JSON.stringify(rows)]);
  return result.rowCount ?? 0;
}
