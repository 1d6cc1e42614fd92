import type { PlanDocument } from '@performa/core';
import type { UnitRef } from '../policies/policy.js';

/** The unit tree of a plan document, as the policy needs it. */
export interface UnitIndex {
  /** Every unit with its ancestors (nearest first). */
  refs: Map<string, UnitRef>;
  roots: string[];
  names: Map<string, string>;
  /** Unit ids and their descendants. */
  subtree(ids: Iterable<string>): Set<string>;
  /** The units an objective names, as refs (unknown ids are skipped). */
  ofObjective(objectiveId: string): UnitRef[];
  /** The units of every objective the indicator serves. */
  ofIndicator(indicatorId: string): UnitRef[];
}

const cache = new WeakMap<PlanDocument, UnitIndex>();

export function unitIndex(doc: PlanDocument): UnitIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const units = doc.units ?? [];
  const parent = new Map(units.map((u) => [u.id, u.parent ?? null]));
  const refs = new Map<string, UnitRef>();
  for (const u of units) {
    const ancestors: string[] = [];
    const seen = new Set([u.id]);
    for (let p = parent.get(u.id) ?? null; p !== null && !seen.has(p); p = parent.get(p) ?? null) {
      ancestors.push(p);
      seen.add(p);
    }
    refs.set(u.id, { id: u.id, ancestors });
  }
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u.id]);
  const objectiveUnits = new Map(doc.objectives.map((o) => [o.id, o.units ?? []]));
  const byIndicator = new Map<string, Set<string>>();
  for (const a of doc.assignments ?? []) {
    const set = byIndicator.get(a.indicator) ?? new Set<string>();
    for (const u of objectiveUnits.get(a.objective) ?? []) set.add(u);
    byIndicator.set(a.indicator, set);
  }
  const toRefs = (ids: Iterable<string>) => [...ids].map((id) => refs.get(id)).filter((r): r is UnitRef => r !== undefined);
  const index: UnitIndex = {
    refs,
    roots: units.filter((u) => !u.parent).map((u) => u.id),
    names: new Map(units.map((u) => [u.id, u.name])),
    subtree(ids) {
      const out = new Set<string>();
      const stack = [...ids];
      while (stack.length) {
        const id = stack.pop()!;
        if (out.has(id)) continue;
        out.add(id);
        stack.push(...(children.get(id) ?? []));
      }
      return out;
    },
    ofObjective: (id) => toRefs(objectiveUnits.get(id) ?? []),
    ofIndicator: (id) => toRefs(byIndicator.get(id) ?? []),
  };
  cache.set(doc, index);
  return index;
}
