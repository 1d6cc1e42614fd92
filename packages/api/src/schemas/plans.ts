import { z } from 'zod';
import { IsoDate, Timestamp } from './common.js';

/** Plan states (issue 5): bozza → adottato → in_monitoraggio → chiuso → validato. */
export const PlanState = z.enum(['bozza', 'adottato', 'in_monitoraggio', 'chiuso', 'validato']);
export type PlanState = z.infer<typeof PlanState>;

export const PeriodState = z.enum(['aperto', 'chiuso']);
export type PeriodState = z.infer<typeof PeriodState>;

export const PeriodInfo = z.object({
  id: z.string(),
  start: IsoDate,
  end: IsoDate,
  /** The annual period containing an interim one; null for a year. */
  year: z.string().nullable(),
  state: PeriodState,
  /** Due date for the values of this period (reminders, "dati mancanti"). */
  dueDate: IsoDate.nullable(),
  closedAt: Timestamp.nullable(),
  /** Reason of the last reopening, if any. */
  reopenReason: z.string().nullable(),
  /** The plan version this period is scored on (the version in force for it). */
  version: z.number().int(),
});
export type PeriodInfo = z.infer<typeof PeriodInfo>;

export const PlanSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  years: z.array(z.number().int()).nullable(),
  /** Adoption act as written in the plan, or as recorded at adoption. */
  act: z.string().nullable(),
  /** The current version (1 = as imported; +1 per rimodulazione or replacing import). */
  version: z.number().int(),
  state: PlanState,
  periods: z.array(PeriodInfo),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  plans: z.array(PlanSummary),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** One plan with its workflow facts. */
export const PlanDetail = PlanSummary.extend({
  entityId: z.string(),
  entityName: z.string(),
  adoption: z.object({ act: z.string(), date: IsoDate }).nullable(),
  stateChangedAt: Timestamp.nullable(),
  counts: z.object({
    objectives: z.number().int(),
    indicators: z.number().int(),
    assignments: z.number().int(),
    units: z.number().int(),
  }),
  /** The units of the plan (for filters and the rilevazione unit picker). */
  units: z.array(z.object({ id: z.string(), name: z.string(), parent: z.string().nullable(), kind: z.string().nullable() })),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** A performa/1 document (validated by the core's validator, not by zod: its report is richer). */
export const PlanDocumentBody = z.looseObject({ format: z.literal('performa/1') });

export const DocumentQuery = z.object({
  /** A plan version (default: the current one). */
  version: z.coerce.number().int().min(1).optional(),
});

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
  version: z.number().int(),
  replaced: z.boolean(),
  entityCreated: z.boolean(),
  created: z.record(z.string(), z.number().int()),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
