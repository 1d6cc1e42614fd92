import type { Indicator, Measurement, MeasuredValue } from '../model/document.js';

export type Reading =
  | { state: 'measured'; value: MeasuredValue; measurement: Measurement }
  | { state: 'missing'; measurement?: Measurement }
  | { state: 'excluded'; measurement: Measurement };

/**
 * §2.7 and §3.1 step 2: a status wins over a value; without a value, numerator / denominator
 * (× 100 for a `%` indicator); a measured entry with neither, or no entry at all, is ND.
 */
export function readMeasurement(m: Measurement | undefined, indicator: Indicator | undefined): Reading {
  if (!m || m.status === 'ND') return m ? { state: 'missing', measurement: m } : { state: 'missing' };
  if (m.status === 'NC') return { state: 'excluded', measurement: m };
  if (m.value !== null && m.value !== undefined) return { state: 'measured', value: m.value, measurement: m };
  if (typeof m.numerator === 'number' && typeof m.denominator === 'number' && m.denominator !== 0) {
    const ratio = m.numerator / m.denominator;
    return { state: 'measured', value: indicator?.unit === '%' ? ratio * 100 : ratio, measurement: m };
  }
  return { state: 'missing', measurement: m };
}
