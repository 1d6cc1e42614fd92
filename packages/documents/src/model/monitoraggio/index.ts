/** The OIV monitoring pack for an interim period. */
import type { Results } from '@performa/core';
import { fileNameOf, heading, prose, table } from '../blocks.js';
import { areaBars, verdictDistribution } from '../charts.js';
import { periodWords, planReference } from '../common.js';
import type { BuildInput } from '../input.js';
import { NARRATIVE_KEYS, narrativeBlocks } from '../narratives.js';
import { PlanIndex } from '../plan-index.js';
import type { Block, ChartModel, ReportModel } from '../types.js';
import { RELAZIONE_STYLE } from '../values.js';
import { notesTable } from './notes.js';
import { summaryTable, treeTable } from './tables.js';

export function buildMonitoraggio(input: BuildInput & { results: Results }): ReportModel {
  const { doc, results } = input;
  const ix = new PlanIndex(doc);
  const style = { ...RELAZIONE_STYLE, decimals: ix.method.decimals };
  const period = ix.periods.get(results.period);
  const year = period?.year ?? null;
  const reference = planReference(doc);
  const title = `Monitoraggio intermedio della performance – ${results.period}`;
  const charts = [areaBars(ix, results), verdictDistribution(ix, results)].filter((c): c is ChartModel => c !== null);

  const blocks: Block[] = [
    { type: 'toc' },
    heading(1, 'Premessa', 's-premessa'),
    prose(
      `Il presente documento riporta lo stato di avanzamento degli obiettivi ${periodWords(period)}${reference ? ` previsti nel ${reference}` : ''}, per le valutazioni di competenza dell’Organismo indipendente di valutazione. ${
        year
          ? `Per ogni indicatore sono riportati il target annuale ${year} e il target del periodo ${results.period}; il raggiungimento è calcolato rispetto al target del periodo.`
          : 'Il raggiungimento è calcolato rispetto ai target del periodo.'
      }`,
    ),
    ...narrativeBlocks(input.narratives, 'premessa', NARRATIVE_KEYS.monitoraggio.premessa),
    heading(1, '1 – Sintesi per obiettivo strategico', 's-sintesi'),
    table(summaryTable(ix, results)),
  ];
  if (charts.length) blocks.push({ type: 'charts', charts });
  blocks.push(
    heading(1, '2 – Albero della performance: pesi, target e valori', 's-albero'),
    table(treeTable(ix, results, year, style)),
    heading(1, '3 – Cause degli scostamenti e azioni correttive', 's-osservazioni'),
    prose(
      'Per ogni indicatore oggetto di osservazione si riportano la causa rilevata, l’azione correttiva proposta e l’eventuale proposta di rimodulazione del target; sono elencati anche gli indicatori sotto la soglia del giudizio massimo per i quali non è stata registrata alcuna osservazione.',
    ),
    table(notesTable(ix, results, style)),
    heading(1, "4 – Conclusioni dell'OIV", 's-conclusioni'),
    ...narrativeBlocks(input.narratives, 'conclusioniOiv', NARRATIVE_KEYS.monitoraggio.conclusioniOiv),
    { type: 'signatures', labels: ["L'Organismo indipendente di valutazione"] },
  );
  return {
    kind: 'monitoraggio',
    title,
    entity: doc.entity.name,
    period: results.period,
    cover: {
      entity: doc.entity.name,
      title: 'Monitoraggio intermedio della performance',
      subtitle: `Periodo ${results.period}${period ? ` (${periodWords(period)})` : ''}`,
      lines: ["Documento per l'Organismo indipendente di valutazione", ...(reference ? [reference] : [])],
    },
    blocks,
    fileName: fileNameOf('monitoraggio', doc.entity.id, results.period),
  };
}
