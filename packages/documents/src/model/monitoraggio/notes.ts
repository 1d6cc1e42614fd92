/** Monitoraggio OIV: observed causes and corrective actions per indicator, from the `monitoring` notes. */
import type { Results } from '@performa/core';
import { resultOf, type PlanIndex } from '../plan-index.js';
import type { Row, TableModel } from '../types.js';
import { scoreCell, targetText, type NumberStyle } from '../values.js';

export function notesTable(ix: PlanIndex, results: Results, style: NumberStyle): TableModel {
  const d = ix.method.decimals;
  const p = results.period;
  const notes = (ix.doc.monitoring ?? []).filter((n) => n.period === p);
  const rows: Row[] = notes.map((n) => {
    const indicator = n.indicator ? ix.indicators.get(n.indicator) : undefined;
    const ref = n.objective && n.indicator ? ix.assignments(n.objective).find((r) => r.assignment.indicator === n.indicator) : undefined;
    const entry = ref ? resultOf(results, ref) : n.objective ? results.objectives[n.objective] : undefined;
    return {
      cells: [
        n.objective ?? '–',
        indicator?.name ?? (n.indicator ? n.indicator : "(intero obiettivo)"),
        scoreCell(entry, d),
        n.cause?.trim() || '–',
        n.action?.trim() || '–',
        n.proposal ? targetText(n.proposal, indicator?.unit, style) : '–',
        [...(n.flags ?? []), n.by ? `rilevato da: ${n.by}` : ''].filter(Boolean).join(' · ') || '–',
      ],
    };
  });
  // Indicators below the top band without an observation: the OIV sees what is still unexplained.
  const top = ix.method.verdicts[0]?.from ?? 1;
  const noted = new Set(notes.map((n) => `${n.objective ?? ''}|${n.indicator ?? ''}`));
  (ix.doc.assignments ?? []).forEach((a, index) => {
    const r = results.assignments[index];
    if (!r || r.score === null || r.score >= top - 1e-9) return;
    if (noted.has(`${a.objective}|${a.indicator}`)) return;
    const indicator = ix.indicatorOf({ assignment: a, index });
    rows.push({ cells: [a.objective, indicator.name, scoreCell(r, d), { text: 'nessuna osservazione registrata', italic: true }, '–', '–', 'sotto soglia'] });
  });
  return {
    id: 'tab-osservazioni',
    title: `Osservazioni del monitoraggio – ${p}`,
    sheet: 'Osservazioni',
    dense: true,
    columns: [
      { header: 'Obiettivo', width: 1.1 },
      { header: 'Indicatore', width: 2.6 },
      { header: 'Risultato', align: 'right', width: 1.1 },
      { header: 'Causa rilevata', width: 2.6 },
      { header: 'Azione correttiva', width: 2.6 },
      { header: 'Proposta di target', width: 1.3 },
      { header: 'Segnalazioni', width: 1.4 },
    ],
    rows,
  };
}
