import type { ScoreStatus } from '../model/results.js';

/**
 * The state of anything that can be scored (§3.1 step 2, §3.2):
 * scored (a number), missing (ND), excluded (NC, neutralised), notScored (NS).
 */
export type State = 'scored' | 'missing' | 'excluded' | 'notScored';

export interface Outcome {
  state: State;
  /** Non-null exactly when state is 'scored'. */
  score: number | null;
}

export const EPSILON = 1e-9;

export const scored = (score: number): Outcome => ({ state: 'scored', score });
export const MISSING: Outcome = Object.freeze({ state: 'missing', score: null });
export const EXCLUDED: Outcome = Object.freeze({ state: 'excluded', score: null });
export const NOT_SCORED: Outcome = Object.freeze({ state: 'notScored', score: null });

export function statusOf(state: State): ScoreStatus | undefined {
  switch (state) {
    case 'missing':
      return 'ND';
    case 'excluded':
      return 'NC';
    case 'notScored':
      return 'NS';
    default:
      return undefined;
  }
}

/** a = b within the 1e-9 of spec §1. */
export const eq = (a: number, b: number) => Math.abs(a - b) <= EPSILON;
/** a ≥ b within 1e-9. */
export const geq = (a: number, b: number) => a >= b - EPSILON;
/** a ≤ b within 1e-9. */
export const leq = (a: number, b: number) => a <= b + EPSILON;
