import { scorePlan, type PlanDocument, type Results } from '@performa/core';
import type { Store } from '@performa/storage';
import { readVersionDocument } from '../db/storage-bridge.js';
import type { Tx } from '../db/tx.js';
import { assemble, type ValueFilter } from './assemble.js';
import { Lru } from './lru.js';
import { loadOverlay } from './overlay.js';
import { periodOf, versionFor, type PlanMeta, type VersionRow } from './plan-meta.js';

export interface Scored {
  doc: PlanDocument;
  version: VersionRow;
  results: Results;
  /** The results serialised once (the results route sends these bytes as they are). */
  json: string;
}

/**
 * Documents and results, computed by the core's pure `scorePlan` on the plan document assembled
 * from the database, cached per (plan version, data version, filter[, period, explain]). Entries
 * are immutable: a change bumps the plan's data version, which makes new keys.
 */
export class Scoring {
  /** Version documents as imported/created: a row of `plans` never changes, so they never go stale. */
  private readonly bases = new Lru<Promise<PlanDocument>>(16);
  private readonly docs = new Lru<PlanDocument>(24);
  private readonly results = new Lru<Scored>(96);
  constructor(private readonly store: Store) {}

  /** The stored document of one plan version (no entered values), cached forever by row id. */
  base(meta: Pick<PlanMeta, 'entityId' | 'planKey'>, version: VersionRow, q: Tx | null = null): Promise<PlanDocument> {
    const key = String(version.rowId);
    let hit = this.bases.get(key);
    if (!hit) {
      hit = readVersionDocument(this.store, q, meta.entityId, meta.planKey, version.rowId);
      hit.catch(() => this.bases.delete(key));
      this.bases.set(key, hit);
    }
    return hit;
  }

  /** The assembled document of a version (default: the current one). */
  async document(meta: PlanMeta, version: VersionRow = meta.current, filter: ValueFilter = 'all'): Promise<PlanDocument> {
    const key = `${version.rowId}\u0000${meta.dataVersion}\u0000${filter}`;
    const hit = this.docs.get(key);
    if (hit) return hit;
    const base = await this.base(meta, version);
    const overlay = await loadOverlay(this.store.pool, meta.entityId, meta.planKey);
    const doc = assemble(base, overlay, filter);
    this.docs.set(key, doc);
    return doc;
  }

  /** Results of a period, on the version in force for it. */
  async score(meta: PlanMeta, periodId: string, options: { explain?: boolean; filter?: ValueFilter; where?: string } = {}): Promise<Scored> {
    const period = periodOf(meta, periodId, options.where ?? 'query.period');
    const version = versionFor(meta, period);
    const filter = options.filter ?? 'all';
    const explain = options.explain ?? false;
    const key = `${version.rowId}\u0000${meta.dataVersion}\u0000${filter}\u0000${period.id}\u0000${explain}`;
    const hit = this.results.get(key);
    if (hit) return hit;
    const doc = await this.document(meta, version, filter);
    const results = scorePlan(doc, period.id, { explain });
    const scored = { doc, version, results, json: JSON.stringify(results) };
    this.results.set(key, scored);
    return scored;
  }
}
