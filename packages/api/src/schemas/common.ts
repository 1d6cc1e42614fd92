import { z } from 'zod';

export const Id = z.string().min(1).max(200);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'data nel formato AAAA-MM-GG');
/** An ISO 8601 timestamp (`2021-07-15T10:00:00.000Z`). */
export const Timestamp = z.string();

export const EntityParams = z.object({ entityId: Id });
export const PlanParams = z.object({ entityId: Id, planId: Id });
export const PeriodParams = PlanParams.extend({ periodId: Id });
export const PeriodQuery = z.object({ period: Id });
export const OptionalPeriodQuery = z.object({ period: Id.optional() });
/** `true`/`false` in a query string. */
export const QueryFlag = z.enum(['true', 'false']);

/** Body of every error: an Italian message and, for 400, the fields at fault. */
export const ErrorBody = z.object({
  /** Machine code: `invalid`, `unauthenticated`, `forbidden`, `not_found`, `conflict`, `period_closed`, `state`, `rate_limited`, `internal`. */
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** 409: the current state of the object (e.g. the value saved meanwhile by someone else). */
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ok = z.object({ ok: z.literal(true) });

export const RoleCode = z.enum(['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore']);
export type RoleCode = z.infer<typeof RoleCode>;

/** A role held in one entity; `units` scopes dirigente (subtree) and referente (those units). */
export const RoleGrantBody = z.object({ entityId: Id, role: RoleCode, units: z.array(Id) });
export type RoleGrantBody = z.infer<typeof RoleGrantBody>;

/** A performa/1 target (spec §2.6). */
export const TargetBody = z.object({
  op: z.enum(['>=', '>', '<=', '<', '=', 'between', 'by', 'yes', 'monitor']),
  value: z.number().nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  date: IsoDate.nullable().optional(),
  text: z.string().nullable().optional(),
});
export type TargetBody = z.infer<typeof TargetBody>;

/** A score as results give it: unrounded fraction or null with its status (spec §4). */
export const ScoreBody = z.object({
  score: z.number().nullable(),
  status: z.enum(['ND', 'NC', 'NS']).optional(),
  computed: z.number().nullable().optional(),
  verdict: z.string().optional(),
});
export type ScoreBody = z.infer<typeof ScoreBody>;

/** Who did something, for display. */
export const ByWhom = z.object({ userId: z.string(), name: z.string() }).nullable();
