import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type pg from 'pg';

/** The pg-boss queue of document generations, and where jobs that exhausted their retries go. */
export const DOCUMENT_QUEUE = 'performa-documents';
export const DOCUMENT_DEAD_QUEUE = 'performa-documents-dead';
/** pg-boss's own tables live in this schema of Performa's database. */
export const QUEUE_SCHEMA = 'pgboss';

/** What a queued message carries: the row of document_jobs it stands for (scoped by entity). */
export interface DocumentJobRef {
  entityId: string;
  planKey: string;
  jobId: string;
}

export interface QueueSettings {
  /** A job still active after this long is considered lost (its process died) and retried. */
  expireInSeconds: number;
  /** Attempts after the first one (crash, expiry, transient error). */
  retryLimit: number;
  retryDelaySeconds: number;
  /** How often pg-boss looks for expired jobs (shared by all processes: one of them does it). */
  maintenanceIntervalSeconds: number;
  /** How often an idle worker asks for work (a job enqueued by this process wakes it at once). */
  pollingIntervalSeconds: number;
}

/** Anything that runs SQL: the pool, or the client of an open transaction (to enqueue in it). */
type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export const sqlOf = (db: Queryable): PgBoss.Db => ({
  executeSql: async (text: string, values: unknown[]) => {
    const { rows } = await (db as pg.Pool).query(text, values);
    return { rows };
  },
});

/**
 * pg-boss 10 on Performa's own pool (no second pool, no second connection setting), in schema
 * `pgboss` of the same database: several Performa processes on one database share the queue
 * (jobs are fetched with SKIP LOCKED). Started lazily, once.
 */
export class DocumentQueue {
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private stopped = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly settings: QueueSettings,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** The started queue (installs or migrates pg-boss's schema the first time, under its own lock). */
  ready(): Promise<PgBoss> {
    if (this.stopped) return Promise.reject(new Error('La coda dei documenti è stata fermata.'));
    this.starting ??= this.open().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async open(): Promise<PgBoss> {
    const s = this.settings;
    const boss = new PgBoss({
      db: sqlOf(this.pool),
      schema: QUEUE_SCHEMA,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: s.maintenanceIntervalSeconds,
      pollingIntervalSeconds: s.pollingIntervalSeconds,
    });
    boss.on('error', (error) => this.log.warn({ err: error }, 'coda dei documenti (pg-boss)'));
    await boss.start();
    const options = {
      expireInSeconds: s.expireInSeconds,
      retryLimit: s.retryLimit,
      retryDelay: s.retryDelaySeconds,
      retryBackoff: false,
      retentionMinutes: 7 * 24 * 60,
    };
    // Idempotent (ON CONFLICT DO NOTHING); the update applies changed settings to an existing queue.
    await boss.createQueue(DOCUMENT_DEAD_QUEUE, { name: DOCUMENT_DEAD_QUEUE, ...options, retryLimit: 2 });
    await boss.createQueue(DOCUMENT_QUEUE, { name: DOCUMENT_QUEUE, ...options, deadLetter: DOCUMENT_DEAD_QUEUE });
    await boss.updateQueue(DOCUMENT_QUEUE, { name: DOCUMENT_QUEUE, ...options, deadLetter: DOCUMENT_DEAD_QUEUE });
    this.boss = boss;
    return boss;
  }

  /** Enqueues inside the caller's transaction: the message exists exactly when the row does. */
  async send(tx: Queryable, ref: DocumentJobRef): Promise<string> {
    const boss = await this.ready();
    const id = await boss.send(DOCUMENT_QUEUE, { ...ref }, { db: sqlOf(tx) });
    // pg-boss answers null when it did not insert (no such queue): never leave a row without its message.
    if (!id) throw new Error(`La coda ${DOCUMENT_QUEUE} non ha accettato il documento ${ref.jobId}.`);
    return id;
  }

  /** Stops fetching, lets running jobs finish for up to `timeoutMs`, then fails (= retries) the rest. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopped = true;
    const boss = this.boss ?? (await this.starting?.catch(() => null)) ?? null;
    if (!boss) return;
    await boss.stop({ graceful: true, timeout: timeoutMs, close: false, wait: true });
  }

  get started(): PgBoss | null {
    return this.boss;
  }
}
