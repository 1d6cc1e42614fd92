import type { PlanChange } from '@performa/api';
import type { PlanDocument } from '@performa/core';
import { canonicalJson } from '../audit/canonical.js';

export interface Difference {
  part: string;
  key: string;
  field: string;
  change: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
  reason: string | null;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function diffRecords<T extends object>(
  out: Difference[],
  part: string,
  before: Map<string, T>,
  after: Map<string, T>,
  fields: (keyof T & string)[],
): void {
  for (const [key, a] of before) {
    const b = after.get(key);
    if (!b) out.push({ part, key, field: '*', change: 'removed', before: a, after: null, reason: null });
    else for (const f of fields) if (!same(a[f], b[f])) out.push({ part, key, field: f, change: 'changed', before: a[f] ?? null, after: b[f] ?? null, reason: null });
  }
  for (const [key, b] of after) if (!before.has(key)) out.push({ part, key, field: '*', change: 'added', before: null, after: b, reason: null });
}

/** What differs between two versions of a plan: objectives, indicators, assignments, targets, methodology. */
export function diffVersions(from: PlanDocument, to: PlanDocument, changes: PlanChange[] = []): Difference[] {
  const out: Difference[] = [];
  diffRecords(out, 'objective', new Map(from.objectives.map((o) => [o.id, o])), new Map(to.objectives.map((o) => [o.id, o])),
    ['name', 'level', 'parent', 'weight', 'perspective', 'programme', 'units', 'mix', 'description']);
  diffRecords(out, 'indicator', new Map((from.indicators ?? []).map((i) => [i.id, i])), new Map((to.indicators ?? []).map((i) => [i.id, i])),
    ['name', 'algorithm', 'unit', 'type', 'source', 'cumulative', 'code']);
  const assignments = (doc: PlanDocument) => new Map((doc.assignments ?? []).map((a) => [`${a.objective}:${a.indicator}`, a]));
  diffRecords(out, 'assignment', assignments(from), assignments(to), ['weight']);
  const targets = (doc: PlanDocument) => {
    const m = new Map<string, { target: unknown }>();
    for (const a of doc.assignments ?? []) for (const [p, t] of Object.entries(a.targets ?? {})) m.set(`${a.objective}:${a.indicator}@${p}`, { target: t });
    return m;
  };
  // A target is one value: its difference shows the targets themselves.
  const start = out.length;
  diffRecords(out, 'target', targets(from), targets(to), ['target']);
  for (const d of out.slice(start)) {
    if (d.change === 'changed') continue;
    if (d.before) d.before = (d.before as { target: unknown }).target;
    if (d.after) d.after = (d.after as { target: unknown }).target;
  }
  if (!same(from.methodology, to.methodology)) {
    out.push({ part: 'methodology', key: 'methodology', field: '*', change: 'changed', before: from.methodology ?? null, after: to.methodology ?? null, reason: null });
  }
  for (const d of out) d.reason = reasonFor(d, changes);
  return out;
}

function reasonFor(d: Difference, changes: PlanChange[]): string | null {
  for (const c of changes) {
    if (!c.reason) continue;
    if (c.type === 'methodology' && d.part === 'methodology') return c.reason;
    if (c.type === 'target' && d.part === 'target' && d.key === `${c.objective}:${c.indicator}@${c.period}`) return c.reason;
    if (c.type === 'assignmentWeight' && d.part === 'assignment' && d.key === `${c.objective}:${c.indicator}`) return c.reason;
    if ((c.type === 'objectiveWeight' || c.type === 'objective') && d.part === 'objective' && d.key === c.objective) return c.reason;
  }
  return null;
}
