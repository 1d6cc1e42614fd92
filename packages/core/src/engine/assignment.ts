import type { Override, Target } from '../model/document.js';
import type { MeasuredValue } from '../model/document.js';
import type { Explanation } from '../model/results.js';
import { achievement, deviation } from './achievement.js';
import type { ScoringContext } from './context.js';
import { readMeasurement } from './measurement.js';
import { EXCLUDED, MISSING, NOT_SCORED, scored, type Outcome } from './outcome.js';
import { resolveTarget, type ResolvedTarget } from './target.js';
import { num, pct, targetWords, valueWords } from './words.js';

/** An indicator scored against targets in the period (§3.1), before and after an override. */
export interface IndicatorScore {
  outcome: Outcome;
  /** The computed score when an override replaced it. */
  computed?: number | null;
  resolved: ResolvedTarget | null;
  value: MeasuredValue | null;
  deviation: number | null;
  explain?: Explanation;
  /** Short Italian account, used in the explanation of the objective above. */
  formula?: string;
}

const clamp = (r: number, floor: number, cap: number) => Math.min(cap, Math.max(floor, r));

/**
 * §3.1 for one indicator against a set of targets: target used, measurement, raw achievement,
 * bounds, override, deviation.
 */
export function scoreIndicator(
  indicatorId: string,
  targets: Record<string, Target> | null | undefined,
  override: Override | undefined,
  ctx: ScoringContext,
): IndicatorScore {
  const indicator = ctx.indicators.get(indicatorId);
  const resolved = resolveTarget(targets, indicator, ctx);
  const reading = readMeasurement(ctx.measurements.get(indicatorId), indicator);
  const unit = indicator?.unit;
  const text: string[] = [];
  const source = resolved?.source;
  if (ctx.explain) {
    if (!resolved) text.push('Nessun target per il periodo (o solo monitoraggio): indicatore non valutato.');
    else if (source === 'period') text.push(`Target del periodo: ${targetWords(resolved.target, unit)}.`);
    else if (source === 'annual') text.push(`Target annuale usato per il periodo: ${targetWords(resolved.target, unit)}.`);
    else
      text.push(
        `Target annuale ${targetWords(targets![ctx.year.id]!, unit)} riproporzionato ai giorni trascorsi (× ${num(resolved.factor!)}): ${targetWords(resolved.target, unit)}.`,
      );
  }
  let outcome: Outcome;
  let value: MeasuredValue | null = null;
  let dev: number | null = null;
  let raw: number | null = null;
  let rule = 'notScored';
  let formula: string | undefined;
  if (reading.state === 'measured') {
    value = reading.value;
    if (ctx.explain) {
      const m = reading.measurement;
      const ratio =
        (m.value === null || m.value === undefined) && m.numerator !== undefined
          ? ` (${num(m.numerator as number)} / ${num(m.denominator as number)}${unit === '%' ? ' × 100' : ''})`
          : '';
      text.push(`Valore rilevato: ${valueWords(value, unit)}${ratio}.`);
    }
  } else if (ctx.explain) {
    text.push(reading.state === 'excluded' ? 'Valore non calcolabile (NC): escluso da ogni aggregato.' : 'Valore non disponibile (ND).');
  }
  if (!resolved) {
    outcome = NOT_SCORED;
  } else if (reading.state === 'missing') {
    outcome = MISSING;
    rule = 'missing';
  } else if (reading.state === 'excluded') {
    outcome = EXCLUDED;
    rule = 'excluded';
  } else {
    const a = achievement(resolved.target, reading.value, ctx.method, ctx.explain);
    raw = a.raw;
    rule = a.rule;
    const { floor, cap } = ctx.method;
    const s = clamp(a.raw, floor, cap);
    outcome = scored(s);
    dev = deviation(resolved.target, reading.value);
    if (ctx.explain) {
      formula = a.formula + (s !== a.raw ? `, limitato a ${num(s)}` : '');
      text.push(`Grado di raggiungimento: ${a.formula} → ${pct(a.raw)}.`);
      if (s !== a.raw) text.push(`Limitato all'intervallo [${pct(floor)}; ${pct(cap)}]: ${pct(s)}.`);
    }
  }
  let computed: number | null | undefined;
  if (override) {
    computed = outcome.score;
    outcome = scored(override.score);
    rule = 'override';
    if (ctx.explain) {
      text.push(
        `Punteggio sostituito da ${override.by ?? 'valutatore'}: ${pct(override.score)} (calcolato: ${pct(computed)}). Motivo: ${override.reason}.`,
      );
    }
  }
  const result: IndicatorScore = { outcome, resolved, value, deviation: dev };
  if (computed !== undefined) result.computed = computed;
  if (formula !== undefined) result.formula = formula;
  if (ctx.explain) {
    const measurement = reading.measurement;
    result.explain = {
      text,
      rule,
      target: resolved?.target ?? null,
      targetSource: source ?? null,
      ...(resolved?.factor !== undefined ? { factor: resolved.factor } : {}),
      measured: measurement
        ? { value, numerator: measurement.numerator ?? null, denominator: measurement.denominator ?? null }
        : null,
      ...(formula ? { formula } : {}),
      raw,
      bounds: { floor: ctx.method.floor, cap: ctx.method.cap },
      ...(override ? { override: { score: override.score, reason: override.reason, by: override.by ?? null, computed: computed ?? null } } : {}),
    };
  }
  return result;
}
