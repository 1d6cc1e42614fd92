/** foggia-2021.expected.json, in the printed form the documents must show. */
import { formatPercent, formatSigned, type PlanDocument } from '@performa/core';
import { fixture } from './fixtures.js';

interface Expected {
  entity: number;
  objectives: Record<string, number>;
  verdicts: Record<string, string>;
  assignments: { objective: string; indicator: string; score: number; deviation: number }[];
  unexplained: Record<string, string>;
}

export const foggia = () => fixture('foggia-2021.json');
export const expected = () => fixture<Expected>('foggia-2021.expected.json');

/** Objectives with a printed result that the fixture reproduces (keys under `unexplained` skipped). */
export function expectedObjectives(): { id: string; percent: string; verdict: string | undefined }[] {
  const e = expected();
  return Object.entries(e.objectives)
    .filter(([id]) => !(`objectives.${id}` in e.unexplained))
    .map(([id, pct]) => ({ id, percent: formatPercent(pct / 100, 2), verdict: e.verdicts[id] }));
}

/** Expected deviations as printed: "+4,00 N.", "-116,00 gg", "+8,66 %". */
export function expectedDeviations(doc: PlanDocument = foggia()): { objective: string; indicator: string; text: string }[] {
  const e = expected();
  const indicators = new Map((doc.indicators ?? []).map((i) => [i.id, i]));
  const assignments = new Map((doc.assignments ?? []).map((a) => [`${a.objective}|${a.indicator}`, a]));
  return e.assignments.map((a) => {
    const target = assignments.get(`${a.objective}|${a.indicator}`)?.targets?.['2021'];
    const unit = target?.op === 'by' ? 'gg' : (indicators.get(a.indicator)?.unit ?? '');
    return { objective: a.objective, indicator: a.indicator, text: `${formatSigned(a.deviation, 2)}${unit && unit !== 'date' ? ` ${unit}` : ''}` };
  });
}

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
