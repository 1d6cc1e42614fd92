import type pg from 'pg';
import { notFound } from '../http/errors.js';

type Q = Pick<pg.ClientBase, 'query'>;

/** A row of document_jobs without its file. */
export interface DocumentJobRow {
  entity_id: string;
  plan_key: string;
  id: string;
  kind: 'relazione' | 'piano' | 'monitoraggio' | 'scheda';
  format: 'docx' | 'pdf' | 'html' | 'xlsx';
  period: string;
  scorecard: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  message: string | null;
  file_name: string | null;
  mime_type: string | null;
  size: number | null;
  input_hash: string | null;
  data_version: string | number;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  attempts: number;
}

/** Every column but the file (lists and status polls never read the bytes). */
export const JOB_COLUMNS = `entity_id, plan_key, id::text AS id, kind, format, period, scorecard, status, progress, message, file_name,
  mime_type, size, input_hash, data_version, created_by, created_by_name, created_at, started_at, finished_at, attempts`;

/** Ids are bigints: anything longer than 18 digits is no job of ours (and must not reach PostgreSQL as one). */
const validId = (jobId: string) => /^\d{1,18}$/.test(jobId);

/** The plan's documents, latest first. */
export async function listDocumentJobs(db: Q, entityId: string, planKey: string, limit = 50): Promise<DocumentJobRow[]> {
  const { rows } = await db.query<DocumentJobRow>(
    `SELECT ${JOB_COLUMNS} FROM document_jobs WHERE entity_id = $1 AND plan_key = $2 ORDER BY id DESC LIMIT $3`,
    [entityId, planKey, limit],
  );
  return rows;
}

/** One job of the plan, scoped by entity and plan: any other id is the same 404. */
export async function getDocumentJob(db: Q, entityId: string, planKey: string, jobId: string): Promise<DocumentJobRow> {
  const { rows } = validId(jobId)
    ? await db.query<DocumentJobRow>(`SELECT ${JOB_COLUMNS} FROM document_jobs WHERE entity_id = $1 AND plan_key = $2 AND id = $3`, [entityId, planKey, jobId])
    : { rows: [] };
  if (!rows[0]) throw notFound(`Documento ${jobId} non trovato.`);
  return rows[0];
}

/** The file of a job (null while it has none). */
export async function getDocumentFile(
  db: Q,
  entityId: string,
  planKey: string,
  jobId: string,
): Promise<{ status: DocumentJobRow['status']; message: string | null; file: Buffer | null; file_name: string | null; mime_type: string | null }> {
  const { rows } = validId(jobId)
    ? await db.query<{ status: DocumentJobRow['status']; message: string | null; file: Buffer | null; file_name: string | null; mime_type: string | null }>(
        'SELECT status, message, file, file_name, mime_type FROM document_jobs WHERE entity_id = $1 AND plan_key = $2 AND id = $3',
        [entityId, planKey, jobId],
      )
    : { rows: [] };
  if (!rows[0]) throw notFound(`Documento ${jobId} non trovato.`);
  return rows[0];
}
