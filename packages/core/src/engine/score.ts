import type { PlanDocument } from '../model/document.js';
import type { AssignmentResult, IncentiveResult, ObjectiveResult, Results, ScoreEntry } from '../model/results.js';
import { scoreEntity, scorePerspectives, scoreUnits } from './aggregates.js';
import { buildContext } from './context.js';
import { entryOf } from './entry.js';
import { scoreIncentive } from './incentives.js';
import { scoreTree } from './objectives.js';
import { statusOf } from './outcome.js';
import { scoreScorecards } from './scorecards.js';

export interface ScoreOptions {
  /** Attach to every score the steps that produced it (docs/explain.md). */
  explain?: boolean;
}

/**
 * Scores a valid performa/1 document for one period (spec §3) and returns the results document of
 * §4. A pure function of its input: no I/O, no clock, no randomness. Values are unrounded.
 * The document must have passed `validateDocument`; an unknown period throws a RangeError.
 */
export function scorePlan(doc: PlanDocument, period: string, options: ScoreOptions = {}): Results {
  const ctx = buildContext(doc, period, options.explain ?? false);
  const tree = scoreTree(ctx);

  const objectives: Record<string, ObjectiveResult> = {};
  for (const o of doc.objectives) {
    const s = tree.objectives.get(o.id)!;
    const r: ObjectiveResult = { score: s.outcome.score };
    const status = statusOf(s.outcome.state);
    if (status) r.status = status;
    if (s.computed !== undefined) r.computed = s.computed;
    if (s.verdict !== undefined) r.verdict = s.verdict;
    if (s.blocks) r.blocks = s.blocks;
    if (s.explain) r.explain = s.explain;
    objectives[o.id] = r;
  }

  const assignments: AssignmentResult[] = (doc.assignments ?? []).map((a, i) => {
    const s = tree.assignments[i]!;
    const row: AssignmentResult = {
      objective: a.objective,
      indicator: a.indicator,
      score: s.outcome.score,
      target: s.resolved?.target ?? null,
      deviation: s.deviation,
    };
    const status = statusOf(s.outcome.state);
    if (status) row.status = status;
    if (s.computed !== undefined) row.computed = s.computed;
    if (s.value !== null) row.value = s.value;
    if (s.explain) row.explain = s.explain;
    return row;
  });

  const perspectiveScores = scorePerspectives(tree.objectives, ctx);
  const perspectives: Record<string, ScoreEntry> = {};
  for (const p of doc.perspectives ?? []) {
    perspectives[p.id] = entryOf(perspectiveScores.get(p.id)!, ctx, `Prospettiva "${p.name}": media ponderata dei suoi obiettivi.`);
  }

  const unitScores = scoreUnits(tree.objectives, ctx);
  const units: Record<string, ScoreEntry> = {};
  for (const u of doc.units ?? []) {
    units[u.id] = entryOf(
      unitScores.get(u.id)!,
      ctx,
      `Unità "${u.name}": media semplice ${(doc.units ?? []).some((c) => c.parent === u.id) ? 'delle unità che la compongono' : `degli obiettivi ${ctx.method.units === 'operational' ? 'operativi ' : ''}che la indicano`}.`,
    );
  }

  const incentives: Record<string, IncentiveResult> = {};
  for (const p of doc.incentives ?? []) incentives[p.id] = scoreIncentive(p, tree.objectives, ctx);

  return {
    format: 'performa/1-results',
    period,
    entity: scoreEntity(tree.objectives, perspectiveScores, ctx),
    objectives,
    assignments,
    units,
    perspectives,
    scorecards: scoreScorecards(tree, ctx),
    incentives,
  };
}
