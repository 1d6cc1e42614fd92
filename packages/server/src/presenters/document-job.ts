import type { DocumentJob } from '@performa/api';
import type { DocumentJobRow } from '../queries/document-jobs.js';

/**
 * A document job as the API gives it. `stale`: the plan's data changed since the job's data
 * version (the document no longer shows the system's numbers; a queued or running job takes the
 * data version it renders from when it is done).
 */
export function documentJobBody(row: DocumentJobRow, currentDataVersion: number): DocumentJob {
  const dataVersion = Number(row.data_version);
  return {
    id: String(row.id),
    kind: row.kind,
    format: row.format,
    period: row.period,
    scorecard: row.scorecard,
    status: row.status,
    progress: Math.min(1, Math.max(0, Number(row.progress))),
    message: row.message,
    fileName: row.status === 'done' ? row.file_name : null,
    size: row.status === 'done' && row.size !== null ? Number(row.size) : null,
    dataVersion,
    stale: dataVersion !== currentDataVersion,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    createdBy: row.created_by ? { userId: row.created_by, name: row.created_by_name ?? row.created_by } : null,
  };
}
