/** Relazione §4: individual objectives (one summary table per scorecard, then its objective cards). */
import type { Results } from '@performa/core';
import { anchorOf, heading, prose, table } from '../blocks.js';
import type { BuildInput } from '../input.js';
import { narrativeBlocks } from '../narratives.js';
import type { PlanIndex } from '../plan-index.js';
import { holderTitle, scorecardObjectiveCards, scorecardResultTable } from '../scorecards.js';
import type { Block } from '../types.js';
import type { NumberStyle } from '../values.js';

export function individualiSection(ix: PlanIndex, results: Results, input: BuildInput, style: NumberStyle): Block[] {
  const cards = ix.doc.scorecards ?? [];
  const blocks: Block[] = [heading(1, '4 – Rendicontazione degli obiettivi individuali', 's-individuali')];
  blocks.push(
    prose(
      cards.length
        ? `Si rendicontano gli obiettivi individuali assegnati nel Piano (${cards.length === 1 ? 'una scheda' : `${cards.length} schede`}), con il peso di ciascun obiettivo, il risultato misurato e il risultato complessivo della scheda.`
        : 'Il documento non contiene schede di obiettivi individuali.',
    ),
  );
  blocks.push(...narrativeBlocks(input.narratives, 'individuali'));
  for (const card of cards) {
    blocks.push(heading(2, holderTitle(card), anchorOf('scheda', card.id), false));
    blocks.push(table(scorecardResultTable(ix, card, results, style)));
    for (const c of scorecardObjectiveCards(ix, card, results, style)) blocks.push({ type: 'card', card: c });
  }
  return blocks;
}
