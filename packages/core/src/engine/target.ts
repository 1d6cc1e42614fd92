import type { Indicator, Target } from '../model/document.js';
import type { ScoringContext } from './context.js';
import { daysBetween } from './dates.js';

export interface ResolvedTarget {
  target: Target;
  /** period: targets[P]; annual: the year's target used as it is; prorata: scaled (§3.1 step 1). */
  source: 'period' | 'annual' | 'prorata';
  /** Days elapsed / days in the year, when pro-rated. */
  factor?: number;
}

const SCALABLE = new Set(['>=', '>', '<=', '<']);

/**
 * §3.1 step 1: the target of the period; else, for an interim period, the annual target, used as it
 * is or, for cumulative indicators under `prorata`, scaled by the elapsed fraction of the year.
 * Returns null when there is no target or it is `monitor` (the assignment is not scored).
 */
export function resolveTarget(
  targets: Record<string, Target> | null | undefined,
  indicator: Indicator | undefined,
  ctx: ScoringContext,
): ResolvedTarget | null {
  const own = targets?.[ctx.period.id];
  if (own) return own.op === 'monitor' ? null : { target: own, source: 'period' };
  if (ctx.year === ctx.period) return null;
  const annual = targets?.[ctx.year.id];
  if (!annual || annual.op === 'monitor') return null;
  if (ctx.method.interimTargets !== 'prorata' || !indicator?.cumulative || !SCALABLE.has(annual.op)) {
    return { target: annual, source: 'annual' };
  }
  const elapsed = daysBetween(ctx.year.start, ctx.period.end) + 1;
  const length = daysBetween(ctx.year.start, ctx.year.end) + 1;
  const factor = elapsed / length;
  const { text: _text, ...rest } = annual;
  return { target: { ...rest, value: (annual.value ?? 0) * factor }, source: 'prorata', factor };
}
