import { approveEntry } from '../commands/approve-entry.js';
import { returnEntry } from '../commands/return-entry.js';
import { saveEntry } from '../commands/save-entry.js';
import { submitEntry } from '../commands/submit-entry.js';
import { entryFormRows, indicatorsOfUnits } from '../presenters/entry-rows.js';
import { missingData } from '../queries/missing-data.js';
import { loadEntries } from '../queries/overlay.js';
import { versionFor } from '../queries/plan-meta.js';
import { unitIndex } from '../queries/units.js';
import { entryTarget, listUnits, periodBase, planOf } from './load.js';
import type { Handlers } from './types.js';

export const entryHandlers: Pick<
  Handlers,
  'getEntryForm' | 'saveEntry' | 'submitEntry' | 'listValidationQueue' | 'approveEntry' | 'returnEntry' | 'getMissingData'
> = {
  async getEntryForm({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const { period, base } = await periodBase(ctx, meta, query.period, 'query.period');
    const units = listUnits(ctx, meta, unitIndex(base), 'entry.read', query.unit);
    const assembled = await ctx.app.scoring.document(meta, versionFor(meta, period));
    const entries = await loadEntries(ctx.app.pool, meta.entityId, meta.planKey);
    const rows = entryFormRows({ meta, base, assembled, period, entries, actor: ctx.me() }, indicatorsOfUnits(base, units));
    return { period: period.id, periodState: period.state, dueDate: period.dueDate, rows };
  },

  async saveEntry({ params, body }, ctx) {
    const target = await entryTarget(ctx, params, 'entry.write');
    return saveEntry({ app: ctx.app, actor: ctx.me() }, target, body);
  },

  async submitEntry({ params, body }, ctx) {
    const target = await entryTarget(ctx, params, 'entry.write');
    return submitEntry({ app: ctx.app, actor: ctx.me() }, target, body.expectedVersion);
  },

  async approveEntry({ params, body }, ctx) {
    const target = await entryTarget(ctx, params, 'entry.validate');
    return approveEntry({ app: ctx.app, actor: ctx.me() }, target, body.expectedVersion);
  },

  async returnEntry({ params, body }, ctx) {
    const target = await entryTarget(ctx, params, 'entry.validate');
    return returnEntry({ app: ctx.app, actor: ctx.me() }, target, body.expectedVersion, body.comment);
  },

  async listValidationQueue({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const entries = await loadEntries(ctx.app.pool, meta.entityId, meta.planKey);
    const periods = meta.periods.filter((p) => (query.period ? p.id === query.period : true));
    if (query.period && periods.length === 0) await periodBase(ctx, meta, query.period, 'query.period');
    const out = [];
    for (const period of periods) {
      const submitted = entries.filter((e) => e.period === period.id && e.state === 'inviato');
      if (submitted.length === 0) continue;
      const { base } = await periodBase(ctx, meta, period.id);
      const units = listUnits(ctx, meta, unitIndex(base), 'entry.queue', query.unit);
      const visible = new Set(indicatorsOfUnits(base, units));
      const ids = submitted.map((e) => e.indicator).filter((id) => visible.has(id));
      const assembled = await ctx.app.scoring.document(meta, versionFor(meta, period));
      const rows = entryFormRows({ meta, base, assembled, period, entries, actor: ctx.me() }, ids);
      for (const row of rows) {
        const e = submitted.find((x) => x.indicator === row.indicator)!;
        out.push({
          ...row,
          period: period.id,
          submittedAt: e.submitted_at ? new Date(e.submitted_at).toISOString() : null,
          submittedBy: e.submitted_by ? { userId: e.submitted_by, name: e.submitted_by_name ?? e.submitted_by } : null,
        });
      }
    }
    return out.map(({ period: _p, ...row }) => row);
  },

  async getMissingData({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const periodId = query.period ?? meta.periods.find((p) => p.state === 'aperto')?.id;
    let units: Set<string> | null = null;
    if (periodId) {
      const { base } = await periodBase(ctx, meta, periodId, 'query.period');
      units = listUnits(ctx, meta, unitIndex(base), 'entry.read', query.unit);
    }
    return missingData(ctx.app, { entityId: meta.entityId, planKey: meta.planKey, period: query.period, units });
  },
};
