import type { ScoreBody } from '@performa/api';
import type { ScoreEntry } from '@performa/core';

/** A results entry reduced to what views show (no explanation). */
export function scoreOf(entry: ScoreEntry | undefined): ScoreBody {
  if (!entry) return { score: null, status: 'NS' };
  const out: ScoreBody = { score: entry.score };
  if (entry.status) out.status = entry.status;
  if (entry.computed !== undefined) out.computed = entry.computed;
  if (entry.verdict !== undefined) out.verdict = entry.verdict;
  return out;
}
