/**
 * Read-only indexes over a performa/1 document and its results, shared by every document builder.
 */
import {
  resolveMethodology,
  type Assignment,
  type AssignmentResult,
  type Indicator,
  type Measurement,
  type Objective,
  type Period,
  type PlanDocument,
  type ResolvedMethodology,
  type Results,
  type Unit,
} from '@performa/core';

export interface AssignmentRef {
  assignment: Assignment;
  /** Position in `doc.assignments` (= position in `results.assignments`). */
  index: number;
}

export class PlanIndex {
  readonly method: ResolvedMethodology;
  readonly objectives = new Map<string, Objective>();
  readonly indicators = new Map<string, Indicator>();
  readonly units = new Map<string, Unit>();
  readonly periods = new Map<string, Period>();
  private readonly childrenOf = new Map<string | null, Objective[]>();
  private readonly assignmentsOf = new Map<string, AssignmentRef[]>();
  private readonly unitChildrenOf = new Map<string | null, Unit[]>();
  private readonly measurementsOf = new Map<string, Measurement[]>();

  constructor(readonly doc: PlanDocument) {
    this.method = resolveMethodology(doc.methodology);
    for (const p of doc.periods) this.periods.set(p.id, p);
    for (const o of doc.objectives) {
      this.objectives.set(o.id, o);
      const parent = o.parent ?? null;
      const list = this.childrenOf.get(parent) ?? [];
      list.push(o);
      this.childrenOf.set(parent, list);
    }
    for (const i of doc.indicators ?? []) this.indicators.set(i.id, i);
    for (const u of doc.units ?? []) {
      this.units.set(u.id, u);
      const parent = u.parent ?? null;
      const list = this.unitChildrenOf.get(parent) ?? [];
      list.push(u);
      this.unitChildrenOf.set(parent, list);
    }
    (doc.assignments ?? []).forEach((assignment, index) => {
      const list = this.assignmentsOf.get(assignment.objective) ?? [];
      list.push({ assignment, index });
      this.assignmentsOf.set(assignment.objective, list);
    });
    for (const m of doc.measurements ?? []) {
      const list = this.measurementsOf.get(m.indicator) ?? [];
      list.push(m);
      this.measurementsOf.set(m.indicator, list);
    }
  }

  /** Root objectives (areas), in document order. */
  roots(): Objective[] {
    return this.childrenOf.get(null) ?? [];
  }

  children(id: string): Objective[] {
    return this.childrenOf.get(id) ?? [];
  }

  assignments(objectiveId: string): AssignmentRef[] {
    return this.assignmentsOf.get(objectiveId) ?? [];
  }

  measurements(indicatorId: string): Measurement[] {
    return this.measurementsOf.get(indicatorId) ?? [];
  }

  rootUnits(): Unit[] {
    return this.unitChildrenOf.get(null) ?? [];
  }

  unitChildren(id: string): Unit[] {
    return this.unitChildrenOf.get(id) ?? [];
  }

  /** Every unit in tree order (depth first). */
  unitsInOrder(): Unit[] {
    const out: Unit[] = [];
    const visit = (u: Unit) => {
      out.push(u);
      for (const c of this.unitChildren(u.id)) visit(c);
    };
    for (const u of this.rootUnits()) visit(u);
    return out;
  }

  /** Every objective in tree order (depth first), with its depth (0 = root). */
  walk(): { objective: Objective; depth: number }[] {
    const out: { objective: Objective; depth: number }[] = [];
    const visit = (o: Objective, depth: number) => {
      out.push({ objective: o, depth });
      for (const c of this.children(o.id)) visit(c, depth + 1);
    };
    for (const r of this.roots()) visit(r, 0);
    return out;
  }

  /** Objectives of the given levels, in tree order. */
  byLevel(...levels: Objective['level'][]): Objective[] {
    return this.walk()
      .map((w) => w.objective)
      .filter((o) => levels.includes(o.level));
  }

  /** The annual period ids (no `year`), in document order. */
  years(): Period[] {
    return this.doc.periods.filter((p) => !p.year);
  }

  /** "OP.02.01.01 - Rendere più semplice …" (the id is the printed code). */
  label(o: Objective): string {
    return `${o.id} - ${o.name}`;
  }

  unitName(id: string): string {
    return this.units.get(id)?.name ?? id;
  }

  indicatorOf(ref: AssignmentRef): Indicator {
    return this.indicators.get(ref.assignment.indicator) ?? { id: ref.assignment.indicator, name: ref.assignment.indicator };
  }

  /** Nominal share of an objective among its siblings (§3.2 weights: null = equal, 0 = not counted). */
  objectiveShare(o: Objective): number | null {
    const siblings = o.parent ? this.children(o.parent) : this.roots();
    return share(o.weight, siblings.map((s) => s.weight));
  }

  /** Nominal share of an assignment among the assignments of its objective. */
  assignmentShare(ref: AssignmentRef): number | null {
    return share(ref.assignment.weight, this.assignments(ref.assignment.objective).map((r) => r.assignment.weight));
  }
}

/** A weight as a share of its block: equal shares when all are null; 0 stays 0. */
export function share(weight: number | null | undefined, block: (number | null | undefined)[]): number | null {
  if (weight === 0) return 0;
  const numbers = block.filter((w): w is number => typeof w === 'number');
  if (numbers.length === 0) {
    const counted = block.filter((w) => w !== 0).length;
    return counted ? 1 / counted : null;
  }
  const total = numbers.reduce((a, b) => a + b, 0);
  return typeof weight === 'number' && total > 0 ? weight / total : null;
}

/** The result row of an assignment. */
export function resultOf(results: Results | undefined, ref: AssignmentRef): AssignmentResult | undefined {
  return results?.assignments[ref.index];
}
