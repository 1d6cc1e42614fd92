import { importPlanCommand } from '../commands/import-plan.js';
import { importPreview } from '../queries/import-preview.js';
import { planOf } from './load.js';
import { RawJson, type Handlers } from './types.js';

export const transferHandlers: Pick<Handlers, 'previewImport' | 'importPlan' | 'exportPlan' | 'exportResults'> = {
  previewImport: async ({ params, body }, ctx) => importPreview(ctx.app.pool, params.entityId, body.document),

  importPlan: async ({ params, body }, ctx) => importPlanCommand({ app: ctx.app, actor: ctx.me() }, params.entityId, body.document, body.replace),

  async exportPlan({ params }, ctx) {
    const meta = await planOf(ctx, params);
    return new RawJson(JSON.stringify(await ctx.app.scoring.document(meta, meta.current), null, 2));
  },

  async exportResults({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const scored = await ctx.app.scoring.score(meta, query.period, { explain: query.explain === 'true' });
    return new RawJson(scored.json);
  },
};
