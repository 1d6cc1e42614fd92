import type { ObjectiveCard } from '@performa/api';
import type { PlanDocument, Results } from '@performa/core';
import { notFound } from '../http/errors.js';
import { scoreOf } from './score.js';

/** The card of one objective, shaped like the cards of a Relazione sulla performance. */
export function objectiveCardOf(doc: PlanDocument, results: Results, version: number, objectiveId: string, explain: boolean): ObjectiveCard {
  const objective = doc.objectives.find((o) => o.id === objectiveId);
  if (!objective) throw notFound(`Obiettivo ${objectiveId} non trovato.`);
  const names = new Map(doc.objectives.map((o) => [o.id, o.name]));
  const units = new Map((doc.units ?? []).map((u) => [u.id, u.name]));
  const indicators = new Map((doc.indicators ?? []).map((i) => [i.id, i]));
  const perspective = (doc.perspectives ?? []).find((p) => p.id === objective.perspective);
  const result = results.objectives[objectiveId];
  const rows = (doc.assignments ?? [])
    .map((a, i) => ({ a, r: results.assignments[i]! }))
    .filter(({ a }) => a.objective === objectiveId)
    .map(({ a, r }) => {
      const ind = indicators.get(a.indicator);
      return {
        indicator: a.indicator,
        name: ind?.name ?? a.indicator,
        type: ind?.type ?? null,
        algorithm: ind?.algorithm ?? null,
        unit: ind?.unit ?? null,
        weight: a.weight ?? null,
        target: r.target,
        actual: r.value ?? null,
        deviation: r.deviation,
        result: scoreOf(r),
        ...(explain && r.explain ? { explain: r.explain } : {}),
      };
    });
  return {
    period: results.period,
    version,
    id: objective.id,
    level: objective.level,
    name: objective.name,
    description: objective.description ?? null,
    programme: objective.programme ?? null,
    perspective: perspective ? { id: perspective.id, name: perspective.name } : null,
    units: (objective.units ?? []).map((id) => ({ id, name: units.get(id) ?? id })),
    parent: objective.parent ? { id: objective.parent, name: names.get(objective.parent) ?? objective.parent } : null,
    children: doc.objectives
      .filter((o) => o.parent === objectiveId)
      .map((o) => ({ id: o.id, name: o.name, level: o.level, weight: o.weight ?? null, ...scoreOf(results.objectives[o.id]) })),
    result: { ...scoreOf(result), ...(result?.blocks ? { blocks: result.blocks } : {}) },
    ...(explain && result?.explain ? { explain: result.explain } : {}),
    indicators: rows,
  };
}
