import type { MonitoringNote as NoteBody } from '@performa/api';
import type { PlanDocument, Results } from '@performa/core';
import type { NoteRow } from '../queries/overlay.js';
import { targetFor } from '../queries/value-kind.js';
import { importedNoteBody, noteBody } from './note.js';
import { scoreOf } from './score.js';

/**
 * The monitoring table of a period (what an OIV receives): the tree depth-first, each objective
 * followed by its indicators, with weights, annual and period targets, values, achievement,
 * verdict and the notes on causes and corrective actions.
 */
export function monitoringOf(doc: PlanDocument, results: Results, baseDoc: PlanDocument, notes: NoteRow[], periodId: string) {
  const period = doc.periods.find((p) => p.id === periodId)!;
  const year = period.year ?? period.id;
  const allNotes: NoteBody[] = [
    ...(baseDoc.monitoring ?? []).map((n, i) => ({ n, i })).filter(({ n }) => n.period === periodId).map(({ n, i }) => importedNoteBody(n, i)),
    ...notes.filter((n) => n.period === periodId).map(noteBody),
  ];
  const notesOf = (objective: string, indicator: string | null) =>
    allNotes.filter((n) => n.objective === objective && (n.indicator ?? null) === indicator);
  const children = new Map<string | null, PlanDocument['objectives']>();
  for (const o of doc.objectives) children.set(o.parent ?? null, [...(children.get(o.parent ?? null) ?? []), o]);
  const assignments = (doc.assignments ?? []).map((a, i) => ({ a, r: results.assignments[i]! }));
  const byObjective = new Map<string, typeof assignments>();
  for (const x of assignments) byObjective.set(x.a.objective, [...(byObjective.get(x.a.objective) ?? []), x]);
  const indicators = new Map((doc.indicators ?? []).map((i) => [i.id, i]));
  const rows: unknown[] = [];
  const visit = (parent: string | null, depth: number, seen: Set<string>) => {
    for (const o of children.get(parent) ?? []) {
      if (seen.has(o.id)) continue;
      rows.push({
        kind: 'objective', depth, objective: o.id, indicator: null, level: o.level, name: o.name, unit: null, weight: o.weight ?? null,
        annualTarget: null, periodTarget: null, value: null, deviation: null, result: scoreOf(results.objectives[o.id]), notes: notesOf(o.id, null),
      });
      for (const { a, r } of byObjective.get(o.id) ?? []) {
        const ind = indicators.get(a.indicator);
        rows.push({
          kind: 'indicator', depth: depth + 1, objective: o.id, indicator: a.indicator, level: o.level, name: ind?.name ?? a.indicator,
          unit: ind?.unit ?? null, weight: a.weight ?? null, annualTarget: a.targets?.[year] ?? null,
          periodTarget: r.target ?? targetFor(doc, a.targets, periodId), value: r.value ?? null, deviation: r.deviation,
          result: scoreOf(r), notes: notesOf(o.id, a.indicator),
        });
      }
      visit(o.id, depth + 1, new Set([...seen, o.id]));
    }
  };
  visit(null, 0, new Set());
  return { period: periodId, year, entity: scoreOf(results.entity), rows };
}
