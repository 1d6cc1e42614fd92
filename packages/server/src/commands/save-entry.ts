import type { EntryBody, SaveEntryBody } from '@performa/api';
import { isIsoDate, type PlanDocument } from '@performa/core';
import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx, type Tx } from '../db/tx.js';
import { conflict, invalid, invalidFields, wrongState } from '../http/errors.js';
import { entryBody, entryOrImported } from '../presenters/entry.js';
import type { EntryRow } from '../queries/overlay.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { valueKind } from '../queries/value-kind.js';
import { actorName, bumpDataVersion, entryObjectId, requireOpenPeriod, requireRunningPlan } from './support.js';

export interface EntryTarget {
  meta: PlanMeta;
  /** The document of the version in force for the period (no entered values). */
  base: PlanDocument;
  indicator: string;
  period: string;
}

/** Locks the entry row; 409 with the current entry when the caller read another version. */
export async function lockEntry(tx: Tx, target: EntryTarget, expectedVersion: number): Promise<EntryRow | undefined> {
  const { meta, indicator, period } = target;
  const { rows } = await tx.query<EntryRow>(
    'SELECT * FROM entries WHERE entity_id = $1 AND plan_key = $2 AND indicator = $3 AND period = $4 FOR UPDATE',
    [meta.entityId, meta.planKey, indicator, period],
  );
  const row = rows[0];
  const current = row?.version ?? 0;
  if (current !== expectedVersion) {
    throw conflict(
      `Il valore è stato modificato da ${row?.updated_by_name ?? 'un altro utente'} nel frattempo (versione ${current}, letta ${expectedVersion}): ricaricare e riprovare.`,
      entryOrImported(row, target.base, indicator, period),
    );
  }
  return row;
}

/** The value columns of an entry, as stored. */
type Values = Pick<EntryRow, 'value_number' | 'value_date' | 'value_bool' | 'status' | 'numerator' | 'denominator' | 'note'>;

/** Checks a value against what the period's targets ask for; Italian field messages. */
export function checkValues(base: PlanDocument, indicator: string, period: string, body: SaveEntryBody): Values {
  const kind = valueKind(base, indicator, period);
  const value = body.value ?? null;
  const status = body.status ?? null;
  const numerator = body.numerator ?? null;
  const denominator = body.denominator ?? null;
  const note = body.note?.trim() || null;
  const fields: { path: string; message: string }[] = [];
  if (status === 'ND' && !note) fields.push({ path: 'body.note', message: 'Indicare il motivo per cui il dato non è disponibile.' });
  if (value !== null) {
    if (kind === 'date' && !isIsoDate(value)) {
      fields.push({ path: 'body.value', message: 'Indicare la data di completamento (AAAA-MM-GG).' });
    } else if (kind === 'boolean' && typeof value !== 'boolean') {
      fields.push({ path: 'body.value', message: 'Indicare SI o NO.' });
    } else if (kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
      fields.push({ path: 'body.value', message: 'Indicare un numero.' });
    } else if (kind === 'any' && typeof value === 'string' && !isIsoDate(value)) {
      fields.push({ path: 'body.value', message: 'Data non valida.' });
    }
  }
  if ((numerator === null) !== (denominator === null)) {
    fields.push({ path: numerator === null ? 'body.numerator' : 'body.denominator', message: 'Indicare sia il numeratore sia il denominatore.' });
  }
  if (value === null && status === null && denominator === 0) {
    fields.push({ path: 'body.denominator', message: 'Il denominatore non può essere zero: indicare il valore o dichiarare il dato non disponibile.' });
  }
  if (numerator !== null && kind !== 'number' && kind !== 'any' && value === null) {
    fields.push({ path: 'body.value', message: kind === 'date' ? 'Per questo indicatore serve una data.' : 'Per questo indicatore serve SI o NO.' });
  }
  if (fields.length) throw invalidFields(fields);
  return {
    value_number: typeof value === 'number' ? value : null,
    value_date: typeof value === 'string' ? value : null,
    value_bool: typeof value === 'boolean' ? value : null,
    status,
    numerator,
    denominator,
    note,
  };
}

/** Saves a value as a draft (bozza), with optimistic concurrency on the entry's version. */
export async function saveEntry(ctx: CommandContext, target: EntryTarget, body: SaveEntryBody): Promise<EntryBody> {
  const { meta, indicator, period } = target;
  if (!(target.base.indicators ?? []).some((i) => i.id === indicator)) throw invalid('params.indicatorId', `Indicatore sconosciuto: ${indicator}.`);
  requireRunningPlan(meta);
  const values = checkValues(target.base, indicator, period, body);
  return inTx(ctx.app.pool, async (tx) => {
    await requireOpenPeriod(tx, meta.entityId, meta.planKey, period);
    const before = await lockEntry(tx, target, body.expectedVersion);
    if (before?.state === 'inviato') {
      throw wrongState('Il valore è in attesa di validazione: il dirigente deve validarlo o restituirlo prima di poterlo modificare.');
    }
    const now = new Date().toISOString();
    const { rows } = await tx.query<EntryRow>(
      `INSERT INTO entries (entity_id, plan_key, indicator, period, value_number, value_date, value_bool, status, numerator,
                            denominator, note, state, comment, version, updated_at, updated_by, updated_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'bozza', NULL, 1, $12, $13, $14)
       ON CONFLICT (entity_id, plan_key, indicator, period) DO UPDATE SET
         value_number = EXCLUDED.value_number, value_date = EXCLUDED.value_date, value_bool = EXCLUDED.value_bool,
         status = EXCLUDED.status, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, note = EXCLUDED.note,
         state = 'bozza', comment = entries.comment, version = entries.version + 1,
         updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by, updated_by_name = EXCLUDED.updated_by_name
       WHERE entries.version = $15
       RETURNING *`,
      [
        meta.entityId, meta.planKey, indicator, period, values.value_number, values.value_date, values.value_bool, values.status,
        values.numerator, values.denominator, values.note, now, ctx.actor.userId, actorName(ctx.actor), body.expectedVersion,
      ],
    );
    const saved = rows[0];
    if (!saved) {
      // Inserted meanwhile by a concurrent first save (no row to lock before): same answer as a stale version.
      const again = await lockEntry(tx, target, -1).catch((error: unknown) => error);
      throw again;
    }
    await bumpDataVersion(tx, meta.entityId, meta.planKey);
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'entry',
      objectId: entryObjectId(meta.planKey, indicator, period),
      action: 'entry.save',
      before: entryOrImported(before, target.base, indicator, period),
      after: entryBody(saved),
    });
    return entryBody(saved);
  });
}
