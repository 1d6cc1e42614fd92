import type { TreeNode } from '@performa/api';
import type { PlanDocument, Results } from '@performa/core';
import { scoreOf } from './score.js';

/** The performance tree (roots = objectives without parent), children in document order. */
export function treeOf(doc: PlanDocument, results: Results): TreeNode[] {
  const children = new Map<string | null, PlanDocument['objectives']>();
  for (const o of doc.objectives) {
    const key = o.parent ?? null;
    const list = children.get(key) ?? [];
    list.push(o);
    children.set(key, list);
  }
  const indicators = new Map<string, number>();
  for (const a of doc.assignments ?? []) indicators.set(a.objective, (indicators.get(a.objective) ?? 0) + 1);
  const build = (parent: string | null, seen: Set<string>): TreeNode[] =>
    (children.get(parent) ?? [])
      .filter((o) => !seen.has(o.id))
      .map((o) => ({
        id: o.id,
        level: o.level,
        name: o.name,
        weight: o.weight ?? null,
        perspective: o.perspective ?? null,
        units: o.units ?? [],
        indicators: indicators.get(o.id) ?? 0,
        result: scoreOf(results.objectives[o.id]),
        children: build(o.id, new Set([...seen, o.id])),
      }));
  return build(null, new Set());
}
