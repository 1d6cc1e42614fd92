import type {
  Indicator,
  Measurement,
  Objective,
  Override,
  Period,
  PlanDocument,
} from '../model/document.js';
import { resolveMethodology, type ResolvedMethodology } from '../model/methodology.js';

/** Everything the scoring of one period needs, indexed once (linear in the document's size). */
export interface ScoringContext {
  doc: PlanDocument;
  method: ResolvedMethodology;
  period: Period;
  /** The annual period containing `period` (itself when it is a year). */
  year: Period;
  explain: boolean;
  indicators: Map<string, Indicator>;
  objectives: Map<string, Objective>;
  /** Child objectives by parent id, in document order; roots under ''. */
  children: Map<string, Objective[]>;
  /** Document indices of the assignments of each objective. */
  assignmentsOf: Map<string, number[]>;
  /** Measurement of an indicator in the scored period. */
  measurements: Map<string, Measurement>;
  /** Assignment overrides by `objective\u0000indicator`, objective overrides by objective id. */
  assignmentOverrides: Map<string, Override>;
  objectiveOverrides: Map<string, Override>;
}

export const assignmentKey = (objective: string, indicator: string) => `${objective}\u0000${indicator}`;

export function buildContext(doc: PlanDocument, periodId: string, explain: boolean): ScoringContext {
  const periods = new Map(doc.periods.map((p) => [p.id, p]));
  const period = periods.get(periodId);
  if (!period) throw new RangeError(`unknown period ${periodId}`);
  const year = (period.year && periods.get(period.year)) || period;

  const objectives = new Map<string, Objective>();
  const children = new Map<string, Objective[]>();
  for (const o of doc.objectives) {
    objectives.set(o.id, o);
    const key = o.parent ?? '';
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(o);
  }
  const assignmentsOf = new Map<string, number[]>();
  const assignments = doc.assignments ?? [];
  for (let index = 0; index < assignments.length; index++) {
    const objective = assignments[index]!.objective;
    const list = assignmentsOf.get(objective);
    if (list) list.push(index);
    else assignmentsOf.set(objective, [index]);
  }
  const measurements = new Map<string, Measurement>();
  for (const m of doc.measurements ?? []) if (m.period === periodId) measurements.set(m.indicator, m);
  const assignmentOverrides = new Map<string, Override>();
  const objectiveOverrides = new Map<string, Override>();
  for (const o of doc.overrides ?? []) {
    if (o.period !== periodId) continue;
    if (o.indicator) assignmentOverrides.set(assignmentKey(o.objective, o.indicator), o);
    else objectiveOverrides.set(o.objective, o);
  }
  return {
    doc,
    method: resolveMethodology(doc.methodology),
    period,
    year,
    explain,
    indicators: new Map((doc.indicators ?? []).map((i) => [i.id, i])),
    objectives,
    children,
    assignmentsOf,
    measurements,
    assignmentOverrides,
    objectiveOverrides,
  };
}
