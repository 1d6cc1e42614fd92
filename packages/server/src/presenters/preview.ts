import type { PreviewResult } from '@performa/api';
import type { PlanDocument, Results } from '@performa/core';
import { scoreOf } from './score.js';

const scores = (doc: PlanDocument, results: Results) => ({
  entity: scoreOf(results.entity),
  areas: Object.fromEntries(doc.objectives.filter((o) => !o.parent).map((o) => [o.id, scoreOf(results.objectives[o.id])])),
  objectives: Object.fromEntries(doc.objectives.map((o) => [o.id, scoreOf(results.objectives[o.id])])),
});

/** Scores before and after a methodology change, and which objectives move (score or verdict). */
export function previewOf(doc: PlanDocument, before: Results, after: Results): PreviewResult {
  const b = scores(doc, before);
  const a = scores(doc, after);
  const changed = doc.objectives
    .filter((o) => {
      const x = b.objectives[o.id]!;
      const y = a.objectives[o.id]!;
      return x.verdict !== y.verdict || x.status !== y.status || Math.abs((x.score ?? 0) - (y.score ?? 0)) > 1e-9;
    })
    .map((o) => o.id);
  return { period: before.period, before: b, after: a, changed };
}
