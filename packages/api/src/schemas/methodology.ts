import { z } from 'zod';
import { Id, IsoDate, ScoreBody } from './common.js';

/** The methodology as stored (every key optional, spec §3) and with the defaults filled in. */
export const MethodologyBody = z.object({
  methodology: z.looseObject({}),
  resolved: z.looseObject({}),
  /** The plan version it belongs to. */
  version: z.number().int(),
  /** False when the plan is adopted: saving then needs an act (rimodulazione). */
  editableInPlace: z.boolean(),
});

export const UpdateMethodologyBody = z.object({
  methodology: z.looseObject({}),
  reason: z.string().max(2000).optional(),
  /** Needed after adoption (a new plan version). */
  act: z.string().trim().min(1).max(500).optional(),
  actDate: IsoDate.optional(),
});

export const PreviewBody = z.object({ methodology: z.looseObject({}), period: Id });

const Scores = z.object({
  entity: ScoreBody,
  areas: z.record(z.string(), ScoreBody),
  objectives: z.record(z.string(), ScoreBody),
});
/** Scores with the saved methodology (before) and with the proposed one (after); nothing is saved. */
export const PreviewResult = z.object({
  period: z.string(),
  before: Scores,
  after: Scores,
  /** Ids of the objectives whose score or verdict changes. */
  changed: z.array(z.string()),
});
export type PreviewResult = z.infer<typeof PreviewResult>;
