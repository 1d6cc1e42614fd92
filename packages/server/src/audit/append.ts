import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/tx.js';
import { json } from '../db/tx.js';
import { GENESIS, linkHash, type AuditContent } from './canonical.js';

export interface AuditEvent {
  entityId: string;
  objectType: string;
  objectId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Who acted when no user did (a command-line operation): recorded as the actor's name. */
  systemActor?: string;
}

/** JSON values only (dates → strings, undefined dropped): what jsonb will give back. */
const plain = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * Appends one record to the entity's audit chain, inside the caller's transaction (so the record
 * exists exactly when the change does). Appends of one entity are serialised by locking its
 * chain-head row; the record's hash links it to the previous one.
 */
export async function appendAudit(tx: Tx, actor: Actor | null, event: AuditEvent): Promise<{ seq: number; hash: string }> {
  await tx.query('INSERT INTO audit_heads (entity_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (entity_id) DO NOTHING', [event.entityId, GENESIS]);
  const head = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_heads WHERE entity_id = $1 FOR UPDATE', [event.entityId]);
  const previous = head.rows[0]!;
  const content: AuditContent = {
    entityId: event.entityId,
    seq: Number(previous.seq) + 1,
    at: new Date().toISOString(),
    actorId: actor?.userId ?? null,
    actorName: actor ? (actor.name ?? actor.email) : (event.systemActor ?? null),
    objectType: event.objectType,
    objectId: event.objectId,
    action: event.action,
    before: plain(event.before),
    after: plain(event.after),
    reason: event.reason ?? null,
  };
  const hash = linkHash(previous.hash, content);
  await tx.query(
    `INSERT INTO audit_records (entity_id, seq, at, actor_id, actor_name, object_type, object_id, action, before, after, reason, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      content.entityId, content.seq, content.at, content.actorId, content.actorName, content.objectType, content.objectId,
      content.action, json(content.before), json(content.after), content.reason, previous.hash, hash,
    ],
  );
  await tx.query('UPDATE audit_heads SET seq = $2, hash = $3 WHERE entity_id = $1', [event.entityId, content.seq, hash]);
  return { seq: content.seq, hash };
}
