/** Piano: target revisions (rimodulazioni) as old → new, with reason and act. */
import { heading, prose, table } from '../blocks.js';
import type { PlanIndex } from '../plan-index.js';
import type { Block, Row } from '../types.js';
import { targetText, type NumberStyle } from '../values.js';

export function hasRevisions(ix: PlanIndex): boolean {
  return (ix.doc.assignments ?? []).some((a) => (a.revisions ?? []).length > 0);
}

export function revisioniSection(ix: PlanIndex, number: string, style: NumberStyle): Block[] {
  const rows: Row[] = [];
  (ix.doc.assignments ?? []).forEach((a, index) => {
    const indicator = ix.indicatorOf({ assignment: a, index });
    for (const r of a.revisions ?? []) {
      const current = a.targets?.[r.period];
      rows.push({
        cells: [
          a.objective,
          indicator.name,
          r.period,
          { text: `${targetText(r.previous, indicator.unit, style)} → ${current ? targetText(current, indicator.unit, style) : '–'}` },
          r.reason?.trim() || '–',
          r.act?.trim() || '–',
        ],
      });
    }
  });
  return [
    heading(1, `${number} – Rimodulazioni dei target`, 's-rimodulazioni'),
    prose(
      `Il Piano aggiorna ${rows.length === 1 ? 'un target' : `${rows.length} target`} rispetto alla versione precedente. Per ciascuno si riportano il target precedente e il nuovo target (precedente → nuovo), la motivazione e l’atto di approvazione.`,
    ),
    table({
      id: 'tab-rimodulazioni',
      title: 'Rimodulazioni dei target',
      sheet: 'Rimodulazioni',
      dense: true,
      columns: [
        { header: 'Obiettivo', width: 1.1 },
        { header: 'Indicatore', width: 2.6 },
        { header: 'Anno', width: 0.7 },
        { header: 'Target precedente → nuovo', width: 1.8 },
        { header: 'Motivazione', width: 4 },
        { header: 'Atto', width: 1.6 },
      ],
      rows,
    }),
  ];
}
