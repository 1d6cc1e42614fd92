import type { PlanDocument } from '@performa/core';
import { assemble, reorder } from './keys.js';

type Row = Record<string, unknown>;
type Json = Record<string, unknown>;

/** Everything stored for one plan version, rows ordered by document position. */
export interface StoredPlan {
  entityId: string;
  plan: Row;
  periods: Row[];
  units: Row[];
  perspectives: Row[];
  perspectiveMembers: Row[];
  objectives: Row[];
  indicators: Row[];
  assignments: Row[];
  targets: Row[];
  revisions: Row[];
  measurements: Row[];
  overrides: Row[];
  scorecards: Row[];
  incentives: Row[];
  monitoring: Row[];
}

const extra = (row: Row) => row.extra as Json | null;

/** A target object (stored as columns, or as jsonb in revisions and monitoring) in canonical order. */
const targetOf = (row: Row) =>
  assemble('target', { op: row.op, value: row.value, min: row.min, max: row.max, date: row.date, text: row.text }, extra(row));

function methodologyOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const m = reorder('methodology', value) as Json;
  if (m.mix) m.mix = reorder('mix', m.mix);
  if (m.tolerance) m.tolerance = reorder('tolerance', m.tolerance);
  if (m.lateDeadline) m.lateDeadline = reorder('lateDeadline', m.lateDeadline);
  if (Array.isArray(m.verdicts)) m.verdicts = m.verdicts.map((v) => reorder('verdict', v));
  return m;
}

function itemOf(value: unknown): unknown {
  const item = reorder('item', value) as Json;
  if (item === null || typeof item !== 'object') return item;
  if (item.targets && typeof item.targets === 'object') {
    item.targets = Object.fromEntries(Object.entries(item.targets).map(([k, t]) => [k, reorder('target', t)]));
  }
  if (Array.isArray(item.items)) item.items = item.items.map(itemOf);
  return item;
}

/** Groups child rows under their parent's id. */
function byParent(rows: Row[], column: string): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const key = row[column] as number;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return groups;
}

/** Rebuilds the performa/1 document of a stored plan, in canonical order. */
export function documentOf(s: StoredPlan): PlanDocument {
  const p = s.plan;
  const parts = new Set(p.parts as string[]);
  const members = byParent(s.perspectiveMembers, 'perspective_id');
  const targets = byParent(s.targets, 'assignment_id');
  const revisions = byParent(s.revisions, 'assignment_id');
  const named: Json = {
    format: p.format,
    entity: assemble('entity', { id: s.entityId, name: p.entity_name }, p.entity_extra as Json | null),
    plan: parts.has('plan')
      ? assemble('plan', { id: p.declared_id, title: p.title, years: p.years, act: p.act }, p.plan_extra as Json | null)
      : null,
    methodology: parts.has('methodology') ? methodologyOf(p.methodology) : null,
    periods: s.periods.map((r) =>
      assemble('period', { id: r.key, start: r.start_date, end: r.end_date, year: r.year }, extra(r)),
    ),
    units: s.units.map((r) => assemble('unit', { id: r.key, name: r.name, parent: r.parent, kind: r.kind }, extra(r))),
    perspectives: s.perspectives.map((r) =>
      assemble(
        'perspective',
        {
          id: r.key, name: r.name, weight: r.weight,
          members: r.has_members
            ? (members.get(r.id as number) ?? []).map((m) => assemble('member', { objective: m.objective, weight: m.weight }, extra(m)))
            : null,
        },
        extra(r),
      ),
    ),
    objectives: s.objectives.map((r) =>
      assemble(
        'objective',
        {
          id: r.key, level: r.level, name: r.name, parent: r.parent, weight: r.weight, perspective: r.perspective,
          programme: r.programme, units: r.units, mix: reorder('mix', r.mix), description: r.description,
        },
        extra(r),
      ),
    ),
    indicators: s.indicators.map((r) =>
      assemble(
        'indicator',
        {
          id: r.key, name: r.name, algorithm: r.algorithm, unit: r.unit, type: r.type, source: r.source,
          cumulative: r.cumulative, code: r.code,
        },
        extra(r),
      ),
    ),
    assignments: s.assignments.map((r) =>
      assemble(
        'assignment',
        {
          objective: r.objective, indicator: r.indicator, weight: r.weight,
          targets: r.has_targets
            ? Object.fromEntries((targets.get(r.id as number) ?? []).map((t) => [t.period as string, targetOf(t)]))
            : null,
          revisions: r.has_revisions
            ? (revisions.get(r.id as number) ?? []).map((v) =>
                assemble('revision', { period: v.period, previous: reorder('target', v.previous), reason: v.reason, act: v.act }, extra(v)),
              )
            : null,
        },
        extra(r),
      ),
    ),
    measurements: s.measurements.map((r) =>
      assemble(
        'measurement',
        {
          indicator: r.indicator, period: r.period, value: r.value_number ?? r.value_date ?? r.value_bool,
          status: r.status, numerator: r.numerator, denominator: r.denominator, note: r.note,
        },
        extra(r),
      ),
    ),
    overrides: s.overrides.map((r) =>
      assemble(
        'override',
        { objective: r.objective, indicator: r.indicator, period: r.period, score: r.score, reason: r.reason, by: r.by_whom },
        extra(r),
      ),
    ),
    scorecards: s.scorecards.map((r) =>
      assemble(
        'scorecard',
        { id: r.key, holder: r.holder, role: r.role, items: (r.items as unknown[]).map(itemOf) },
        extra(r),
      ),
    ),
    incentives: s.incentives.map((r) =>
      assemble(
        'incentive',
        {
          id: r.key, name: r.name, amount: Number(r.amount), rule: r.rule, basis: r.basis, threshold: r.threshold,
        },
        extra(r),
      ),
    ),
    monitoring: s.monitoring.map((r) =>
      assemble(
        'monitoring',
        {
          period: r.period, objective: r.objective, indicator: r.indicator, by: r.by_whom, cause: r.cause,
          action: r.action, proposal: reorder('target', r.proposal), flags: r.flags,
        },
        extra(r),
      ),
    ),
  };
  // A top-level array is given back when the document had it (even empty), as it was.
  for (const key of ['units', 'perspectives', 'indicators', 'assignments', 'measurements', 'overrides', 'scorecards', 'incentives', 'monitoring']) {
    if (!parts.has(key)) named[key] = null;
  }
  return assemble('document', named, p.extra as Json | null) as unknown as PlanDocument;
}
