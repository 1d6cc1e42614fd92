import type { Objective, Perspective } from '../model/document.js';
import type { ScoreEntry } from '../model/results.js';
import type { ScoringContext } from './context.js';
import { entryOf } from './entry.js';
import { weightedMean, type MeanMember, type MeanResult } from './mean.js';
import { NOT_SCORED, type Outcome } from './outcome.js';
import type { ObjectiveScore } from './objectives.js';

const objectiveMember = (o: Objective, weight: number | null | undefined, scores: Map<string, ObjectiveScore>): MeanMember => ({
  kind: 'objective',
  id: o.id,
  name: o.name,
  weight,
  outcome: scores.get(o.id)?.outcome ?? NOT_SCORED,
});

/** §2.3 and §3.3: a perspective is the weighted mean of its members (listed, or every objective naming it). */
export function scorePerspective(p: Perspective, scores: Map<string, ObjectiveScore>, ctx: ScoringContext): MeanResult {
  const members = p.members
    ? p.members.map((m) => {
        const o = ctx.objectives.get(m.objective)!;
        return objectiveMember(o, m.weight, scores);
      })
    : ctx.doc.objectives.filter((o) => o.perspective === p.id).map((o) => objectiveMember(o, null, scores));
  return weightedMean(members, ctx.method.missing, ctx.explain);
}

export function scorePerspectives(scores: Map<string, ObjectiveScore>, ctx: ScoringContext) {
  const results = new Map<string, MeanResult>();
  for (const p of ctx.doc.perspectives ?? []) results.set(p.id, scorePerspective(p, scores, ctx));
  return results;
}

/** §3.3 entity: weighted mean of the root objectives (areas), or of the perspectives. */
export function scoreEntity(
  scores: Map<string, ObjectiveScore>,
  perspectives: Map<string, MeanResult>,
  ctx: ScoringContext,
): ScoreEntry {
  if (ctx.method.entity === 'perspectives') {
    const members: MeanMember[] = (ctx.doc.perspectives ?? []).map((p) => ({
      kind: 'perspective',
      id: p.id,
      name: p.name,
      weight: p.weight,
      outcome: perspectives.get(p.id)!.outcome,
    }));
    const r = weightedMean(members, ctx.method.missing, ctx.explain);
    return entryOf(r, ctx, "Performance dell'ente: media ponderata delle prospettive.");
  }
  const roots = ctx.children.get('') ?? [];
  const r = weightedMean(
    roots.map((o) => objectiveMember(o, o.weight, scores)),
    ctx.method.missing,
    ctx.explain,
  );
  return entryOf(r, ctx, "Performance dell'ente: media ponderata degli ambiti (obiettivi di primo livello).");
}

/**
 * §3.3 units: the plain mean of the operational objectives (or of all objectives) listing the unit;
 * a unit with child units is the mean of its children, its own listings unused.
 */
export function scoreUnits(scores: Map<string, ObjectiveScore>, ctx: ScoringContext): Map<string, MeanResult> {
  const units = ctx.doc.units ?? [];
  const childrenOf = new Map<string, string[]>();
  for (const u of units) if (u.parent) (childrenOf.get(u.parent) ?? childrenOf.set(u.parent, []).get(u.parent)!).push(u.id);
  const listed = new Map<string, Objective[]>();
  for (const o of ctx.doc.objectives) {
    if (ctx.method.units === 'operational' && o.level !== 'operational') continue;
    for (const u of new Set(o.units ?? [])) (listed.get(u) ?? listed.set(u, []).get(u)!).push(o);
  }
  const results = new Map<string, MeanResult>();
  // Children before parents, without recursion: repeat over the units whose children are all done.
  const pending = [...units];
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = pending.length - 1; i >= 0; i--) {
      const u = pending[i]!;
      const kids = childrenOf.get(u.id) ?? [];
      if (!kids.every((k) => results.has(k))) continue;
      const members: MeanMember[] =
        kids.length > 0
          ? kids.map((k) => ({ kind: 'unit', id: k, weight: null, outcome: results.get(k)!.outcome as Outcome }))
          : (listed.get(u.id) ?? []).map((o) => objectiveMember(o, null, scores));
      results.set(u.id, weightedMean(members, ctx.method.missing, ctx.explain));
      pending.splice(i, 1);
    }
    if (pending.length === before) throw new Error('cycle in the unit tree');
  }
  return results;
}
