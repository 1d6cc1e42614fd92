import { z } from 'zod';
import { ByWhom, Id, IsoDate, PlanParams, TargetBody, Timestamp } from './common.js';

export const AdoptBody = z.object({
  act: z.string().trim().min(1, 'Indicare l’atto di adozione').max(500),
  actDate: IsoDate,
});
export const TransitionBody = z.object({ note: z.string().max(4000).optional() });

/**
 * One change to a plan. In `bozza` changes apply in place; after adoption they make a new plan
 * version (rimodulazione) and each needs its `reason`.
 */
export const PlanChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('target'), objective: Id, indicator: Id, period: Id, target: TargetBody.nullable(), reason: z.string().max(2000).optional() }),
  z.object({ type: z.literal('assignmentWeight'), objective: Id, indicator: Id, weight: z.number().min(0).nullable(), reason: z.string().max(2000).optional() }),
  z.object({ type: z.literal('objectiveWeight'), objective: Id, weight: z.number().min(0).nullable(), reason: z.string().max(2000).optional() }),
  z.object({
    type: z.literal('objective'),
    objective: Id,
    name: z.string().trim().min(1).max(1000).optional(),
    description: z.string().max(10000).nullable().optional(),
    units: z.array(Id).optional(),
    programme: z.string().max(200).nullable().optional(),
    reason: z.string().max(2000).optional(),
  }),
  z.object({ type: z.literal('methodology'), methodology: z.looseObject({}), reason: z.string().max(2000).optional() }),
]);
export type PlanChange = z.infer<typeof PlanChange>;

export const EditPlanBody = z.object({ changes: z.array(PlanChange).min(1, 'Indicare almeno una modifica') });

export const RimodulazioneBody = z.object({
  act: z.string().trim().min(1, 'Indicare l’atto della rimodulazione').max(500),
  actDate: IsoDate,
  /** From when the new version is in force (default: actDate). A period is scored on the latest version in force at its end. */
  effectiveFrom: IsoDate.optional(),
  changes: z.array(PlanChange).min(1, 'Indicare almeno una modifica'),
});

export const VersionInfo = z.object({
  version: z.number().int(),
  kind: z.enum(['import', 'modifica', 'rimodulazione']),
  act: z.string().nullable(),
  actDate: IsoDate.nullable(),
  effectiveFrom: IsoDate.nullable(),
  createdAt: Timestamp,
  createdBy: ByWhom,
  current: z.boolean(),
  /** The changes with their reasons (empty for an import). */
  changes: z.array(PlanChange),
  /** Periods scored on this version. */
  periods: z.array(z.string()),
});
export type VersionInfo = z.infer<typeof VersionInfo>;

export const CompareQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
/** One difference between two versions, for a side-by-side view. */
export const VersionDiff = z.object({
  /** `objective`, `assignment`, `target`, `indicator`, `methodology`, … */
  part: z.string(),
  /** `OS.01.01`, `OP.1:I-x`, `OP.1:I-x@2021` */
  key: z.string(),
  field: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export const CompareBody = z.object({ from: z.number().int(), to: z.number().int(), differences: z.array(VersionDiff) });

export const PeriodOpenBody = z.object({ dueDate: IsoDate.optional() });
export const PeriodReopenBody = z.object({
  reason: z.string().trim().min(1, 'Indicare il motivo della riapertura').max(2000),
  dueDate: IsoDate.optional(),
});
export const DueDateBody = z.object({ dueDate: IsoDate.nullable() });

export const OverrideState = z.enum(['proposto', 'approvato', 'respinto']);
export const OverrideBody = z.object({
  id: z.string(),
  objective: z.string(),
  indicator: z.string().nullable(),
  period: z.string(),
  score: z.number(),
  reason: z.string(),
  state: OverrideState,
  /** `import` for overrides carried by the imported document (already approved). */
  source: z.enum(['import', 'proposta']),
  proposedBy: ByWhom,
  proposedAt: Timestamp.nullable(),
  decidedBy: ByWhom,
  decidedAt: Timestamp.nullable(),
  decisionNote: z.string().nullable(),
  /** The computed score (what the engine gives without this override). */
  computed: z.number().nullable(),
});
export type OverrideBody = z.infer<typeof OverrideBody>;
export const ProposeOverrideBody = z.object({
  objective: Id,
  indicator: Id.nullable().optional(),
  period: Id,
  score: z.number().min(0, 'Il punteggio non può essere negativo').max(10),
  reason: z.string().trim().min(1, 'Indicare il motivo della neutralizzazione').max(4000),
});
export const OverrideParams = PlanParams.extend({ overrideId: Id });
export const DecideOverrideBody = z.object({ note: z.string().max(4000).optional() });
export const RejectOverrideBody = z.object({ note: z.string().trim().min(1, 'Indicare il motivo').max(4000) });
