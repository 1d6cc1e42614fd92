/** Relazione §3.3–3.4: overall assessment (the SMVP in words) and gender budget. */
import { formatPercent, term, type Results } from '@performa/core';
import { heading, prose, table } from '../blocks.js';
import type { BuildInput } from '../input.js';
import { methodologySentences } from '../methodology-words.js';
import { NARRATIVE_KEYS, narrativeBlocks } from '../narratives.js';
import type { PlanIndex } from '../plan-index.js';
import { bullets } from '../rich-text.js';
import type { Block } from '../types.js';
import { legendItems, markOfEntry } from '../verdicts.js';

export function valutazioneSection(ix: PlanIndex, results: Results, input: BuildInput): Block[] {
  const d = ix.method.decimals;
  const mark = markOfEntry(results.entity, ix.method);
  const entityText =
    results.entity.score === null
      ? `La ${term('performanceEnte').toLowerCase()} non è determinabile per il ${results.period}.`
      : `La ${term('performanceEnte').toLowerCase()} del ${results.period} si attesta su un risultato complessivo pari a ${formatPercent(results.entity.score, d)}, con giudizio «${mark.label}».`;
  return [
    heading(2, '3.3 – Valutazione complessiva della performance organizzativa', 's-valutazione'),
    prose(
      'La misurazione e valutazione della performance organizzativa è effettuata secondo le modalità definite nel Sistema di misurazione e valutazione della performance (SMVP) dell’ente. Le regole applicate per il calcolo dei risultati riportati in questo documento sono le seguenti:',
    ),
    { type: 'rich', blocks: [bullets(methodologySentences(ix.method))] },
    prose('La scala di valutazione prevede le seguenti fasce di giudizio:'),
    table({
      id: 'tab-fasce',
      title: 'Fasce di valutazione',
      sheet: 'Fasce di valutazione',
      columns: [{ header: 'Simbolo', width: 1 }, { header: 'Giudizio', width: 2.5 }, { header: 'Risultato', width: 3 }],
      rows: legendItems(ix.method).map((item) => ({
        cells: [{ text: item.mark.symbol, verdict: item.mark }, item.mark.label, item.range],
      })),
    }),
    prose(entityText),
    ...narrativeBlocks(input.narratives, 'valutazione', NARRATIVE_KEYS.relazione.valutazione),
  ];
}

export function genereSection(input: BuildInput): Block[] {
  return [
    heading(2, '3.4 – Bilancio di genere', 's-genere'),
    ...narrativeBlocks(input.narratives, 'genere', NARRATIVE_KEYS.relazione.genere),
  ];
}
