import type { EntryBody, IndicatorCard } from '@performa/api';
import type { PlanDocument, Results } from '@performa/core';
import { notFound } from '../http/errors.js';
import { scoreOf } from './score.js';

export interface IndicatorCardInput {
  /** The current version (definition, assignments, targets, revisions). */
  doc: PlanDocument;
  indicatorId: string;
  /** Per period in order: the entry and the results on the version in force for it. */
  periods: { period: string; entry: EntryBody; results: Results; doc: PlanDocument }[];
}

export function indicatorCardOf({ doc, indicatorId, periods }: IndicatorCardInput): IndicatorCard {
  const indicator = (doc.indicators ?? []).find((i) => i.id === indicatorId);
  if (!indicator) throw notFound(`Indicatore ${indicatorId} non trovato.`);
  const names = new Map(doc.objectives.map((o) => [o.id, o.name]));
  return {
    id: indicator.id,
    name: indicator.name,
    code: indicator.code ?? null,
    algorithm: indicator.algorithm ?? null,
    unit: indicator.unit ?? null,
    type: indicator.type ?? null,
    source: indicator.source ?? null,
    cumulative: indicator.cumulative ?? false,
    assignments: (doc.assignments ?? [])
      .filter((a) => a.indicator === indicatorId)
      .map((a) => ({
        objective: a.objective,
        objectiveName: names.get(a.objective) ?? a.objective,
        weight: a.weight ?? null,
        targets: a.targets ?? {},
        revisions: (a.revisions ?? []).map((r) => ({ period: r.period, previous: r.previous, reason: r.reason ?? null, act: r.act ?? null })),
      })),
    history: periods.map(({ period, entry, results, doc: version }) => ({
      period,
      entry,
      scores: (version.assignments ?? [])
        .map((a, i) => ({ a, r: results.assignments[i]! }))
        .filter(({ a }) => a.indicator === indicatorId)
        .map(({ a, r }) => ({ objective: a.objective, target: r.target, actual: r.value ?? null, deviation: r.deviation, result: scoreOf(r) })),
    })),
  };
}
