import { z } from 'zod';
import { ByWhom, Id, Timestamp } from './common.js';

/** One audit record (append-only, hash-chained per entity). */
export const AuditRecord = z.object({
  seq: z.number().int(),
  at: Timestamp,
  entityId: z.string(),
  actor: ByWhom,
  objectType: z.string(),
  objectId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  hash: z.string(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const HistoryQuery = z.object({
  /** `plan`, `period`, `entry`, `override`, `note`, `narrative`, `user`, `entity`, `document`; `objective` (id `PLAN/OBJECTIVE`): the plan changes and overrides that touched it. */
  objectType: Id,
  /** The object's id as the audit names it (see docs/server.md), e.g. `2021/I-cassetto/2021` for an entry. */
  objectId: Id,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const HistoryBody = z.array(AuditRecord);
