import type { Explanation, ScoreEntry } from '../model/results.js';
import type { ScoringContext } from './context.js';
import type { MeanResult } from './mean.js';
import { statusOf } from './outcome.js';
import { verdictOf } from './verdict.js';

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
    text.push(
      `  • ${m.id}${m.name ? ` "${m.name}"` : ''}: ${m.status && m.status !== 'ND' ? m.status : m.score === null ? 'ND' : `${(m.score * 100).toFixed(2).replace('.', ',')} %`}${m.counted ? `, peso ${m.weight ?? 1}` : ''}${m.note ? ` — ${m.note}` : ''}.`,
    );
  }
  if (r.arithmetic) text.push(`${r.arithmetic}.`);
  else if (r.outcome.state !== 'scored') text.push(`Nessun punteggio (${statusOf(r.outcome.state)}).`);
  return { text, rule, members: r.members ?? [] };
}
