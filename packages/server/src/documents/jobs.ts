import { openBrowser, type DocumentBrowser } from '@performa/documents';
import type { AppContext } from '../context.js';
import { DOCUMENT_DEAD_QUEUE, DOCUMENT_QUEUE, DocumentQueue, type DocumentJobRef, type QueueSettings } from './queue.js';
import { markFailed, runDocumentJob, TransientFailure } from './worker.js';

export interface DocumentJobOptions extends Partial<QueueSettings> {
  /**
   * Run the worker in this process: `performa serve` does (unless PERFORMA_DOCUMENT_WORKER=0);
   * buildApp alone does not (the API still enqueues; any process with a worker renders).
   */
  worker?: boolean;
  /** Documents this process renders at the same time (default 1: they share one Chromium). */
  concurrency?: number;
  /** On shutdown, how long running documents may take to finish before they are handed back to the queue. */
  shutdownTimeoutMs?: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  expireInSeconds: 15 * 60,
  retryLimit: 2,
  retryDelaySeconds: 5,
  maintenanceIntervalSeconds: 60,
  pollingIntervalSeconds: 2,
};

const LOST_MESSAGE =
  'La generazione non si è conclusa: il processo che la eseguiva si è fermato o ha superato il tempo massimo più volte. Richiedere di nuovo il documento.';

/**
 * Document generation in the background. The API enqueues (the row of document_jobs and the
 * pg-boss message in one transaction); workers — this process's when `worker` is on, or any other
 * Performa process on the same database — fetch, render and store. A message stays in pg-boss
 * until its run completes: a process that dies mid-run leaves it active until it expires, then
 * pg-boss hands it out again (retry); after the last retry it goes to the dead-letter queue,
 * whose handler marks the row failed. One Chromium per process, opened at the first PDF/DOCX.
 */
export class DocumentJobs {
  readonly queue: DocumentQueue;
  private readonly settings: QueueSettings;
  private stopping = false;
  private loops: Promise<void>[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private wakers = new Set<() => void>();
  private browserPromise: Promise<DocumentBrowser> | null = null;

  constructor(
    private readonly app: AppContext,
    private readonly options: DocumentJobOptions = {},
  ) {
    this.settings = { ...DEFAULT_QUEUE_SETTINGS, ...definedOnly(options) };
    this.queue = new DocumentQueue(app.pool, this.settings, app.log);
  }

  get workerEnabled(): boolean {
    return this.options.worker === true;
  }

  /** Starts the queue and this process's worker loops (when enabled). */
  async start(): Promise<void> {
    if (!this.workerEnabled) return;
    await this.queue.ready();
    const n = Math.max(1, this.options.concurrency ?? 1);
    for (let slot = 0; slot < n; slot++) this.loops.push(this.loop(slot));
    this.app.log.info({ concurrency: n }, 'generazione dei documenti: worker avviato');
  }

  /** Enqueues a job in the caller's transaction (the queue is started first if needed). */
  async enqueue(tx: Parameters<DocumentQueue['send']>[0], ref: DocumentJobRef): Promise<void> {
    await this.queue.send(tx, ref);
  }

  /** Makes the queue ready before a transaction that will enqueue (pg-boss's schema, first time). */
  ready(): Promise<unknown> {
    return this.queue.ready();
  }

  /** A job was just enqueued here: idle loops look at once instead of at their next poll. */
  wake(): void {
    for (const wake of [...this.wakers]) wake();
  }

  /** The process's Chromium: opened once, at the first PDF or DOCX; reopened if it died. */
  browser(): Promise<DocumentBrowser> {
    const current = this.browserPromise;
    if (current) {
      return current.then((b) => {
        if (b.browser.isConnected()) return b;
        if (this.browserPromise === current) this.browserPromise = null;
        return this.browser();
      });
    }
    // Our shutdown closes it, after the documents under way are finished (not Playwright on SIGTERM).
    const opening = openBrowser({ keepOnSignals: true });
    this.browserPromise = opening;
    opening.catch(() => {
      if (this.browserPromise === opening) this.browserPromise = null;
    });
    return opening;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private async loop(slot: number): Promise<void> {
    const boss = await this.queue.ready();
    const poll = this.settings.pollingIntervalSeconds * 1000;
    while (!this.stopping) {
      let worked = false;
      try {
        if (slot === 0) worked = (await this.drainDead()) || worked;
        const [job] = await boss.fetch<DocumentJobRef>(DOCUMENT_QUEUE, { includeMetadata: true, batchSize: 1 });
        if (job && !this.stopping) {
          worked = true;
          const run = this.process(job.id, job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
          this.running.set(job.id, run);
          await run;
          this.running.delete(job.id);
        } else if (job) {
          await boss.fail(DOCUMENT_QUEUE, job.id, { message: 'arresto del processo' }).catch(() => {});
        }
      } catch (error) {
        if (!this.stopping) this.app.log.warn({ err: error }, 'coda dei documenti: lettura non riuscita');
      }
      if (!worked && !this.stopping) await this.sleep(poll);
    }
  }

  private async process(id: string, ref: DocumentJobRef, info: { retryCount: number; retryLimit: number }): Promise<void> {
    const boss = this.queue.started!;
    try {
      await runDocumentJob({ app: this.app, browser: () => this.browser() }, ref, info);
      await boss.complete(DOCUMENT_QUEUE, id).catch((error: unknown) => this.app.log.warn({ err: error }, 'coda dei documenti: completamento non registrato'));
    } catch (error) {
      const message = error instanceof TransientFailure ? error.message : String((error as Error)?.message ?? error);
      await boss.fail(DOCUMENT_QUEUE, id, { message }).catch((e: unknown) => this.app.log.warn({ err: e }, 'coda dei documenti: errore non registrato'));
    }
  }

  /** Jobs pg-boss gave up on (expired on their last attempt): their rows become failed. */
  private async drainDead(): Promise<boolean> {
    const boss = this.queue.started!;
    const dead = await boss.fetch<DocumentJobRef>(DOCUMENT_DEAD_QUEUE, { batchSize: 10 });
    for (const job of dead) {
      await markFailed(this.app, job.data, LOST_MESSAGE);
      await boss.complete(DOCUMENT_DEAD_QUEUE, job.id);
    }
    return dead.length > 0;
  }

  /**
   * Stops fetching; lets the documents under way finish for up to `shutdownTimeoutMs`; hands
   * those still running back to the queue (pg-boss retries them: in another process, or here at
   * the next start); stops pg-boss and closes the browser. Before the pool closes.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.wake();
    const timeout = this.options.shutdownTimeoutMs ?? 20_000;
    const inFlight = [...this.running.values()];
    if (inFlight.length) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled(inFlight), new Promise((r) => (timer = setTimeout(r, timeout)))]);
      clearTimeout(timer);
      const boss = this.queue.started;
      for (const id of this.running.keys()) {
        await boss?.fail(DOCUMENT_QUEUE, id, { message: 'arresto del processo' }).catch(() => {});
      }
    } else {
      await Promise.allSettled(this.loops);
    }
    await this.queue.stop(1000).catch((error: unknown) => this.app.log.warn({ err: error }, 'arresto della coda dei documenti'));
    const browser = this.browserPromise;
    this.browserPromise = null;
    await browser?.then((b) => b.close()).catch(() => {});
  }
}

function definedOnly(options: DocumentJobOptions): Partial<QueueSettings> {
  const out: Partial<QueueSettings> = {};
  for (const key of Object.keys(DEFAULT_QUEUE_SETTINGS) as (keyof QueueSettings)[]) {
    const value = options[key];
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}
