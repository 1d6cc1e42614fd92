import { z } from 'zod';

export const Id = z.string().min(1).max(200);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'data nel formato AAAA-MM-GG');

export const EntityParams = z.object({ entityId: Id });
export const PlanParams = z.object({ entityId: Id, planId: Id });
export const PeriodQuery = z.object({ period: Id });

/** Body of every error: an Italian message and, for 400, the fields at fault. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ok = z.object({ ok: z.literal(true) });

export const RoleCode = z.enum(['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore']);
export type RoleCode = z.infer<typeof RoleCode>;
