import type { DashboardBody } from '@performa/api';
import { resolveMethodology, type PlanDocument, type Results } from '@performa/core';
import { scoreOf } from './score.js';

export interface DashboardInput {
  doc: PlanDocument;
  results: Results;
  version: number;
  /** Results of every period of the plan, in period order (the trend). */
  trend: { period: string; results: Results }[];
}

export function dashboardOf({ doc, results, version, trend }: DashboardInput): DashboardBody {
  const methodology = resolveMethodology(doc.methodology);
  const roots = doc.objectives.filter((o) => !o.parent);
  const counts = new Map<string, number>();
  for (const band of methodology.verdicts) counts.set(band.label, 0);
  for (const o of doc.objectives) {
    const r = results.objectives[o.id];
    const label = r?.verdict ?? r?.status ?? 'NS';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  // Below target: the objective did not reach 100 % (its verdict may still be the top band).
  const belowTarget = doc.objectives
    .filter((o) => {
      const s = results.objectives[o.id]?.score;
      return typeof s === 'number' && s < 1 - 1e-9;
    })
    .map((o) => ({ id: o.id, name: o.name, level: o.level, ...scoreOf(results.objectives[o.id]) }))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  return {
    period: results.period,
    version,
    entity: { name: doc.entity.name, ...scoreOf(results.entity) },
    areas: roots.map((o) => ({ id: o.id, name: o.name, ...scoreOf(results.objectives[o.id]) })),
    perspectives: (doc.perspectives ?? []).map((p) => ({ id: p.id, name: p.name, ...scoreOf(results.perspectives[p.id]) })),
    units: (doc.units ?? []).map((u) => ({ id: u.id, name: u.name, parent: u.parent ?? null, ...scoreOf(results.units[u.id]) })),
    belowTarget,
    verdictCounts: [...counts].map(([label, count]) => ({ label, count })),
    trend: trend.map((t) => ({
      period: t.period,
      entity: t.results.entity.score,
      areas: Object.fromEntries(roots.map((o) => [o.id, t.results.objectives[o.id]?.score ?? null])),
    })),
    bands: methodology.verdicts.map((b) => ({ from: b.from, label: b.label, color: b.color ?? null })),
    decimals: methodology.decimals,
  };
}
