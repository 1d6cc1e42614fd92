import type { PlanDocument, Target } from '@performa/core';
import { extraOf } from './keys.js';
import type { TableName } from './tables.js';

type Row = Record<string, unknown>;

/** The plan row's own values (the rest of the plan lives in the part tables). */
export interface PlanRow {
  format: string;
  parts: string[];
  entity_name: string;
  entity_extra: Row | null;
  declared_id: string | null;
  title: string | null;
  years: number[] | null;
  act: string | null;
  plan_extra: Row | null;
  methodology: unknown;
  extra: Row | null;
}

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

/** Top-level members present (not null) in the document, so that export gives back the same set. */
const partsOf = (doc: PlanDocument) =>
  Object.entries(doc)
    .filter(([key, value]) => value !== null && value !== undefined && !key.startsWith('x-'))
    .map(([key]) => key);

export function planRow(doc: PlanDocument): PlanRow {
  const plan = doc.plan ?? null;
  return {
    format: doc.format,
    parts: partsOf(doc),
    entity_name: doc.entity.name,
    entity_extra: extraOf(doc.entity, 'entity'),
    declared_id: orNull(plan?.id),
    title: orNull(plan?.title),
    years: orNull(plan?.years),
    act: orNull(plan?.act),
    plan_extra: plan ? extraOf(plan, 'plan') : null,
    methodology: orNull(doc.methodology),
    extra: extraOf(doc, 'document'),
  };
}

const targetColumns = (t: Target) => ({
  op: t.op,
  value: orNull(t.value),
  min: orNull(t.min),
  max: orNull(t.max),
  date: orNull(t.date),
  text: orNull(t.text),
  extra: extraOf(t, 'target'),
});

const measuredValue = (value: unknown) => ({
  value_number: typeof value === 'number' ? value : null,
  value_date: typeof value === 'string' ? value : null,
  value_bool: typeof value === 'boolean' ? value : null,
});

/** Splits a validated document into the rows of every part table, in document order. */
export function partRows(doc: PlanDocument): Record<TableName, Row[]> {
  const rows: Record<TableName, Row[]> = {
    periods: (doc.periods ?? []).map((p, position) => ({
      position, key: p.id, start_date: p.start, end_date: p.end, year: orNull(p.year), extra: extraOf(p, 'period'),
    })),
    units: (doc.units ?? []).map((u, position) => ({
      position, key: u.id, name: u.name, parent: orNull(u.parent), kind: orNull(u.kind), extra: extraOf(u, 'unit'),
    })),
    perspectives: (doc.perspectives ?? []).map((p, position) => ({
      position, key: p.id, name: p.name, weight: orNull(p.weight), has_members: p.members != null,
      extra: extraOf(p, 'perspective'),
    })),
    perspectiveMembers: (doc.perspectives ?? []).flatMap((p, perspective) =>
      (p.members ?? []).map((m, position) => ({
        perspective, position, objective: m.objective, weight: orNull(m.weight), extra: extraOf(m, 'member'),
      })),
    ),
    objectives: (doc.objectives ?? []).map((o, position) => ({
      position, key: o.id, level: o.level, name: o.name, parent: orNull(o.parent), weight: orNull(o.weight),
      perspective: orNull(o.perspective), programme: orNull(o.programme), units: orNull(o.units), mix: orNull(o.mix),
      description: orNull(o.description), extra: extraOf(o, 'objective'),
    })),
    indicators: (doc.indicators ?? []).map((i, position) => ({
      position, key: i.id, name: i.name, algorithm: orNull(i.algorithm), unit: orNull(i.unit), type: orNull(i.type),
      source: orNull(i.source), cumulative: orNull(i.cumulative), code: orNull(i.code), extra: extraOf(i, 'indicator'),
    })),
    assignments: (doc.assignments ?? []).map((a, position) => ({
      position, objective: a.objective, indicator: a.indicator, weight: orNull(a.weight),
      has_targets: a.targets != null, has_revisions: a.revisions != null, extra: extraOf(a, 'assignment'),
    })),
    targets: (doc.assignments ?? []).flatMap((a, assignment) =>
      Object.entries(a.targets ?? {}).map(([period, target], position) => ({
        assignment, period, position, ...targetColumns(target),
      })),
    ),
    revisions: (doc.assignments ?? []).flatMap((a, assignment) =>
      (a.revisions ?? []).map((r, position) => ({
        assignment, position, period: r.period, previous: r.previous, reason: orNull(r.reason), act: orNull(r.act),
        extra: extraOf(r, 'revision'),
      })),
    ),
    measurements: (doc.measurements ?? []).map((m, position) => ({
      position, indicator: m.indicator, period: m.period, ...measuredValue(m.value), status: orNull(m.status),
      numerator: orNull(m.numerator), denominator: orNull(m.denominator), note: orNull(m.note),
      extra: extraOf(m, 'measurement'),
    })),
    overrides: (doc.overrides ?? []).map((o, position) => ({
      position, objective: o.objective, indicator: orNull(o.indicator), period: o.period, score: o.score,
      reason: o.reason, by_whom: orNull(o.by), extra: extraOf(o, 'override'),
    })),
    scorecards: (doc.scorecards ?? []).map((s, position) => ({
      position, key: s.id, holder: s.holder, role: orNull(s.role), items: s.items, extra: extraOf(s, 'scorecard'),
    })),
    incentives: (doc.incentives ?? []).map((i, position) => ({
      position, key: i.id, name: orNull(i.name), amount: i.amount, rule: i.rule, basis: i.basis,
      threshold: orNull(i.threshold), extra: extraOf(i, 'incentive'),
    })),
    monitoring: (doc.monitoring ?? []).map((n, position) => ({
      position, period: n.period, objective: orNull(n.objective), indicator: orNull(n.indicator), by_whom: orNull(n.by),
      cause: orNull(n.cause), action: orNull(n.action), proposal: orNull(n.proposal), flags: orNull(n.flags),
      extra: extraOf(n, 'monitoring'),
    })),
  };
  return rows;
}
