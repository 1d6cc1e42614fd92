import { z } from 'zod';
import { ByWhom, Id, Timestamp } from './common.js';

export const DocumentKind = z.enum(['relazione', 'piano', 'monitoraggio', 'scheda']);
export const DocumentFormat = z.enum(['docx', 'pdf', 'html', 'xlsx']);
export const JobStatus = z.enum(['queued', 'running', 'done', 'failed']);

export const DocumentJobParams = z.object({ entityId: Id, planId: Id, jobId: z.string().regex(/^\d+$/, 'id numerico del documento') });

/** What to generate: the same choices as `performa document`. */
export const CreateDocumentBody = z.object({
  kind: DocumentKind,
  format: DocumentFormat,
  period: Id,
  /** Scheda individuale: which scorecard (default: the first). */
  scorecard: Id.optional(),
});

/** A document generation: a background job (pg-boss) and, when done, its file. */
export const DocumentJob = z.object({
  id: z.string(),
  kind: DocumentKind,
  format: DocumentFormat,
  period: z.string(),
  scorecard: z.string().nullable(),
  status: JobStatus,
  /** 0…1 while running; 1 when done. */
  progress: z.number().min(0).max(1),
  /** The current step in Italian ("Calcolo dei risultati", "Stampa del PDF"…) or the error. */
  message: z.string().nullable(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  /** The plan's data version the document was made from… */
  dataVersion: z.number().int(),
  /** …and whether the data changed since (the document no longer matches the system's numbers). */
  stale: z.boolean(),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  createdBy: ByWhom,
});
export type DocumentJob = z.infer<typeof DocumentJob>;
