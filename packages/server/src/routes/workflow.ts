import type { PlanChange } from '@performa/api';
import { applyPlanChanges } from '../commands/apply-plan-changes.js';
import { changePlanState, type PlanTransition } from '../commands/change-plan-state.js';
import { notFound } from '../http/errors.js';
import { diffVersions } from '../plan-changes/diff.js';
import { planDetail } from '../presenters/plan.js';
import { versionInfos } from '../queries/versions.js';
import { loadPlanMeta } from '../queries/plan-meta.js';
import { planOf } from './load.js';
import type { HandlerContext, Handlers } from './types.js';

async function transition(ctx: HandlerContext, params: { entityId: string; planId: string }, t: PlanTransition, details: { act?: string; actDate?: string; note?: string }) {
  const meta = await planOf(ctx, params);
  await changePlanState({ app: ctx.app, actor: ctx.me() }, meta, t, details);
  const after = await loadPlanMeta(ctx.app.pool, params.entityId, params.planId);
  return planDetail(after, await ctx.app.scoring.base(after, after.current));
}

export const workflowHandlers: Pick<
  Handlers,
  'adoptPlan' | 'startMonitoring' | 'closePlan' | 'validatePlan' | 'editPlan' | 'listVersions' | 'createVersion' | 'compareVersions'
> = {
  adoptPlan: ({ params, body }, ctx) => transition(ctx, params, 'adopt', { act: body.act, actDate: body.actDate }),
  startMonitoring: ({ params, body }, ctx) => transition(ctx, params, 'startMonitoring', { note: body.note }),
  closePlan: ({ params, body }, ctx) => transition(ctx, params, 'close', { note: body.note }),
  validatePlan: ({ params, body }, ctx) => transition(ctx, params, 'validate', { note: body.note }),

  async editPlan({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    await applyPlanChanges({ app: ctx.app, actor: ctx.me() }, meta, body.changes as PlanChange[], { kind: 'modifica' });
    const after = await loadPlanMeta(ctx.app.pool, params.entityId, params.planId);
    return planDetail(after, await ctx.app.scoring.base(after, after.current));
  },

  async listVersions({ params }, ctx) {
    return versionInfos(ctx.app.pool, await planOf(ctx, params));
  },

  async createVersion({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    const mode = { kind: 'rimodulazione' as const, act: body.act, actDate: body.actDate, effectiveFrom: body.effectiveFrom ?? body.actDate };
    const version = await applyPlanChanges({ app: ctx.app, actor: ctx.me() }, meta, body.changes as PlanChange[], mode);
    const infos = await versionInfos(ctx.app.pool, await loadPlanMeta(ctx.app.pool, params.entityId, params.planId));
    return infos.find((v) => v.version === version)!;
  },

  async compareVersions({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const from = meta.versions.find((v) => v.version === query.from);
    const to = meta.versions.find((v) => v.version === query.to);
    if (!from) throw notFound(`Versione ${query.from} non trovata.`);
    if (!to) throw notFound(`Versione ${query.to} non trovata.`);
    const infos = await versionInfos(ctx.app.pool, meta);
    const lo = Math.min(from.version, to.version);
    const hi = Math.max(from.version, to.version);
    const changes = infos.filter((v) => v.version > lo && v.version <= hi).flatMap((v) => v.changes);
    const differences = diffVersions(await ctx.app.scoring.base(meta, from), await ctx.app.scoring.base(meta, to), changes);
    return { from: from.version, to: to.version, differences };
  },
};
