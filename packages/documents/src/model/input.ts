/** What every document builder takes. */
import type { PlanDocument, Results } from '@performa/core';
import type { Narratives } from './narratives.js';

/** A phase of the measurement and evaluation process (Relazione §5). */
export interface ProcessPhase {
  name: string;
  /** ISO dates (YYYY-MM-DD). */
  start?: string | null;
  end?: string | null;
  actor?: string | null;
  note?: string | null;
}

/** One audit record (who did what, when) from the workflow, printed in Relazione §5. */
export interface AuditRecord {
  /** ISO date or date-time. */
  at: string;
  actor: string;
  action: string;
  detail?: string | null;
}

export interface ProcessRecords {
  phases?: ProcessPhase[];
  audit?: AuditRecord[];
}

export interface BuildInput {
  doc: PlanDocument;
  /** The period the document reports on (Piano: the reference year, default the plan's first). */
  period: string;
  /** Results of `scorePlan(doc, period)`; computed when absent. */
  results?: Results;
  narratives?: Narratives;
  /** Scheda: the scorecard id (default the first card). */
  scorecard?: string;
  /** Relazione §5: workflow phases and audit records. */
  process?: ProcessRecords;
  /** Relazione §1: ids of the most significant indicators (default: indicators marked `x-highlight`). */
  highlights?: string[];
}
