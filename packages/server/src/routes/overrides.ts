import { decideOverride } from '../commands/decide-override.js';
import { proposeOverride } from '../commands/propose-override.js';
import { notFound } from '../http/errors.js';
import { computedScore, importedOverrideBody, overrideBody } from '../presenters/override.js';
import { loadOverrides } from '../queries/overlay.js';
import { loadPlanMeta, type PlanMeta } from '../queries/plan-meta.js';
import { unitIndex } from '../queries/units.js';
import { periodBase, planOf } from './load.js';
import type { HandlerContext, Handlers } from './types.js';

const resultsOf = async (ctx: HandlerContext, meta: PlanMeta, period: string) =>
  meta.periods.some((p) => p.id === period) ? (await ctx.app.scoring.score(meta, period)).results : null;

async function decide(ctx: HandlerContext, params: { entityId: string; planId: string; overrideId: string }, decision: 'approvato' | 'respinto', note: string | null) {
  const meta = await planOf(ctx, params);
  const id = Number(params.overrideId);
  if (!Number.isSafeInteger(id)) throw notFound(`Neutralizzazione ${params.overrideId} non trovata.`);
  const row = (await loadOverrides(ctx.app.pool, meta.entityId, meta.planKey)).find((o) => o.id === id);
  if (!row) throw notFound(`Neutralizzazione ${params.overrideId} non trovata.`);
  const { base } = await periodBase(ctx, meta, row.period);
  ctx.authorize('override.decide', { rootUnits: unitIndex(base).roots });
  const decided = await decideOverride({ app: ctx.app, actor: ctx.me() }, meta, id, decision, note);
  const after = await loadPlanMeta(ctx.app.pool, meta.entityId, meta.planKey);
  return overrideBody(decided, await resultsOf(ctx, after, decided.period));
}

export const overrideHandlers: Pick<Handlers, 'listOverrides' | 'proposeOverride' | 'approveOverride' | 'rejectOverride'> = {
  async listOverrides({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const periods = meta.periods.filter((p) => !query.period || p.id === query.period);
    if (query.period && periods.length === 0) await periodBase(ctx, meta, query.period, 'query.period');
    const rows = await loadOverrides(ctx.app.pool, meta.entityId, meta.planKey);
    const base = await ctx.app.scoring.base(meta, meta.current);
    const out = [];
    for (const p of periods) {
      const results = await resultsOf(ctx, meta, p.id);
      (base.overrides ?? []).forEach((o, i) => {
        if (o.period === p.id) out.push(importedOverrideBody(o, i, results));
      });
      for (const r of rows) if (r.period === p.id) out.push(overrideBody(r, results));
    }
    return out;
  },

  async proposeOverride({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    const { base } = await periodBase(ctx, meta, body.period, 'body.period');
    const units = unitIndex(base);
    ctx.authorize('override.propose', { units: units.ofObjective(body.objective), rootUnits: units.roots });
    const proposal = { objective: body.objective, indicator: body.indicator ?? null, period: body.period, score: body.score, reason: body.reason };
    const created = await proposeOverride({ app: ctx.app, actor: ctx.me() }, meta, base, proposal);
    const results = await resultsOf(ctx, meta, body.period);
    return { ...created, computed: computedScore(results, proposal.objective, proposal.indicator) };
  },

  approveOverride: ({ params, body }, ctx) => decide(ctx, params, 'approvato', body.note ?? null),
  rejectOverride: ({ params, body }, ctx) => decide(ctx, params, 'respinto', body.note),
};
