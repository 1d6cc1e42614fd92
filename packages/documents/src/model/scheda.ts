/** The Scheda individuale of one scorecard, for the evaluation interview. */
import { formatPercent, type Results, type Scorecard } from '@performa/core';
import { fileNameOf, heading, prose, table } from './blocks.js';
import { periodWords } from './common.js';
import type { BuildInput } from './input.js';
import { NARRATIVE_KEYS, narrativeBlocks } from './narratives.js';
import { PlanIndex } from './plan-index.js';
import { holderTitle, scorecardObjectiveCards, scorecardResultTable } from './scorecards.js';
import type { Block, ReportModel } from './types.js';
import { RELAZIONE_STYLE } from './values.js';
import { markOfEntry } from './verdicts.js';

export function buildScheda(input: BuildInput & { results: Results; card: Scorecard }): ReportModel {
  const { doc, results, card } = input;
  const ix = new PlanIndex(doc);
  const style = { ...RELAZIONE_STYLE, decimals: ix.method.decimals };
  const period = ix.periods.get(results.period);
  const entry = results.scorecards[card.id];
  const mark = markOfEntry(entry, ix.method);
  const total =
    entry?.score === null || entry?.score === undefined
      ? 'Il risultato complessivo della scheda non è determinabile.'
      : `Il risultato complessivo della scheda è ${formatPercent(entry.score, ix.method.decimals)}, con giudizio «${mark.label}».`;
  const blocks: Block[] = [
    heading(1, 'Dati della scheda', 's-dati'),
    table({
      id: 'tab-dati',
      sheet: 'Dati della scheda',
      columns: [{ header: 'Voce', width: 1 }, { header: 'Valore', width: 3 }],
      rows: [
        { cells: ['Titolare', card.holder] },
        { cells: ['Ruolo', card.role ?? '–'] },
        { cells: ['Ente', doc.entity.name] },
        { cells: ['Periodo', `${results.period}${period ? ` (${periodWords(period)})` : ''}`] },
        { cells: ['Scheda', card.id] },
      ],
    }),
    heading(1, 'Obiettivi, pesi e risultati', 's-obiettivi'),
    table(scorecardResultTable(ix, card, results, style)),
    prose(total),
  ];
  const cards = scorecardObjectiveCards(ix, card, results, style);
  if (cards.length) {
    blocks.push(heading(1, 'Dettaglio degli obiettivi', 's-dettaglio'));
    for (const c of cards) blocks.push({ type: 'card', card: c });
  }
  blocks.push(
    heading(1, 'Note del colloquio di valutazione', 's-note'),
    ...narrativeBlocks(input.narratives, 'noteValutazione', NARRATIVE_KEYS.scheda.noteValutazione),
    { type: 'signatures', labels: ['Data del colloquio', 'Il valutato', 'Il valutatore'] },
  );
  return {
    kind: 'scheda',
    title: `Scheda individuale – ${card.holder} – ${results.period}`,
    entity: doc.entity.name,
    period: results.period,
    cover: { entity: doc.entity.name, title: 'Scheda di valutazione individuale', subtitle: `${holderTitle(card)} – ${results.period}`, lines: [], compact: true },
    blocks,
    fileName: fileNameOf('scheda', doc.entity.id, card.id, results.period),
  };
}
