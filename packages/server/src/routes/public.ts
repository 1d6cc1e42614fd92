import { notFound } from '../http/errors.js';
import { entitySummaries } from '../queries/entities.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { RawJson, type HandlerContext, type Handlers } from './types.js';

/** A plan the public may see: adopted or later. Anything else is 404, exactly like an unknown one. */
async function published(ctx: HandlerContext, entityId: string, planId: string): Promise<PlanMeta> {
  const meta = await ctx.app.meta.get(entityId, planId);
  if (meta.state === 'bozza') throw notFound(`Piano ${planId} non trovato.`);
  return meta;
}

export const publicHandlers: Pick<Handlers, 'publicEntities' | 'publicDocument' | 'publicResults'> = {
  publicEntities: async (_input, ctx) => entitySummaries(ctx.app.pool, null, true),

  async publicDocument({ params }, ctx) {
    const meta = await published(ctx, params.entityId, params.planId);
    return new RawJson(JSON.stringify(await ctx.app.scoring.document(meta, meta.current, 'validated')));
  },

  async publicResults({ params, query }, ctx) {
    const meta = await published(ctx, params.entityId, params.planId);
    return new RawJson((await ctx.app.scoring.score(meta, query.period, { filter: 'validated' })).json);
  },
};
