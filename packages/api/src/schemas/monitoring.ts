import { z } from 'zod';
import { ByWhom, Id, ScoreBody, TargetBody, Timestamp } from './common.js';
import { MeasuredValue } from './entries.js';
import { ObjectiveLevel } from './views.js';

/** An observation of a monitoring round (spec §2.11) on an objective or one of its indicators. */
export const MonitoringNote = z.object({
  id: z.string(),
  period: z.string(),
  objective: z.string().nullable(),
  indicator: z.string().nullable(),
  /** Causes of the deviation. */
  cause: z.string().nullable(),
  /** Corrective action. */
  action: z.string().nullable(),
  /** Proposed new target. */
  proposal: TargetBody.nullable(),
  flags: z.array(z.string()),
  by: z.string().nullable(),
  source: z.enum(['import', 'monitoraggio']),
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
  updatedBy: ByWhom,
});
export type MonitoringNote = z.infer<typeof MonitoringNote>;

/** Adds a note or, with `id` + `expectedVersion`, updates it. */
export const SaveNoteBody = z.object({
  id: Id.optional(),
  expectedVersion: z.number().int().min(0).optional(),
  period: Id,
  objective: Id,
  indicator: Id.nullable().optional(),
  cause: z.string().max(4000).nullable().optional(),
  action: z.string().max(4000).nullable().optional(),
  proposal: TargetBody.nullable().optional(),
  flags: z.array(z.string().max(200)).max(20).optional(),
});

/** One row of the monitoring table: an objective (depth-first tree order) or one of its indicators. */
export const MonitoringRow = z.object({
  kind: z.enum(['objective', 'indicator']),
  depth: z.number().int(),
  objective: z.string(),
  indicator: z.string().nullable(),
  level: ObjectiveLevel,
  name: z.string(),
  unit: z.string().nullable(),
  weight: z.number().nullable(),
  annualTarget: TargetBody.nullable(),
  periodTarget: TargetBody.nullable(),
  value: MeasuredValue.nullable(),
  deviation: z.number().nullable(),
  result: ScoreBody,
  notes: z.array(MonitoringNote),
});
export const MonitoringBody = z.object({
  period: z.string(),
  /** The annual period of `period`. */
  year: z.string(),
  version: z.number().int(),
  entity: ScoreBody,
  rows: z.array(MonitoringRow),
});

export const NarrativeParams = z.object({ entityId: Id, planId: Id, year: z.string().regex(/^\d{4}$/, 'anno di 4 cifre'), section: Id });
/** Text of a document section (Relazione, Piano), in the safe Markdown subset of docs/documents.md (never raw HTML). */
export const Narrative = z.object({
  year: z.string(),
  section: z.string(),
  content: z.string(),
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
  updatedBy: ByWhom,
});
export const SaveNarrativeBody = z.object({
  content: z.string().max(200_000),
  expectedVersion: z.number().int().min(0),
});
