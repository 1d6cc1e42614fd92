import { z } from 'zod';
import { ScoreBody, TargetBody } from './common.js';
import { EntryBody } from './entries.js';

/**
 * Views the server computes from the plan document (version in force for the period) and the
 * results, so that the web app does no scoring: scores are unrounded fractions, the web formats them.
 */

export const ObjectiveLevel = z.enum(['area', 'strategic', 'operational', 'project', 'action']);

/** One node of the performance tree (area → OS → OP → project), nested. */
export interface TreeNode {
  id: string;
  level: z.infer<typeof ObjectiveLevel>;
  name: string;
  weight: number | null;
  perspective: string | null;
  units: string[];
  indicators: number;
  result: ScoreBody;
  children: TreeNode[];
}
export const TreeNode: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    level: ObjectiveLevel,
    name: z.string(),
    weight: z.number().nullable(),
    perspective: z.string().nullable(),
    units: z.array(z.string()),
    /** How many assignments (own indicators) the objective has. */
    indicators: z.number().int(),
    result: ScoreBody,
    children: z.array(TreeNode),
  }),
);

export const TreeBody = z.object({ period: z.string(), version: z.number().int(), roots: z.array(TreeNode) });

const Named = ScoreBody.extend({ id: z.string(), name: z.string() });

/** Cruscotto: everything the dashboard shows for an entity, plan and period. */
export const DashboardBody = z.object({
  period: z.string(),
  version: z.number().int(),
  entity: ScoreBody.extend({ name: z.string() }),
  /** Root objectives (areas). */
  areas: z.array(Named),
  perspectives: z.array(Named),
  units: z.array(Named.extend({ parent: z.string().nullable() })),
  /** Objectives whose score is below the top verdict band, lowest first. */
  belowTarget: z.array(Named.extend({ level: ObjectiveLevel })),
  /** How many objectives fall in each verdict band (plus ND/NC/NS). */
  verdictCounts: z.array(z.object({ label: z.string(), count: z.number().int() })),
  /** Entity and area scores in every period of the plan, in period order. */
  trend: z.array(
    z.object({ period: z.string(), entity: z.number().nullable(), areas: z.record(z.string(), z.number().nullable()) }),
  ),
  /** The verdict bands of the methodology, highest first (for legends). */
  bands: z.array(z.object({ from: z.number(), label: z.string(), color: z.string().nullable() })),
  decimals: z.number().int(),
});
export type DashboardBody = z.infer<typeof DashboardBody>;

/** One row of an objective's indicator table (a Relazione card). */
export const AssignmentRow = z.object({
  indicator: z.string(),
  name: z.string(),
  type: z.string().nullable(),
  algorithm: z.string().nullable(),
  unit: z.string().nullable(),
  weight: z.number().nullable(),
  /** The target used for the period (after interim/prorata rules). */
  target: TargetBody.nullable(),
  /** The measured value used (numerator/denominator applied). */
  actual: z.union([z.number(), z.string(), z.boolean()]).nullable(),
  deviation: z.number().nullable(),
  result: ScoreBody,
  /** The engine's explanation ("perché 95,62 %?"); present with `explain=true`. */
  explain: z.unknown().optional(),
});

export const ObjectiveCard = z.object({
  period: z.string(),
  version: z.number().int(),
  id: z.string(),
  level: ObjectiveLevel,
  name: z.string(),
  description: z.string().nullable(),
  programme: z.string().nullable(),
  perspective: z.object({ id: z.string(), name: z.string() }).nullable(),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  children: z.array(Named.extend({ level: ObjectiveLevel, weight: z.number().nullable() })),
  result: ScoreBody.extend({ blocks: z.object({ indicators: z.number().nullable(), children: z.number().nullable() }).optional() }),
  /** The engine's explanation of the objective's score; present with `explain=true`. */
  explain: z.unknown().optional(),
  indicators: z.array(AssignmentRow),
});
export type ObjectiveCard = z.infer<typeof ObjectiveCard>;

export const IndicatorCard = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  algorithm: z.string().nullable(),
  unit: z.string().nullable(),
  type: z.string().nullable(),
  source: z.string().nullable(),
  cumulative: z.boolean(),
  /** Every objective the indicator serves, with weight and targets per period. */
  assignments: z.array(
    z.object({
      objective: z.string(),
      objectiveName: z.string(),
      weight: z.number().nullable(),
      targets: z.record(z.string(), TargetBody),
      revisions: z.array(
        z.object({ period: z.string(), previous: TargetBody, reason: z.string().nullable(), act: z.string().nullable() }),
      ),
    }),
  ),
  /** Per period, in period order: the entry (value, numerator/denominator, notes, state) and the score of each assignment. */
  history: z.array(
    z.object({
      period: z.string(),
      entry: EntryBody,
      scores: z.array(
        z.object({
          objective: z.string(),
          target: TargetBody.nullable(),
          actual: z.union([z.number(), z.string(), z.boolean()]).nullable(),
          deviation: z.number().nullable(),
          result: ScoreBody,
        }),
      ),
    }),
  ),
});
export type IndicatorCard = z.infer<typeof IndicatorCard>;
