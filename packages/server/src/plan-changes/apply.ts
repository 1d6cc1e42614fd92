import type { PlanChange } from '@performa/api';
import type { Methodology, PlanDocument, Target } from '@performa/core';
import { invalidFields } from '../http/errors.js';

export interface ApplyOptions {
  /** Rimodulazione: target changes record the previous target as a revision with this act. */
  act: string | null;
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * Applies changes to a copy of a plan document. Pure. Unknown objectives, indicators, periods or
 * units are 400s naming the change (`body.changes.2.objective`).
 */
export function applyChanges(doc: PlanDocument, changes: PlanChange[], options: ApplyOptions): PlanDocument {
  const next = clone(doc);
  const fields: { path: string; message: string }[] = [];
  const objectives = new Map(next.objectives.map((o) => [o.id, o]));
  const periods = new Set(next.periods.map((p) => p.id));
  const units = new Set((next.units ?? []).map((u) => u.id));
  changes.forEach((change, i) => {
    const at = (field: string) => `body.changes.${i}.${field}`;
    if (change.type === 'methodology') {
      next.methodology = change.methodology as Methodology;
      return;
    }
    const objective = objectives.get(change.objective);
    if (!objective) {
      fields.push({ path: at('objective'), message: `Obiettivo sconosciuto: ${change.objective}.` });
      return;
    }
    if (change.type === 'objectiveWeight') {
      objective.weight = change.weight;
      return;
    }
    if (change.type === 'objective') {
      if (change.name !== undefined) objective.name = change.name;
      if (change.description !== undefined) objective.description = change.description;
      if (change.programme !== undefined) objective.programme = change.programme;
      if (change.units !== undefined) {
        const unknown = change.units.filter((u) => !units.has(u));
        if (unknown.length) fields.push({ path: at('units'), message: `Unità sconosciute: ${unknown.join(', ')}.` });
        objective.units = change.units;
      }
      return;
    }
    const assignment = (next.assignments ?? []).find((a) => a.objective === change.objective && a.indicator === change.indicator);
    if (!assignment) {
      fields.push({ path: at('indicator'), message: `L'obiettivo ${change.objective} non ha l'indicatore ${change.indicator}.` });
      return;
    }
    if (change.type === 'assignmentWeight') {
      assignment.weight = change.weight;
      return;
    }
    if (!periods.has(change.period)) {
      fields.push({ path: at('period'), message: `Periodo sconosciuto: ${change.period}.` });
      return;
    }
    const targets = { ...(assignment.targets ?? {}) };
    const previous = targets[change.period];
    if (change.target === null) delete targets[change.period];
    else targets[change.period] = change.target as Target;
    assignment.targets = targets;
    if (options.act !== null && previous) {
      assignment.revisions = [
        ...(assignment.revisions ?? []),
        { period: change.period, previous, reason: change.reason ?? null, act: options.act },
      ];
    }
  });
  if (fields.length) throw invalidFields(fields);
  return next;
}
