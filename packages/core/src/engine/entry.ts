import type { Explanation, ScoreEntry } from '../model/results.js';
import type { ScoringContext } from './context.js';
import type { MeanResult } from './mean.js';
import { statusOf } from './outcome.js';
import { verdictOf } from './verdict.js';
import { pct } from './words.js';

/** A results entry (§4) from a weighted mean: score or status, verdict, explanation. */
export function entryOf(r: MeanResult, ctx: ScoringContext, heading: string, rule = 'mean'): ScoreEntry {
  const entry: ScoreEntry = { score: r.outcome.score };
  const status = statusOf(r.outcome.state);
  if (status) entry.status = status;
  const verdict = verdictOf(r.outcome.score, ctx.method);
  if (verdict !== undefined) entry.verdict = verdict;
  if (ctx.explain) entry.explain = explainMean(r, heading, rule);
  return entry;
}

export function explainMean(r: MeanResult, heading: string, rule: string): Explanation {
  const text = [heading];
  for (const m of r.members ?? []) {
    // Display rounding is the spec's half-up (pct), never toFixed.
    const shown = m.status && m.status !== 'ND' ? m.status : m.score === null ? 'ND' : pct(m.score);
    const weight = m.counted ? `, peso ${m.weight ?? 1}` : '';
    text.push(`  • ${m.id}${m.name ? ` "${m.name}"` : ''}: ${shown}${weight}${m.note ? ` — ${m.note}` : ''}.`);
  }
  if (r.arithmetic) text.push(`${r.arithmetic}.`);
  else if (r.outcome.state !== 'scored') text.push(`Nessun punteggio (${statusOf(r.outcome.state)}).`);
  return { text, rule, members: r.members ?? [] };
}
