import type { Scorecard, ScorecardItem } from '../model/document.js';
import type { ScoreEntry, ScorecardResult } from '../model/results.js';
import { scoreIndicator } from './assignment.js';
import { assignmentKey, type ScoringContext } from './context.js';
import { entryOf } from './entry.js';
import { weightedMean, type MeanMember } from './mean.js';
import { NOT_SCORED, scored, statusOf, type Outcome } from './outcome.js';
import type { TreeScores } from './objectives.js';
import { verdictOf } from './verdict.js';
import { pct } from './words.js';

/** §2.9 path segment of an item: id, else name, else objective (`objective:indicator`), else indicator. */
export function itemSegment(item: ScorecardItem): string {
  if (item.id) return item.id;
  if (item.name) return item.name;
  if (item.objective) return item.indicator ? `${item.objective}:${item.indicator}` : item.objective;
  return item.indicator ?? '';
}

/** Index of the assignments that cards refer to (objective + indicator leaves), by key. */
function assignmentIndex(cards: Scorecard[], ctx: ScoringContext): Map<string, number> {
  const wanted = new Map<string, Set<string>>();
  const collect = (items: ScorecardItem[] | null | undefined) => {
    for (const item of items ?? []) {
      if (item.objective && item.indicator) (wanted.get(item.objective) ?? wanted.set(item.objective, new Set()).get(item.objective)!).add(item.indicator);
      collect(item.items);
    }
  };
  for (const card of cards) collect(card.items);
  const index = new Map<string, number>();
  if (wanted.size === 0) return index;
  for (const [objective, indicators] of wanted) {
    for (const i of ctx.assignmentsOf.get(objective) ?? []) {
      const a = ctx.doc.assignments![i]!;
      if (indicators.has(a.indicator)) index.set(assignmentKey(a.objective, a.indicator), i);
    }
  }
  return index;
}

/** §2.9: every card is a weighted mean of its items; leaves refer to the tree or carry a score. */
export function scoreScorecards(tree: TreeScores, ctx: ScoringContext): Record<string, ScorecardResult> {
  const results: Record<string, ScorecardResult> = {};
  const cards = ctx.doc.scorecards ?? [];
  if (cards.length === 0) return results;
  const byAssignment = assignmentIndex(cards, ctx);

  const leafOutcome = (item: ScorecardItem, text: string[]): Outcome => {
    if (item.score !== null && item.score !== undefined) {
      text.push(`Punteggio attribuito direttamente dal valutatore: ${pct(item.score)}.`);
      return scored(item.score);
    }
    if (item.objective && item.indicator) {
      const i = byAssignment.get(assignmentKey(item.objective, item.indicator));
      const s = i === undefined ? undefined : tree.assignments[i];
      text.push(`Indicatore ${item.indicator} dell'obiettivo ${item.objective}: ${s?.outcome.state === 'scored' ? pct(s.outcome.score) : statusOf(s?.outcome.state ?? 'notScored')}.`);
      return s?.outcome ?? NOT_SCORED;
    }
    if (item.objective) {
      const o = tree.objectives.get(item.objective)?.outcome ?? NOT_SCORED;
      text.push(`Obiettivo ${item.objective}: ${o.state === 'scored' ? pct(o.score) : statusOf(o.state)}.`);
      return o;
    }
    if (item.indicator) {
      const s = scoreIndicator(item.indicator, item.targets, undefined, ctx);
      if (s.explain) text.push(...s.explain.text);
      return s.outcome;
    }
    return NOT_SCORED;
  };

  const walk = (item: ScorecardItem, path: string, items: Record<string, ScoreEntry>): Outcome => {
    const text: string[] = [];
    let outcome: Outcome;
    let entry: ScoreEntry;
    if (item.items && item.items.length > 0) {
      const members: MeanMember[] = item.items.map((child) => {
        const childPath = `${path}/${itemSegment(child)}`;
        return { kind: 'item', id: childPath, weight: child.weight, outcome: walk(child, childPath, items) };
      });
      const r = weightedMean(members, ctx.method.missing, ctx.explain);
      outcome = r.outcome;
      entry = entryOf(r, ctx, `Elemento "${path}": media ponderata dei suoi elementi.`);
    } else {
      outcome = leafOutcome(item, text);
      if (item.threshold && outcome.state === 'scored') {
        const s = Math.min(1, (outcome.score as number) / item.threshold);
        text.push(`Soglia ${pct(item.threshold)}: min(1; ${pct(outcome.score)} / ${pct(item.threshold)}) = ${pct(s)}.`);
        outcome = scored(s);
      }
      entry = { score: outcome.score };
      const status = statusOf(outcome.state);
      if (status) entry.status = status;
      const verdict = verdictOf(outcome.score, ctx.method);
      if (verdict !== undefined) entry.verdict = verdict;
      if (ctx.explain) entry.explain = { text, rule: item.threshold ? 'threshold' : 'item', ...(item.threshold ? { threshold: item.threshold } : {}) };
    }
    items[path.slice(1)] = entry;
    return outcome;
  };

  for (const card of cards) results[card.id] = scoreCard(card, walk, ctx);
  return results;
}

function scoreCard(
  card: Scorecard,
  walk: (item: ScorecardItem, path: string, items: Record<string, ScoreEntry>) => Outcome,
  ctx: ScoringContext,
): ScorecardResult {
  const items: Record<string, ScoreEntry> = {};
  const members: MeanMember[] = card.items.map((item) => {
    const path = `/${itemSegment(item)}`;
    return { kind: 'item', id: path.slice(1), weight: item.weight, outcome: walk(item, path, items) };
  });
  const r = weightedMean(members, ctx.method.missing, ctx.explain);
  return { ...entryOf(r, ctx, `Scheda di ${card.holder}: media ponderata dei suoi elementi.`), items };
}
