import type { AuditRecord } from '@performa/api';

export interface AuditRow {
  entity_id: string;
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  object_type: string;
  object_id: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  hash: string;
}

export const auditRecordBody = (r: AuditRow): AuditRecord => ({
  seq: Number(r.seq),
  at: new Date(r.at).toISOString(),
  entityId: r.entity_id,
  actor: r.actor_id ? { userId: r.actor_id, name: r.actor_name ?? r.actor_id } : null,
  objectType: r.object_type,
  objectId: r.object_id,
  action: r.action,
  before: r.before,
  after: r.after,
  reason: r.reason,
  hash: r.hash,
});
