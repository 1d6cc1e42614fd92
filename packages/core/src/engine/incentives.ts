import { Decimal } from 'decimal.js';
import type { Incentive } from '../model/document.js';
import type { IncentiveResult } from '../model/results.js';
import type { ScoringContext } from './context.js';
import { explainMean } from './entry.js';
import { weightedMean } from './mean.js';
import { geq, NOT_SCORED } from './outcome.js';
import type { ObjectiveScore } from './objectives.js';
import { pct } from './words.js';
import { formatMoney } from '../format/italian.js';

/** Amount × share in exact decimals, rounded half-up to the cent. The share loses its binary noise first. */
export function releasedAmount(amount: number, share: number): number {
  const exactShare = new Decimal(share.toPrecision(15));
  return new Decimal(String(amount)).times(exactShare).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * §2.10: `proportional` releases amount × min(1, unweighted mean of the basis objectives);
 * `all-or-nothing` the whole amount when every counted basis objective reaches the threshold.
 * Nothing to measure (all basis objectives ND under `exclude`, or NC) releases nothing.
 */
export function scoreIncentive(p: Incentive, scores: Map<string, ObjectiveScore>, ctx: ScoringContext): IncentiveResult {
  const members = p.basis.map((id) => ({
    kind: 'objective' as const,
    id,
    name: ctx.objectives.get(id)?.name,
    weight: null,
    outcome: scores.get(id)?.outcome ?? NOT_SCORED,
  }));
  if (p.rule === 'all-or-nothing') {
    const threshold = p.threshold ?? 1;
    const counted = members.filter((m) => m.outcome.state === 'scored' || m.outcome.state === 'missing');
    const reached = counted.length > 0 && counted.every((m) => m.outcome.state === 'scored' && geq(m.outcome.score as number, threshold));
    const result: IncentiveResult = { released: reached ? releasedAmount(p.amount, 1) : 0, share: reached ? 1 : 0 };
    if (ctx.explain) {
      result.explain = {
        text: [
          `Fondo "${p.name ?? p.id}" (${formatMoney(p.amount)}), tutto o niente: ogni obiettivo di riferimento deve raggiungere ${pct(threshold)}.`,
          ...members.map((m) => `  • ${m.id}: ${m.outcome.state === 'scored' ? pct(m.outcome.score) : m.outcome.state}.`),
          reached ? `Soglia raggiunta: erogati ${formatMoney(result.released)}.` : 'Soglia non raggiunta: nessuna erogazione.',
        ],
        rule: 'incentive.allOrNothing',
      };
    }
    return result;
  }
  const r = weightedMean(members, ctx.method.missing, ctx.explain);
  const share = r.outcome.state === 'scored' ? Math.min(1, r.outcome.score as number) : null;
  const result: IncentiveResult = { released: share === null ? 0 : releasedAmount(p.amount, share), share };
  if (ctx.explain) {
    const e = explainMean(r, `Fondo "${p.name ?? p.id}" (${formatMoney(p.amount)}), proporzionale alla media semplice degli obiettivi di riferimento:`, 'incentive.proportional');
    e.text.push(
      share === null
        ? 'Nessun risultato misurabile: nessuna erogazione.'
        : `${formatMoney(p.amount)} × min(1; ${pct(r.outcome.score)}) = ${formatMoney(result.released)} (arrotondato al centesimo).`,
    );
    result.explain = e;
  }
  return result;
}
