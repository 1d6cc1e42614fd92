import { dashboardOf } from '../presenters/dashboard.js';
import { entryOrImported } from '../presenters/entry.js';
import { indicatorCardOf } from '../presenters/indicator-card.js';
import { objectiveCardOf } from '../presenters/objective-card.js';
import { planDetail, planSummary } from '../presenters/plan.js';
import { treeOf } from '../presenters/tree.js';
import { listEntityPlans } from '../queries/entities.js';
import { loadEntries } from '../queries/overlay.js';
import { versionFor } from '../queries/plan-meta.js';
import { notFound } from '../http/errors.js';
import { planOf } from './load.js';
import { RawJson, type Handlers } from './types.js';

export const planHandlers: Pick<
  Handlers,
  'listPlans' | 'getPlan' | 'getPlanDocument' | 'getResults' | 'getDashboard' | 'getTree' | 'getObjective' | 'getIndicator'
> = {
  async listPlans({ params }, ctx) {
    return (await listEntityPlans(ctx.app.pool, params.entityId)).map(planSummary);
  },

  async getPlan({ params }, ctx) {
    const meta = await planOf(ctx, params);
    return planDetail(meta, await ctx.app.scoring.base(meta, meta.current));
  },

  async getPlanDocument({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const version = query.version === undefined ? meta.current : meta.versions.find((v) => v.version === query.version);
    if (!version) throw notFound(`Versione ${query.version} del piano non trovata.`);
    return new RawJson(JSON.stringify(await ctx.app.scoring.document(meta, version)));
  },

  async getResults({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const scored = await ctx.app.scoring.score(meta, query.period, { explain: query.explain === 'true' });
    return new RawJson(scored.json);
  },

  async getDashboard({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const scored = await ctx.app.scoring.score(meta, query.period);
    const trend = [];
    for (const p of meta.periods) trend.push({ period: p.id, results: (await ctx.app.scoring.score(meta, p.id)).results });
    return dashboardOf({ doc: scored.doc, results: scored.results, version: scored.version.version, trend });
  },

  async getTree({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const scored = await ctx.app.scoring.score(meta, query.period);
    return { period: scored.results.period, version: scored.version.version, roots: treeOf(scored.doc, scored.results) };
  },

  async getObjective({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const explain = query.explain === 'true';
    const scored = await ctx.app.scoring.score(meta, query.period, { explain });
    return objectiveCardOf(scored.doc, scored.results, scored.version.version, params.objectiveId, explain);
  },

  async getIndicator({ params }, ctx) {
    const meta = await planOf(ctx, params);
    const doc = await ctx.app.scoring.base(meta, meta.current);
    if (!(doc.indicators ?? []).some((i) => i.id === params.indicatorId)) throw notFound(`Indicatore ${params.indicatorId} non trovato.`);
    const entries = await loadEntries(ctx.app.pool, meta.entityId, meta.planKey);
    const periods = [];
    for (const p of meta.periods) {
      const scored = await ctx.app.scoring.score(meta, p.id, { where: 'path' });
      const base = await ctx.app.scoring.base(meta, versionFor(meta, p));
      const row = entries.find((e) => e.indicator === params.indicatorId && e.period === p.id);
      periods.push({ period: p.id, entry: entryOrImported(row, base, params.indicatorId, p.id), results: scored.results, doc: scored.doc });
    }
    return indicatorCardOf({ doc, indicatorId: params.indicatorId, periods });
  },
};
