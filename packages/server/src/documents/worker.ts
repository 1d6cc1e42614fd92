import { randomUUID } from 'node:crypto';
import { DocumentError, renderDocument, type DocumentBrowser, type DocumentKind, type OutputFormat, type Progress, type RenderedDocument } from '@performa/documents';
import { appendAudit } from '../audit/append.js';
import type { AppContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { HttpError } from '../http/errors.js';
import { loadPlanMeta } from '../queries/plan-meta.js';
import { documentYear, narrativesFor } from './narratives.js';
import { processFor } from './process.js';
import type { DocumentJobRef } from './queue.js';

/** The name the audit records of the worker carry (no user acts: the system does). */
export const WORKER_ACTOR = 'Performa (generazione documenti)';

/** How often progress reaches the database at most (the last step is always written). */
const PROGRESS_EVERY_MS = 250;

/** What a run needs besides the application: the process's browser, for PDF and DOCX charts. */
export interface WorkerDeps {
  app: AppContext;
  browser(): Promise<DocumentBrowser>;
}

export interface RunInfo {
  /** pg-boss's count of earlier attempts and how many it allows. */
  retryCount: number;
  retryLimit: number;
}

/** A failure the worker may retry (a lost connection, a browser crash) rather than report at once. */
export class TransientFailure extends Error {}

interface ClaimedRow {
  kind: DocumentKind;
  format: OutputFormat;
  period: string;
  scorecard: string | null;
}

/**
 * Writes progress into the row at most every PROGRESS_EVERY_MS, keeping the latest value for a
 * trailing write; writes are serialised, and only the run that owns the row may write.
 */
class ProgressWriter {
  private last = 0;
  private pending: Progress | null = null;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (p: Progress) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  report(progress: Progress): void {
    this.pending = progress;
    const wait = this.last + PROGRESS_EVERY_MS - Date.now();
    if (wait <= 0) this.flushNow();
    else this.timer ??= setTimeout(() => this.flushNow(), wait);
  }

  private flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const p = this.pending;
    this.pending = null;
    if (!p) return;
    this.last = Date.now();
    this.chain = this.chain.then(() => this.write(p)).catch(this.onError);
  }

  /** Drops what is not written yet and waits for the writes under way. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    await this.chain;
  }
}

/** The Italian message of a failure: the documents package's own for bad requests, a generic one otherwise. */
function failureMessage(error: unknown): string {
  if (error instanceof DocumentError) return error.message;
  if (error instanceof HttpError) return error.message;
  const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (/Chromium/.test(text)) return text;
  return `Errore durante la generazione del documento: ${text}`;
}

/**
 * Runs one document job: claims its row (a row already done or failed is left alone: a message
 * delivered twice does nothing), loads the plan as the results routes do (the version in force
 * for the period, assembled with entered values, approved overrides and notes; scored by the
 * core), the plan's texts of the document's year, renders with @performa/documents, stores the
 * file with its data version and input hash, and marks the row done — or failed with an Italian
 * message. Unexpected errors are rethrown as TransientFailure while pg-boss has retries left.
 */
export async function runDocumentJob(deps: WorkerDeps, ref: DocumentJobRef, info: RunInfo): Promise<void> {
  const { app } = deps;
  const pool = app.pool;
  const runId = randomUUID();
  const claimed = await pool.query<ClaimedRow>(
    `UPDATE document_jobs SET status = 'running', run_id = $4, attempts = attempts + 1, started_at = now(), progress = 0.01,
            message = 'Preparazione dei dati'
      WHERE entity_id = $1 AND plan_key = $2 AND id = $3 AND status IN ('queued', 'running')
      RETURNING kind, format, period, scorecard`,
    [ref.entityId, ref.planKey, ref.jobId, runId],
  );
  const job = claimed.rows[0];
  if (!job) return;
  const log = app.log.child({ documentJob: ref.jobId, entityId: ref.entityId, plan: ref.planKey });
  const started = Date.now();
  const progress = new ProgressWriter(
    async (p) => {
      await pool.query(
        `UPDATE document_jobs SET progress = $5, message = $6
          WHERE entity_id = $1 AND plan_key = $2 AND id = $3 AND run_id = $4 AND status = 'running'`,
        [ref.entityId, ref.planKey, ref.jobId, runId, p.fraction, p.message],
      );
    },
    (error) => log.warn({ err: error }, 'avanzamento del documento non salvato'),
  );
  try {
    // Fresh meta (not the cache): the data version recorded is the one actually read.
    const meta = await loadPlanMeta(pool, ref.entityId, ref.planKey);
    progress.report({ message: 'Calcolo dei risultati', fraction: 0.03 });
    let doc;
    let results;
    if (job.kind === 'piano') {
      doc = await app.scoring.document(meta);
    } else {
      const scored = await app.scoring.score(meta, job.period, { where: 'period' });
      doc = scored.doc;
      results = scored.results;
    }
    const narratives = await narrativesFor(pool, meta, job.kind, documentYear(meta, job.period));
    const process = job.kind === 'relazione' ? await processFor(pool, meta) : undefined;
    const browser = job.format === 'pdf' || job.format === 'docx' ? await deps.browser() : undefined;
    // The renderer's 0…1 fills 5 %…95 % of the bar; storing the file is the rest.
    const out: RenderedDocument = await renderDocument({
      kind: job.kind,
      format: job.format,
      doc,
      period: job.period,
      ...(results ? { results } : {}),
      narratives,
      ...(process ? { process } : {}),
      ...(job.scorecard ? { scorecard: job.scorecard } : {}),
      ...(browser ? { browser } : {}),
      onProgress: (p) => progress.report({ message: p.message, fraction: Math.min(0.95, 0.05 + p.fraction * 0.9) }),
    });
    await progress.close();
    const data = Buffer.from(out.data.buffer, out.data.byteOffset, out.data.byteLength);
    await inTx(pool, async (tx) => {
      const done = await tx.query(
        `UPDATE document_jobs SET status = 'done', progress = 1, message = 'Documento pronto', file = $5, file_name = $6,
                mime_type = $7, size = $8, input_hash = $9, data_version = $10, finished_at = now(), run_id = NULL
          WHERE entity_id = $1 AND plan_key = $2 AND id = $3 AND run_id = $4 AND status = 'running'`,
        [ref.entityId, ref.planKey, ref.jobId, runId, data, out.fileName, out.mimeType, data.byteLength, out.inputHash, meta.dataVersion],
      );
      if (done.rowCount !== 1) return; // another run took the job over meanwhile: its result counts
      await appendAudit(tx, null, {
        entityId: ref.entityId,
        objectType: 'document',
        objectId: ref.jobId,
        action: 'document.done',
        after: { fileName: out.fileName, size: data.byteLength, inputHash: out.inputHash, dataVersion: meta.dataVersion },
        systemActor: WORKER_ACTOR,
      });
    });
    log.info({ kind: job.kind, format: job.format, period: job.period, bytes: data.byteLength, ms: Date.now() - started }, 'documento generato');
  } catch (error) {
    await progress.close();
    const expected = error instanceof DocumentError || (error instanceof HttpError && error.statusCode < 500);
    if (!expected && info.retryCount < info.retryLimit) {
      log.warn({ err: error }, 'generazione del documento non riuscita: nuovo tentativo');
      await pool
        .query(
          `UPDATE document_jobs SET status = 'queued', message = 'Errore temporaneo: nuovo tentativo a breve', run_id = NULL
            WHERE entity_id = $1 AND plan_key = $2 AND id = $3 AND run_id = $4 AND status = 'running'`,
          [ref.entityId, ref.planKey, ref.jobId, runId],
        )
        .catch(() => {});
      throw new TransientFailure(failureMessage(error), { cause: error });
    }
    if (expected) log.info({ reason: (error as Error).message }, 'documento non generabile');
    else log.error({ err: error }, 'generazione del documento fallita');
    await markFailed(app, ref, failureMessage(error), runId);
  }
}

/**
 * Marks a job failed (with its audit record), unless it is done already. With `runId`, only if
 * that run still owns it; without (a job pg-boss gave up on), whatever run had it.
 */
export async function markFailed(app: AppContext, ref: DocumentJobRef, message: string, runId?: string): Promise<void> {
  await inTx(app.pool, async (tx) => {
    const failed = await tx.query(
      `UPDATE document_jobs SET status = 'failed', message = $4, finished_at = now(), run_id = NULL
        WHERE entity_id = $1 AND plan_key = $2 AND id = $3 AND status IN ('queued', 'running')
          ${runId ? 'AND run_id = $5' : ''}`,
      runId ? [ref.entityId, ref.planKey, ref.jobId, message, runId] : [ref.entityId, ref.planKey, ref.jobId, message],
    );
    if (failed.rowCount !== 1) return;
    await appendAudit(tx, null, {
      entityId: ref.entityId,
      objectType: 'document',
      objectId: ref.jobId,
      action: 'document.fail',
      after: { message },
      systemActor: WORKER_ACTOR,
    });
  });
}
