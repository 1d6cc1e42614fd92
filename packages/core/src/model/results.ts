/**
 * The results document (`performa/1-results`), spec §4, and the `--explain` shape
 * (documented in docs/explain.md).
 */
import type { Id, IsoDate, MeasuredValue, Target } from './document.js';

/** Why a score is null: ND missing, NC excluded (neutralised), NS not scored. */
export type ScoreStatus = 'ND' | 'NC' | 'NS';

export interface ScoreEntry {
  /** Unrounded fraction (0.9781 = 97,81 %), or null with `status`. */
  score: number | null;
  status?: ScoreStatus;
  /** The computed score, where an override or a tolerance replaced it. */
  computed?: number | null;
  verdict?: string;
  explain?: Explanation;
}

export interface ObjectiveResult extends ScoreEntry {
  /** Present when the objective has both own assignments and child objectives (§3.2). */
  blocks?: { indicators: number | null; children: number | null };
}

/** The target actually used (§3.1 step 1), with how it was found. */
export type UsedTarget = Target;

export interface AssignmentResult extends ScoreEntry {
  objective: Id;
  indicator: Id;
  target: UsedTarget | null;
  /** Scostamento, in the indicator's unit (days for deadlines); null when not measured. */
  deviation: number | null;
  /** The measured value used (after numerator/denominator), when measured. */
  value?: MeasuredValue | null;
}

export interface ScorecardResult extends ScoreEntry {
  items: Record<string, ScoreEntry>;
}

export interface IncentiveResult {
  /** Euros released, rounded half-up to the cent. */
  released: number;
  /** Fraction of the pool released (unrounded). */
  share: number | null;
  explain?: Explanation;
}

export interface Results {
  format: 'performa/1-results';
  period: Id;
  entity: ScoreEntry;
  objectives: Record<Id, ObjectiveResult>;
  assignments: AssignmentResult[];
  units: Record<Id, ScoreEntry>;
  perspectives: Record<Id, ScoreEntry>;
  scorecards: Record<Id, ScorecardResult>;
  incentives: Record<Id, IncentiveResult>;
}

/* ------------------------------------------------------------------ explain */

export type MemberKind = 'assignment' | 'objective' | 'perspective' | 'unit' | 'item' | 'block';

/** One member of a weighted mean, as the explanation lists it. */
export interface ExplainMember {
  kind: MemberKind;
  /** Objective / perspective / unit id, `objective:indicator` for an assignment, item path for an item. */
  id: string;
  name?: string;
  /** Weight as written (null = equal shares). */
  weight: number | null;
  /** Effective share of the mean (0 when the member does not count). */
  share: number;
  /** The score the member brings into the mean (0 for a missing member under `zero`). */
  score: number | null;
  status?: ScoreStatus;
  counted: boolean;
  /** Why the member does not count, or how it was counted (Italian). */
  note?: string;
  /** For assignments: the target used, the measured value and the formula. */
  target?: UsedTarget | null;
  value?: MeasuredValue | null;
  formula?: string;
}

export interface Explanation {
  /** Italian sentences, in order, that let a controller redo the computation by hand. */
  text: string[];
  /** Which rule of spec §3 produced the score (e.g. `atLeast.linear`, `mean`, `mix`, `override`). */
  rule: string;
  /** Assignments: the target used and where it came from. */
  target?: UsedTarget | null;
  targetSource?: 'period' | 'annual' | 'prorata' | null;
  /** Prorata factor (days elapsed / days in the year). */
  factor?: number;
  measured?: { value: MeasuredValue | null; numerator?: number | null; denominator?: number | null; date?: IsoDate | null } | null;
  formula?: string;
  /** Achievement before clamping to [floor, cap]. */
  raw?: number | null;
  bounds?: { floor: number; cap: number };
  members?: ExplainMember[];
  blocks?: {
    indicators: number | null;
    children: number | null;
    mix: { indicators: number; children: number };
    /** Shares actually applied (1/0 when a block is empty). */
    applied: { indicators: number; children: number };
  };
  override?: { score: number; reason: string; by?: string | null; computed: number | null };
  tolerance?: { from: number; appliesTo: 'label' | 'score' };
  threshold?: number;
}
