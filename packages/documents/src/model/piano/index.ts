/** The Piano della performance (Bergamo and Riviere layouts): strategy, dashboards, targets per year. */
import { heading, fileNameOf, prose, table } from '../blocks.js';
import { planYears } from '../common.js';
import type { BuildInput } from '../input.js';
import { methodologySentences } from '../methodology-words.js';
import { NARRATIVE_KEYS, narrativeBlocks } from '../narratives.js';
import { PlanIndex } from '../plan-index.js';
import { resourceTables } from '../resources.js';
import { bullets } from '../rich-text.js';
import { holderTitle, scorecardPlanTable } from '../scorecards.js';
import type { Block, ReportModel, Row } from '../types.js';
import { PIANO_STYLE } from '../values.js';
import { performanceTree } from '../relazione/albero.js';
import { cruscottoSection, unitsSection } from './cruscotto.js';
import { hasRevisions, revisioniSection } from './revisioni.js';

function strategicMap(ix: PlanIndex): Block[] {
  const rows: Row[] = [];
  for (const root of ix.roots()) {
    rows.push({ kind: 'group', cells: [ix.label(root)] });
    for (const o of ix.children(root.id)) {
      const perspective = (ix.doc.perspectives ?? []).find((p) => p.id === o.perspective || p.members?.some((m) => m.objective === o.id));
      rows.push({
        cells: [
          { text: ix.label(o), indent: 1, ...(o.description?.trim() ? { note: o.description.trim() } : {}) },
          perspective?.name ?? '–',
          o.programme ?? '–',
          ix.children(o.id).length ? String(ix.children(o.id).length) : '–',
        ],
      });
    }
  }
  return [
    table({
      id: 'tab-mappa-strategica',
      title: 'Mappa strategica',
      sheet: 'Mappa strategica',
      columns: [{ header: 'Ambito / obiettivo strategico', width: 5 }, { header: 'Prospettiva BSC', width: 2 }, { header: 'Programma', width: 2 }, { header: 'Obiettivi collegati', align: 'right', width: 1 }],
      rows,
    }),
    { type: 'tree', tree: performanceTree(ix, null, 'albero-piano') },
  ];
}

export function buildPiano(input: BuildInput): ReportModel {
  const { doc } = input;
  const ix = new PlanIndex(doc);
  const style = { ...PIANO_STYLE, decimals: ix.method.decimals };
  const years = planYears(doc);
  const span = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : (years[0] ?? input.period);
  const title = doc.plan?.title?.trim() || `Piano della performance ${span}`;
  const revised = hasRevisions(ix);
  const cards = doc.scorecards ?? [];

  const blocks: Block[] = [
    { type: 'toc' },
    heading(1, 'Premessa', 's-premessa'),
    ...narrativeBlocks(input.narratives, 'premessa', NARRATIVE_KEYS.piano.premessa),
    heading(1, "1 – Missione e contesto", 's-missione'),
    heading(2, '1.1 – Missione', 's-missione-1'),
    ...narrativeBlocks(input.narratives, 'missione', NARRATIVE_KEYS.piano.missione),
    heading(2, '1.2 – Analisi del contesto', 's-contesto'),
    ...narrativeBlocks(input.narratives, 'contesto', NARRATIVE_KEYS.piano.contesto),
    ...resourceTables(doc).map((t) => table(t)),
    heading(1, '2 – Mappa strategica', 's-mappa'),
    prose(`Gli obiettivi del Piano sono articolati in ${ix.roots().length} ambiti strategici, ${ix.byLevel('strategic').length} obiettivi strategici e ${ix.byLevel('operational', 'project', 'action').length} obiettivi operativi.`),
    ...narrativeBlocks(input.narratives, 'strategia'),
    ...strategicMap(ix),
    ...cruscottoSection(ix, years, style),
    ...unitsSection(ix, years, style),
    heading(1, '5 – Obiettivi individuali', 's-individuali'),
    ...narrativeBlocks(input.narratives, 'individuali'),
  ];
  if (cards.length === 0) blocks.push(prose('Il documento non contiene schede di obiettivi individuali.'));
  for (const card of cards) {
    blocks.push(heading(2, holderTitle(card), `s-scheda-${fileNameOf(card.id)}`, false));
    blocks.push(table(scorecardPlanTable(ix, card, years, style)));
  }
  let next = 6;
  if (revised) blocks.push(...revisioniSection(ix, String(next++), style));
  blocks.push(
    heading(1, `${next} – Sistema di misurazione e valutazione`, 's-smvp'),
    prose('I risultati degli obiettivi del Piano saranno misurati e valutati secondo le regole seguenti:'),
    { type: 'rich', blocks: [bullets(methodologySentences(ix.method))] },
  );

  return {
    kind: 'piano',
    title,
    entity: doc.entity.name,
    period: input.period,
    cover: {
      entity: doc.entity.name,
      title,
      subtitle: revised ? `Aggiornamento ${input.period}` : `Triennio ${span}`,
      lines: doc.plan?.act ? [`Approvato con ${doc.plan.act}`] : [],
    },
    blocks,
    fileName: fileNameOf('piano', doc.entity.id, input.period),
  };
}
