import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { JOB_COLUMNS, type DocumentJobRow } from '../queries/document-jobs.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { documentJobBody } from '../presenters/document-job.js';
import { actorName } from './support.js';

export interface DocumentRequest {
  kind: DocumentJobRow['kind'];
  format: DocumentJobRow['format'];
  period: string;
  /** Resolved: the scorecard of a scheda (null for the other kinds). */
  scorecard: string | null;
}

/**
 * Requests a document: the row (queued, with the plan's current data version), its audit record
 * and the pg-boss message, in one transaction — a job exists exactly when its message does. The
 * request was checked against the plan by the route.
 */
export async function createDocument(ctx: CommandContext, meta: PlanMeta, request: DocumentRequest) {
  const jobs = ctx.app.documents;
  await jobs.ready();
  const { row, dataVersion } = await inTx(ctx.app.pool, async (tx) => {
    const dv = await tx.query<{ data_version: string }>('SELECT data_version FROM plan_workflow WHERE entity_id = $1 AND plan_key = $2', [
      meta.entityId,
      meta.planKey,
    ]);
    const dataVersion = Number(dv.rows[0]?.data_version ?? 0);
    const inserted = await tx.query<DocumentJobRow>(
      `INSERT INTO document_jobs (entity_id, plan_key, kind, format, period, scorecard, status, progress, message, data_version, created_by, created_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, 'queued', 0, 'In coda', $7, $8, $9)
       RETURNING ${JOB_COLUMNS}`,
      [meta.entityId, meta.planKey, request.kind, request.format, request.period, request.scorecard, dataVersion, ctx.actor.userId, actorName(ctx.actor)],
    );
    const row = inserted.rows[0]!;
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'document',
      objectId: row.id,
      action: 'document.create',
      after: { plan: meta.planKey, ...request, dataVersion },
    });
    await jobs.enqueue(tx, { entityId: meta.entityId, planKey: meta.planKey, jobId: row.id });
    return { row, dataVersion };
  });
  jobs.wake();
  return documentJobBody(row, dataVersion);
}
