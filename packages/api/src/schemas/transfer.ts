import { z } from 'zod';
import { IsoDate, QueryFlag } from './common.js';
import { PlanDocumentBody } from './plans.js';

export const ImportBody = z.object({
  document: PlanDocumentBody,
  /** Replace the plan when it exists (its current version is kept as history). */
  replace: z.boolean().default(false),
});

export const Problem = z.object({ pointer: z.string(), code: z.string(), message: z.string() });

/** Dry run: the validation report, or what would be created. Nothing is written. */
export const ImportPreview = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(false), problems: z.array(Problem), report: z.string() }),
  z.object({
    ok: z.literal(true),
    entityId: z.string(),
    entityName: z.string(),
    planId: z.string(),
    /** The plan already exists: confirming needs `replace`. */
    exists: z.boolean(),
    entityExists: z.boolean(),
    /** The version the import would create. */
    version: z.number().int(),
    counts: z.record(z.string(), z.number().int()),
    periods: z.array(z.object({ id: z.string(), start: IsoDate, end: IsoDate })),
  }),
]);
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ExportResultsQuery = z.object({ period: z.string().min(1), explain: QueryFlag.optional() });
