/** The Relazione sulla performance, in the structure of the Unioncamere layout (Foggia 2021). */
import type { Results } from '@performa/core';
import { fileNameOf, heading, prose } from '../blocks.js';
import { periodWords, planReference } from '../common.js';
import type { BuildInput } from '../input.js';
import { NARRATIVE_KEYS, narrativeBlocks } from '../narratives.js';
import { PlanIndex } from '../plan-index.js';
import type { Block, ReportModel } from '../types.js';
import { RELAZIONE_STYLE } from '../values.js';
import { alberoSection } from './albero.js';
import { contestoSection } from './contesto.js';
import { individualiSection } from './individuali.js';
import { processoSection } from './processo.js';
import { operationalSection, strategicSection } from './rendicontazione.js';
import { risultatiSection } from './risultati.js';
import { genereSection, valutazioneSection } from './valutazione.js';

export function buildRelazione(input: BuildInput & { results: Results }): ReportModel {
  const { doc, results } = input;
  const ix = new PlanIndex(doc);
  const style = { ...RELAZIONE_STYLE, decimals: ix.method.decimals };
  const period = ix.periods.get(results.period);
  const title = `Relazione sulla performance - ${period?.year ? 'periodo' : 'anno'} ${results.period}`;
  const reference = planReference(doc);

  const blocks: Block[] = [
    { type: 'toc' },
    heading(1, 'Premessa', 's-premessa'),
    prose(
      `La Relazione sulla performance rende conto dei risultati organizzativi e individuali raggiunti nel periodo ${periodWords(period)} rispetto agli obiettivi programmati${reference ? ` nel ${reference}` : ' nel Piano della performance'}. Tutti i risultati numerici sono calcolati da Performa a partire dai dati rilevati, secondo il Sistema di misurazione e valutazione dell’ente descritto al paragrafo 3.3.`,
    ),
    ...narrativeBlocks(input.narratives, 'premessa', NARRATIVE_KEYS.relazione.premessa),
    ...risultatiSection(ix, results, input, style),
    ...contestoSection(doc, input),
    heading(1, '3 – Rendicontazione della performance organizzativa', 's-rendicontazione'),
    ...alberoSection(ix, results, input),
    ...strategicSection(ix, results, input, style),
    ...operationalSection(ix, results, input, style),
    ...valutazioneSection(ix, results, input),
    ...genereSection(input),
    ...individualiSection(ix, results, input, style),
    ...processoSection(input),
  ];

  return {
    kind: 'relazione',
    title,
    entity: doc.entity.name,
    period: results.period,
    cover: {
      entity: doc.entity.name,
      title: 'Relazione sulla performance',
      subtitle: `${period?.year ? 'Periodo' : 'Anno'} ${results.period}`,
      lines: reference ? [`Rendicontazione del ${reference}`] : [],
    },
    blocks,
    fileName: fileNameOf('relazione', doc.entity.id, results.period),
  };
}
