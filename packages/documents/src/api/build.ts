/**
 * From a request to the report model: checks the choices, scores the plan when no results are given,
 * and calls the builder of the document kind. Pure: no I/O.
 */
import { scorePlan, type PlanDocument, type Results } from '@performa/core';
import type { BuildInput } from '../model/input.js';
import { buildMonitoraggio } from '../model/monitoraggio/index.js';
import { buildPiano } from '../model/piano/index.js';
import { buildRelazione } from '../model/relazione/index.js';
import { buildScheda } from '../model/scheda.js';
import type { DocumentKind, ReportModel } from '../model/types.js';
import { planYears } from '../model/common.js';
import { DocumentError } from './errors.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['relazione', 'piano', 'monitoraggio', 'scheda'];

export const KIND_TITLES: Record<DocumentKind, string> = {
  relazione: 'Relazione sulla performance',
  piano: 'Piano della performance',
  monitoraggio: 'Monitoraggio OIV',
  scheda: 'Scheda individuale',
};

export interface ReportRequest extends Omit<BuildInput, 'period'> {
  kind: DocumentKind;
  /** Required except for the Piano (default: the plan's first year). */
  period?: string;
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** The period a request uses, checked against the document. */
export function resolvePeriod(kind: DocumentKind, doc: PlanDocument, period: string | undefined): string {
  const ids = doc.periods.map((p) => p.id);
  if (!period) {
    if (kind === 'piano') {
      const first = planYears(doc)[0];
      if (first) return first;
    }
    throw new DocumentError('period.missing', `Indicare il periodo (es. --period ${ids[0] ?? '2021'}). I periodi del documento sono: ${ids.join(', ')}.`);
  }
  if (kind === 'piano' && planYears(doc).includes(period)) return period;
  if (!ids.includes(period)) {
    throw new DocumentError('period.unknown', `Periodo "${period}" sconosciuto. I periodi del documento sono: ${ids.join(', ')}.`);
  }
  return period;
}

export function buildReport(request: ReportRequest): ReportModel {
  const { kind, doc } = request;
  if (!isDocumentKind(kind)) {
    throw new DocumentError('kind.unknown', `Documento "${String(kind)}" sconosciuto: usare ${DOCUMENT_KINDS.join(', ')}.`);
  }
  const period = resolvePeriod(kind, doc, request.period);
  if (kind === 'piano') return buildPiano({ ...request, period });
  const results: Results = request.results && request.results.period === period ? request.results : scorePlan(doc, period);
  const input = { ...request, period, results };
  switch (kind) {
    case 'relazione':
      return buildRelazione(input);
    case 'monitoraggio':
      return buildMonitoraggio(input);
    case 'scheda': {
      const cards = doc.scorecards ?? [];
      if (cards.length === 0) throw new DocumentError('scorecard.none', 'Il documento non contiene schede individuali (scorecards).');
      const card = request.scorecard ? cards.find((c) => c.id === request.scorecard) : cards[0];
      if (!card) {
        throw new DocumentError('scorecard.unknown', `Scheda "${request.scorecard}" sconosciuta. Le schede del documento sono: ${cards.map((c) => c.id).join(', ')}.`);
      }
      return buildScheda({ ...input, card });
    }
  }
}
