import type { AuditRow } from '../presenters/audit.js';
import type pg from 'pg';
import { GENESIS, linkHash, type AuditContent } from './canonical.js';

export interface BrokenLink {
  entityId: string;
  /** The first record that does not verify (or the missing one). */
  seq: number;
  problem: 'hash' | 'previous' | 'gap' | 'head';
  /** Italian, one line. */
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  entities: number;
  records: number;
  broken: BrokenLink | null;
}

type Row = AuditRow & { prev_hash: string };

const BATCH = 5000;

/**
 * Recomputes every entity's audit chain (or one entity's) and reports the first broken link:
 * a record whose hash does not match its content, whose previous hash is not its predecessor's,
 * a missing sequence number, or a chain head that does not match the last record.
 */
export async function verifyAuditChain(pool: pg.Pool, entityId?: string): Promise<VerifyReport> {
  const heads = await pool.query<{ entity_id: string; seq: number; hash: string }>(
    'SELECT entity_id, seq, hash FROM audit_heads WHERE ($1::text IS NULL OR entity_id = $1) ORDER BY entity_id',
    [entityId ?? null],
  );
  const chained = await pool.query<{ entity_id: string }>(
    'SELECT DISTINCT entity_id FROM audit_records WHERE ($1::text IS NULL OR entity_id = $1) ORDER BY entity_id',
    [entityId ?? null],
  );
  const ids = [...new Set([...heads.rows.map((h) => h.entity_id), ...chained.rows.map((r) => r.entity_id)])].sort();
  let records = 0;
  for (const id of ids) {
    const head = heads.rows.find((h) => h.entity_id === id);
    let previous = GENESIS;
    let expected = 1;
    for (;;) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM audit_records WHERE entity_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3',
        [id, expected, BATCH],
      );
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq !== expected) return fail(ids.length, records, { entityId: id, seq: expected, problem: 'gap', message: `Ente ${id}: manca la registrazione n. ${expected}.` });
        if (row.prev_hash !== previous) {
          return fail(ids.length, records, { entityId: id, seq, problem: 'previous', message: `Ente ${id}, registrazione n. ${seq}: non è collegata alla precedente (hash precedente diverso).` });
        }
        if (linkHash(previous, contentOf(row)) !== row.hash) {
          return fail(ids.length, records, { entityId: id, seq, problem: 'hash', message: `Ente ${id}, registrazione n. ${seq}: il contenuto non corrisponde al suo hash (modificata dopo la scrittura).` });
        }
        previous = row.hash;
        expected = seq + 1;
        records++;
      }
      if (rows.length < BATCH) break;
    }
    const last = expected - 1;
    if (!head || Number(head.seq) !== last || head.hash !== previous) {
      return fail(ids.length, records, { entityId: id, seq: last + 1, problem: 'head', message: `Ente ${id}: la testa della catena (n. ${head?.seq ?? '—'}) non corrisponde all'ultima registrazione (n. ${last}): registrazioni rimosse o aggiunte fuori catena.` });
    }
  }
  return { ok: true, entities: ids.length, records, broken: null };
}

function fail(entities: number, records: number, broken: BrokenLink): VerifyReport {
  return { ok: false, entities, records, broken };
}

export function contentOf(row: Row): AuditContent {
  return {
    entityId: row.entity_id,
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    objectType: row.object_type,
    objectId: row.object_id,
    action: row.action,
    before: row.before,
    after: row.after,
    reason: row.reason,
  };
}
