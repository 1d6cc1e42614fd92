import type { MeasuredValue, Target } from '../model/document.js';
import type { ResolvedMethodology } from '../model/methodology.js';
import { daysBetween } from './dates.js';
import { eq, geq, leq } from './outcome.js';
import { num } from './words.js';

export interface Achievement {
  /** Raw achievement r (§3.1 step 3), before the bounds. */
  raw: number;
  /** Which rule: atLeast.linear, atMost.ratio, equals.exact, between, deadline.perDay, yes … */
  rule: string;
  /** The arithmetic, in Italian format: "69,8 / 73 = 0,9562" (only when explaining). */
  formula: string;
}

const show = (r: number) => num(r);
/** Formulas are written only when explaining: scoring 100k assignments must not format numbers. */
const say = (explain: boolean, f: () => string) => (explain ? f() : '');

/** `>=` (and `>`): a / t for t > 0; 1 − (t − a)/|t| for t < 0; t = 0 → 1 if a ≥ 0. */
function atLeast(a: number, t: number, x: boolean): Achievement {
  if (eq(t, 0)) {
    const raw = geq(a, 0) ? 1 : 0;
    return { raw, rule: 'atLeast.zeroTarget', formula: say(x, () => `target 0: ${num(a)} ${raw ? '≥' : '<'} 0 → ${raw}`) };
  }
  if (t > 0) {
    const raw = a / t;
    return { raw, rule: 'atLeast.linear', formula: say(x, () => `${num(a)} / ${num(t)} = ${show(raw)}`) };
  }
  const raw = 1 - (t - a) / Math.abs(t);
  return {
    raw,
    rule: 'atLeast.negativeTarget',
    formula: say(x, () => `1 − (${num(t)} − ${num(a)}) / ${num(Math.abs(t))} = ${show(raw)}`),
  };
}

/** `<=` (and `<`): linear 1 − (a − t)/|t|; ratio t / a when t > 0 and a > 0; t = 0 → 1 if a ≤ 0. */
function atMost(a: number, t: number, method: ResolvedMethodology, x: boolean): Achievement {
  if (eq(t, 0)) {
    const raw = leq(a, 0) ? 1 : 0;
    return { raw, rule: 'atMost.zeroTarget', formula: say(x, () => `target 0: ${num(a)} ${raw ? '≤' : '>'} 0 → ${raw}`) };
  }
  if (method.atMost === 'ratio' && t > 0 && a > 0) {
    const raw = t / a;
    return { raw, rule: 'atMost.ratio', formula: say(x, () => `${num(t)} / ${num(a)} = ${show(raw)}`) };
  }
  const raw = 1 - (a - t) / Math.abs(t);
  return {
    raw,
    rule: 'atMost.linear',
    formula: say(x, () => `1 − (${num(a)} − ${num(t)}) / ${num(Math.abs(t))} = ${show(raw)}`),
  };
}

function equals(a: number, t: number, method: ResolvedMethodology, x: boolean): Achievement {
  if (eq(a, t)) return { raw: 1, rule: 'equals', formula: say(x, () => `${num(a)} = ${num(t)} → 1`) };
  if (method.equals === 'exact' || eq(t, 0)) {
    return { raw: 0, rule: 'equals.exact', formula: say(x, () => `${num(a)} ≠ ${num(t)} → 0`) };
  }
  const raw = 1 - Math.abs(a - t) / Math.abs(t);
  return {
    raw,
    rule: 'equals.proportional',
    formula: say(x, () => `1 − |${num(a)} − ${num(t)}| / ${num(Math.abs(t))} = ${show(raw)}`),
  };
}

function between(a: number, min: number, max: number, method: ResolvedMethodology, x: boolean): Achievement {
  if (geq(a, min) && leq(a, max)) {
    return { raw: 1, rule: 'between', formula: say(x, () => `${num(a)} è tra ${num(min)} e ${num(max)} → 1`) };
  }
  const side = a < min ? atLeast(a, min, x) : atMost(a, max, method, x);
  return { ...side, rule: `between.${side.rule}` };
}

function deadline(done: string, due: string, method: ResolvedMethodology, x: boolean): Achievement {
  const late = daysBetween(due, done);
  if (late <= 0) return { raw: 1, rule: 'deadline', formula: say(x, () => `completato ${-late} giorni prima della scadenza → 1`) };
  if (method.lateDeadline === 'zero') {
    return { raw: 0, rule: 'deadline.zero', formula: say(x, () => `completato ${late} giorni dopo la scadenza → 0`) };
  }
  const perDay = method.lateDeadline.perDay;
  const raw = 1 - perDay * late;
  return {
    raw,
    rule: 'deadline.perDay',
    formula: say(x, () => `1 − ${num(perDay)} × ${late} giorni di ritardo = ${show(raw)}`),
  };
}

/** §3.1 step 3: the raw achievement of a measured value against the target used. */
export function achievement(target: Target, value: MeasuredValue, method: ResolvedMethodology, x = false): Achievement {
  switch (target.op) {
    case '>=':
    case '>':
      return atLeast(value as number, target.value as number, x);
    case '<=':
    case '<':
      return atMost(value as number, target.value as number, method, x);
    case '=':
      return equals(value as number, target.value as number, method, x);
    case 'between':
      return between(value as number, target.min as number, target.max as number, method, x);
    case 'by':
      return deadline(value as string, target.date as string, method, x);
    case 'yes':
      return { raw: value === true ? 1 : 0, rule: 'yes', formula: say(x, () => value === true ? 'SI → 1' : 'NO → 0') };
    default:
      throw new Error(`target ${target.op} has no achievement`);
  }
}

/** §3.1 step 6: scostamento against the target used; null for `yes` and unmeasured values. */
export function deviation(target: Target, value: MeasuredValue): number | null {
  switch (target.op) {
    case 'between': {
      const a = value as number;
      if (a < (target.min as number) && !eq(a, target.min as number)) return a - (target.min as number);
      if (a > (target.max as number) && !eq(a, target.max as number)) return a - (target.max as number);
      return 0;
    }
    case 'by':
      return daysBetween(target.date as string, value as string);
    case 'yes':
    case 'monitor':
      return null;
    default:
      return (value as number) - (target.value as number);
  }
}
