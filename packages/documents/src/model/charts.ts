/** The charts of the documents, built from the results with the pure SVG chart functions. */
import { formatPercent, type Results } from '@performa/core';
import { barChart } from '../charts/bars.js';
import { distributionChart } from '../charts/distribution.js';
import { radarChart } from '../charts/radar.js';
import type { PlanIndex } from './plan-index.js';
import type { ChartModel } from './types.js';
import { markOf, markOfEntry } from './verdicts.js';

export function areaBars(ix: PlanIndex, results: Results): ChartModel | null {
  const roots = ix.roots();
  if (roots.length === 0) return null;
  const d = ix.method.decimals;
  return barChart(
    'chart-ambiti',
    'Grado di raggiungimento per ambito strategico',
    roots.map((o) => {
      const entry = results.objectives[o.id];
      const mark = markOfEntry(entry, ix.method);
      return {
        label: `${o.id} ${o.name}`,
        value: entry?.score ?? null,
        valueText: entry?.score === null || entry?.score === undefined ? (entry?.status ?? '–') : formatPercent(entry.score, d),
        color: mark.color,
        symbol: mark.symbol,
      };
    }),
  );
}

export function perspectiveChart(ix: PlanIndex, results: Results): ChartModel | null {
  const perspectives = ix.doc.perspectives ?? [];
  if (perspectives.length === 0) return null;
  const d = ix.method.decimals;
  const title = 'Grado di raggiungimento per prospettiva BSC';
  const items = perspectives.map((p) => {
    const entry = results.perspectives[p.id];
    const score = entry?.score ?? null;
    return { p, entry, score, text: score === null ? (entry?.status ?? '–') : formatPercent(score, d) };
  });
  if (perspectives.length < 3) {
    return barChart(
      'chart-prospettive',
      title,
      items.map(({ p, entry, score, text }) => {
        const mark = markOfEntry(entry, ix.method);
        return { label: p.name, value: score, valueText: text, color: mark.color, symbol: mark.symbol };
      }),
    );
  }
  return radarChart(
    'chart-prospettive',
    title,
    items.map(({ p, score, text }) => ({ label: p.name, value: score, valueText: text })),
    '#0b5cad',
  );
}

export function verdictDistribution(ix: PlanIndex, results: Results, levels = ['strategic', 'operational', 'project', 'action']): ChartModel | null {
  const objectives = ix.doc.objectives.filter((o) => levels.includes(o.level));
  if (objectives.length === 0) return null;
  const counts = new Map<string, number>();
  let none = 0;
  for (const o of objectives) {
    const v = results.objectives[o.id]?.verdict;
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    else none++;
  }
  const items = ix.method.verdicts.map((b) => ({ mark: markOf(b.label, ix.method), count: counts.get(b.label) ?? 0 }));
  if (none > 0) items.push({ mark: markOf(undefined, ix.method), count: none });
  return distributionChart('chart-giudizi', 'Distribuzione dei giudizi sugli obiettivi strategici e operativi', items);
}
