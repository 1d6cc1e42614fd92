import { validateDocument, type PlanDocument, type Problem } from '@performa/core';
import type pg from 'pg';
import { bulkInsert } from '../db/bulk-insert.js';
import { inTransaction } from '../db/transaction.js';
import { InvalidDocumentError, PlanExistsError, StoreError, StoreInputError } from '../errors.js';
import { messages, type Lang } from '../messages.js';
import { planRow, partRows } from '../mapping/to-rows.js';
import { INSERT_ORDER, POINTER, TABLES, type TableName } from '../mapping/tables.js';
import { planKeyOf } from '../mapping/plan-key.js';
import type { Store } from '../store.js';

export interface ImportOptions {
  /** Replace the plan when it is already stored (its current version is kept as history). */
  replace?: boolean;
  lang?: Lang;
  /** Who imports (recorded in the audit trail). */
  actor?: string | null;
}

export interface ImportSummary {
  entityId: string;
  /** The plan id within the entity (plan.id, else its first year). */
  planId: string;
  /** 1 for a new plan, n+1 when it replaced version n. */
  version: number;
  replaced: boolean;
  entityCreated: boolean;
  /** Rows written per part. */
  created: Record<TableName, number>;
  /** The id of the new version's row in `plans`. */
  planRowId: number;
}

/**
 * Validates a performa/1 document and stores it as the current version of its plan, in ONE
 * transaction: on any failure nothing is written. An existing plan (same entity and plan id) is
 * refused unless `replace` is set.
 */
export async function importPlan(store: Store, input: PlanDocument | unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const prepared = prepare(input, options.lang ?? 'it');
  return inTransaction(store.pool, (client) => writePlan(client, prepared, options, true));
}

/**
 * importPlan inside the caller's open transaction (`client` has run BEGIN): the caller commits or
 * rolls back. References between parts are checked at the caller's COMMIT (deferred constraints).
 */
export async function importPlanInTx(client: pg.ClientBase, input: PlanDocument | unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  return writePlan(client, prepare(input, options.lang ?? 'it'), options, false);
}

interface Prepared {
  lang: Lang;
  entityId: string;
  planId: string;
  plan: ReturnType<typeof planRow>;
  rows: ReturnType<typeof partRows>;
}

function prepare(input: unknown, lang: Lang): Prepared {
  const checked = validateDocument(input, lang);
  if (!checked.ok) throw new InvalidDocumentError(messages.invalidDocument(lang, checked.problems), checked.problems);
  const doc = checked.document;
  const planId = planKeyOf(doc);
  if (planId === null) {
    const problems: Problem[] = [{ pointer: '/plan', code: 'plan.id', message: messages.noPlanKey(lang) }];
    throw new InvalidDocumentError(messages.invalidDocument(lang, problems), problems);
  }
  return { lang, entityId: doc.entity.id, planId, plan: planRow(doc), rows: partRows(doc) };
}

async function writePlan(client: pg.ClientBase, p: Prepared, options: ImportOptions, checkNow: boolean): Promise<ImportSummary> {
  const { lang, entityId, planId, plan, rows } = p;
  // Two imports of the same plan at once: the second waits, then sees the first one's plan.
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [entityId, planId]);
  const entity = await client.query<{ created: boolean }>(
    `INSERT INTO entities (id, name, extra) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, extra = EXCLUDED.extra, updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [entityId, plan.entity_name, plan.entity_extra],
  );
  const current = await client.query<{ id: number; version: number }>(
    'SELECT id, version FROM plans WHERE entity_id = $1 AND plan_key = $2 AND superseded_at IS NULL FOR UPDATE',
    [entityId, planId],
  );
  const previous = current.rows[0];
  if (previous && !options.replace) throw new PlanExistsError(messages.planExists(lang, entityId, planId), entityId, planId);
  if (previous) await client.query('UPDATE plans SET superseded_at = now() WHERE id = $1', [previous.id]);
  const version = (previous?.version ?? 0) + 1;
  const inserted = await client.query<{ id: number }>(
    `INSERT INTO plans (entity_id, plan_key, version, format, parts, entity_name, entity_extra, declared_id,
                        title, years, act, plan_extra, methodology, extra)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      entityId, planId, version, plan.format, plan.parts, plan.entity_name, plan.entity_extra, plan.declared_id,
      plan.title, plan.years, plan.act, plan.plan_extra, jsonParam(plan.methodology), plan.extra,
    ],
  );
  const planRowId = inserted.rows[0]!.id;
  const created = {} as Record<TableName, number>;
  for (const name of INSERT_ORDER) created[name] = await insertPart(client, name, entityId, planRowId, rows[name], lang);
  if (checkNow) {
    // References are checked at commit (deferred): check them now, while a failure can still be
    // told apart by table.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE').catch((error: unknown) => {
      throw refused(error, pointerOfTable((error as { table?: string }).table), lang);
    });
  }
  await client.query(
    `INSERT INTO audit_events (entity_id, plan_id, action, actor, detail) VALUES ($1, $2, $3, $4, $5)`,
    [entityId, planRowId, previous ? 'plan.replace' : 'plan.import', options.actor ?? null, { planId, version, created }],
  );
  return { entityId, planId, version, replaced: Boolean(previous), entityCreated: entity.rows[0]!.created, created, planRowId };
}

/** A JSON value for a jsonb parameter (pg would send a bare array as a PostgreSQL array). */
const jsonParam = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

async function insertPart(
  client: pg.ClientBase,
  name: TableName,
  entityId: string,
  planRowId: number,
  rows: object[],
  lang: Lang,
): Promise<number> {
  let count: number;
  try {
    count = await bulkInsert(client, TABLES[name], entityId, planRowId, rows);
  } catch (error) {
    throw refused(error, POINTER[name], lang);
  }
  if (count !== rows.length) {
    throw new StoreError('database', messages.databaseFailure(lang, POINTER[name], `${count} / ${rows.length} rows`));
  }
  return count;
}

/** A database error during the import, as a store error naming the part of the document. */
function refused(error: unknown, pointer: string, lang: Lang): StoreError {
  const { code, message, detail } = error as { code?: string; message: string; detail?: string };
  const text = messages.databaseFailure(lang, pointer, detail ? `${message} (${detail})` : message);
  // Data exceptions (22…) and integrity violations (23…) are the document's; anything else is ours.
  if (code?.startsWith('22') || code?.startsWith('23')) return new StoreInputError('document.refused', text, { cause: error });
  return new StoreError('database', text, { cause: error });
}

const pointerOfTable = (table: string | undefined) =>
  (Object.keys(TABLES) as TableName[]).map((name) => (TABLES[name].table === table ? POINTER[name] : null)).find(Boolean) ?? '/';
