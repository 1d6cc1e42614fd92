import { z } from 'zod';

export const PlanSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  years: z.array(z.number().int()).nullable(),
  act: z.string().nullable(),
  version: z.number().int(),
  state: z.string(),
  periods: z.array(z.object({ id: z.string(), start: z.string(), end: z.string(), year: z.string().nullable() })),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  plans: z.array(PlanSummary),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** A performa/1 document (validated by the core's validator, not by zod: its report is richer). */
export const PlanDocumentBody = z.looseObject({ format: z.literal('performa/1') });

/** A performa/1-results document (spec §4); its exact shape is the core's `Results` type. */
export const ResultsBody = z.looseObject({
  format: z.literal('performa/1-results'),
  period: z.string(),
  entity: z.looseObject({ score: z.number().nullable() }),
  objectives: z.record(z.string(), z.looseObject({ score: z.number().nullable() })),
  assignments: z.array(z.looseObject({ objective: z.string(), indicator: z.string() })),
  units: z.record(z.string(), z.looseObject({ score: z.number().nullable() })),
  perspectives: z.record(z.string(), z.looseObject({ score: z.number().nullable() })),
  scorecards: z.record(z.string(), z.looseObject({ score: z.number().nullable() })),
  incentives: z.record(z.string(), z.looseObject({ released: z.number() })),
});

export const ImportSummary = z.object({
  entityId: z.string(),
  planId: z.string(),
  replaced: z.boolean(),
  created: z.record(z.string(), z.number().int()),
});
