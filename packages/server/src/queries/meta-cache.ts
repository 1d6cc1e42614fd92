import type { Store } from '@performa/storage';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { loadPlanMeta, type PlanMeta } from './plan-meta.js';

const CHANNEL = 'performa_plan_changed';
const SEP = String.fromCharCode(31);

/**
 * Plan meta data (versions, state, periods, data version) kept in memory, so that a read of
 * results costs no query beyond the session's. Entries are dropped when the plan changes: at once
 * for changes made through this process, and through PostgreSQL notifications (migration 0004:
 * triggers on plans, plan_workflow, period_workflow) for changes made by anyone else. Caching is
 * on only while the notification connection is up; without it every read queries.
 */
export class MetaCache {
  private readonly entries = new Map<string, Promise<PlanMeta>>();
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
  ) {}

  get(entityId: string, planKey: string): Promise<PlanMeta> {
    if (!this.listening) return loadPlanMeta(this.store.pool, entityId, planKey);
    const key = `${entityId}${SEP}${planKey}`;
    let hit = this.entries.get(key);
    if (!hit) {
      hit = loadPlanMeta(this.store.pool, entityId, planKey);
      this.entries.set(key, hit);
      hit.catch(() => {
        if (this.entries.get(key) === hit) this.entries.delete(key);
      });
    }
    return hit;
  }

  /** Forget a plan (or every plan of an entity when `planKey` is absent). */
  invalidate(entityId: string, planKey?: string): void {
    if (planKey !== undefined) {
      this.entries.delete(`${entityId}${SEP}${planKey}`);
      return;
    }
    for (const key of this.entries.keys()) if (key.startsWith(`${entityId}${SEP}`)) this.entries.delete(key);
  }

  /** Opens the notification connection (cache on); reconnects by itself when it drops. */
  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client(this.store.pool.options as pg.ClientConfig);
    client.on('notification', (message) => {
      const [entityId, planKey] = (message.payload ?? '').split(SEP);
      if (entityId !== undefined) this.invalidate(entityId, planKey);
    });
    const down = (error?: Error) => {
      if (this.client !== client) return;
      this.listening = false;
      this.client = null;
      this.entries.clear();
      if (this.closed) return;
      this.log.warn({ err: error }, 'notifiche del database interrotte: cache disattivata, riprovo');
      this.retry = setTimeout(() => void this.start().catch(() => {}), 1000);
      this.retry.unref();
    };
    client.on('error', down);
    client.on('end', () => down());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      this.client = client;
      down(error as Error);
      return;
    }
    this.entries.clear();
    this.client = client;
    this.listening = true;
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.listening = false;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.entries.clear();
    await client?.end().catch(() => {});
  }
}
