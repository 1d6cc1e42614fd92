import type { PlanDocument } from '@performa/core';
import type { EntryTarget } from '../commands/save-entry.js';
import { invalid, notFound } from '../http/errors.js';
import type { Action } from '../policies/policy.js';
import { periodOf, versionFor, type PeriodRow, type PlanMeta } from '../queries/plan-meta.js';
import { unitIndex, type UnitIndex } from '../queries/units.js';
import type { HandlerContext } from './types.js';

/** The plan named by the path, scoped by its entity (404 otherwise). */
export const planOf = (ctx: HandlerContext, params: { entityId: string; planId: string }): Promise<PlanMeta> =>
  ctx.app.meta.get(params.entityId, params.planId);

/** A period of the plan and the stored document of the version in force for it. */
export async function periodBase(ctx: HandlerContext, meta: PlanMeta, periodId: string, where = 'path'): Promise<{ period: PeriodRow; base: PlanDocument }> {
  const period = periodOf(meta, periodId, where);
  return { period, base: await ctx.app.scoring.base(meta, versionFor(meta, period)) };
}

/** The entry named by the path, checked against the policy for `action` on the indicator's units. */
export async function entryTarget(
  ctx: HandlerContext,
  params: { entityId: string; planId: string; indicatorId: string; periodId: string },
  action: Action,
): Promise<EntryTarget> {
  const meta = await planOf(ctx, params);
  const { base } = await periodBase(ctx, meta, params.periodId);
  if (!(base.indicators ?? []).some((i) => i.id === params.indicatorId)) throw notFound(`Indicatore ${params.indicatorId} non trovato.`);
  const units = unitIndex(base);
  ctx.authorize(action, { units: units.ofIndicator(params.indicatorId), rootUnits: units.roots });
  return { meta, base, indicator: params.indicatorId, period: params.periodId };
}

/**
 * The units a list view covers for `action`: the query's unit (and its subtree) if given — which
 * the actor must reach (403) — else every unit the actor reaches (null = all).
 */
export function listUnits(ctx: HandlerContext, meta: PlanMeta, units: UnitIndex, action: Action, unit: string | undefined): Set<string> | null {
  const actor = ctx.me();
  if (unit !== undefined) {
    const ref = units.refs.get(unit);
    if (!ref) throw invalid('query.unit', `Unità sconosciuta: ${unit}.`);
    ctx.authorize(action, { units: [ref], rootUnits: units.roots });
    return units.subtree([unit]);
  }
  const grants = actor.roles.filter((g) => g.entityId === meta.entityId || g.entityId === '*');
  const reachable = new Set<string>();
  for (const [id, ref] of units.refs) {
    try {
      ctx.authorize(action, { units: [ref], rootUnits: units.roots });
      reachable.add(id);
    } catch {
      /* not reachable */
    }
  }
  return reachable.size === units.refs.size && grants.length > 0 ? null : reachable;
}
