import type { Mix } from '../model/document.js';
import { scored, type Outcome } from './outcome.js';

export interface MixOutcome {
  outcome: Outcome;
  /** Each block's score before the mix (§4 `blocks`): null where the block is empty. */
  blocks: { indicators: number | null; children: number | null };
  /** Shares actually applied: the configured ones, or 1/0 when a block is empty. */
  applied: { indicators: number; children: number };
}

/** A block's score: its mean; 0 when all its counted members are missing under `zero`; null when empty. */
function blockScore(o: Outcome, missing: 'zero' | 'exclude'): number | null {
  if (o.state === 'scored') return o.score;
  if (o.state === 'missing' && missing === 'zero') return 0;
  return null;
}

/**
 * §3.2 mix of an objective's two blocks (own assignments, child objectives). Shares are divided by
 * their sum; an empty block lets the other count 100 %. When neither block has a scored member
 * the objective is missing if anything counted, else excluded if anything was, else not scored.
 */
export function mixBlocks(ind: Outcome, ch: Outcome, mix: Mix, missing: 'zero' | 'exclude'): MixOutcome {
  const bi = blockScore(ind, missing);
  const bc = blockScore(ch, missing);
  const blocks = { indicators: bi, children: bc };
  if (ind.state !== 'scored' && ch.state !== 'scored') {
    const outcome =
      ind.state === 'missing' || ch.state === 'missing'
        ? ind.state === 'missing'
          ? ind
          : ch
        : ind.state === 'excluded'
          ? ind
          : ch;
    return { outcome, blocks, applied: { indicators: 0, children: 0 } };
  }
  if (bi !== null && bc !== null) {
    const total = mix.indicators + mix.children;
    const applied = { indicators: mix.indicators / total, children: mix.children / total };
    return { outcome: scored(applied.indicators * bi + applied.children * bc), blocks, applied };
  }
  return {
    outcome: scored((bi ?? bc) as number),
    blocks,
    applied: bi !== null ? { indicators: 1, children: 0 } : { indicators: 0, children: 1 },
  };
}
