import { z } from 'zod';
import { ByWhom, Id, IsoDate, PlanParams, TargetBody, Timestamp } from './common.js';

/**
 * Rilevazione: the value of an indicator in a period, with its workflow
 * bozza → inviato → validato | restituito (comment) → inviato. A value imported with the plan
 * shows as `validato` with `source: "import"` and version 0.
 */
export const EntryState = z.enum(['vuoto', 'bozza', 'inviato', 'validato', 'restituito']);
export type EntryState = z.infer<typeof EntryState>;

export const MeasuredValue = z.union([z.number(), IsoDate, z.boolean()]);

export const EntryBody = z.object({
  indicator: z.string(),
  period: z.string(),
  /** Number, completion date (`by` targets) or boolean (`yes` targets); null when not given. */
  value: MeasuredValue.nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** ND = non disponibile, NC = non calcolabile (neutralised). */
  status: z.enum(['ND', 'NC']).nullable(),
  note: z.string().nullable(),
  state: EntryState,
  source: z.enum(['import', 'rilevazione', 'nessuna']),
  /** Row version for optimistic concurrency: send it back as `expectedVersion`. */
  version: z.number().int(),
  /** The dirigente's comment when the value was returned. */
  comment: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
  updatedBy: ByWhom,
});
export type EntryBody = z.infer<typeof EntryBody>;

export const EntryParams = PlanParams.extend({ indicatorId: Id, periodId: Id });

const Expected = z.number({ error: 'Indicare la versione letta (expectedVersion)' }).int().min(0);

/**
 * Save a draft. Give `value`, or `numerator` + `denominator` (the ratio is computed, × 100 for
 * `%` indicators), or `status` (`ND` needs a `note` with the reason). `expectedVersion` is the
 * version read: a different current version answers 409 with the current entry.
 */
export const SaveEntryBody = z.object({
  expectedVersion: Expected,
  value: MeasuredValue.nullable().optional(),
  numerator: z.number().nullable().optional(),
  denominator: z.number().nullable().optional(),
  status: z.enum(['ND', 'NC']).nullable().optional(),
  note: z.string().max(4000).nullable().optional(),
});
export type SaveEntryBody = z.infer<typeof SaveEntryBody>;

export const VersionBody = z.object({ expectedVersion: Expected });
export const ReturnEntryBody = z.object({
  expectedVersion: Expected,
  comment: z.string().trim().min(1, 'Indicare il motivo della restituzione').max(4000),
});

/** One row of the rilevazione form of a unit and period. */
export const EntryFormRow = z.object({
  indicator: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  algorithm: z.string().nullable(),
  /** What kind of value the period's targets ask for. */
  kind: z.enum(['number', 'date', 'boolean', 'any']),
  /** The objectives served, with the target of the period for each. */
  objectives: z.array(z.object({ id: z.string(), name: z.string(), target: TargetBody.nullable() })),
  /** The units of those objectives (the ones responsible for the value). */
  units: z.array(z.string()),
  /** The value of the previous period of the same kind, if any. */
  last: z.object({ period: z.string(), value: MeasuredValue.nullable(), status: z.enum(['ND', 'NC']).nullable() }).nullable(),
  entry: EntryBody,
  /** Whether the actor may edit / submit / validate this entry now. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), validate: z.boolean() }),
});
export type EntryFormRow = z.infer<typeof EntryFormRow>;

export const EntryFormQuery = z.object({ period: Id, unit: Id.optional() });
export const EntryFormBody = z.object({
  period: z.string(),
  periodState: z.enum(['aperto', 'chiuso']),
  dueDate: IsoDate.nullable(),
  rows: z.array(EntryFormRow),
});

export const QueueQuery = z.object({ period: Id.optional(), unit: Id.optional() });
export const QueueRow = EntryFormRow.extend({ submittedAt: Timestamp.nullable(), submittedBy: ByWhom });

export const MissingQuery = z.object({ period: Id.optional(), unit: Id.optional() });
/** "Dati mancanti": an indicator of a unit without a submitted value in an open period. */
export const MissingRow = z.object({
  period: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  indicator: z.object({ id: z.string(), name: z.string() }),
  state: EntryState,
  dueDate: IsoDate.nullable(),
  overdue: z.boolean(),
  daysLate: z.number().int().nullable(),
});
export type MissingRow = z.infer<typeof MissingRow>;
