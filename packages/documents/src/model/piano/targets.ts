/** Baselines and per-year target cells of the Piano (with revisions shown as old → new). */
import { readMeasurement, type Assignment, type Indicator, type MeasuredValue, type Measurement } from '@performa/core';
import type { PlanIndex } from '../plan-index.js';
import type { CellObject } from '../types.js';
import { targetText, valueText, type NumberStyle } from '../values.js';

/** The value of a measurement as spec §2.7 defines it: the core's reading (status wins; value, else numerator/denominator). */
function measuredValue(m: Measurement, indicator: Indicator): MeasuredValue | null {
  const reading = readMeasurement(m, indicator);
  return reading.state === 'measured' ? reading.value : null;
}

/** Baseline: the last annual value measured before the plan's first year ("14 (2021)"), or "–". */
export function baselineCell(ix: PlanIndex, indicator: Indicator, firstYear: string, style: NumberStyle): CellObject {
  const first = ix.periods.get(firstYear)?.start ?? `${firstYear}-01-01`;
  let best: { end: string; id: string; value: MeasuredValue } | null = null;
  for (const m of ix.measurements(indicator.id)) {
    const p = ix.periods.get(m.period);
    if (!p || p.year || p.end >= first) continue;
    const value = measuredValue(m, indicator);
    if (value === null) continue;
    if (!best || p.end > best.end) best = { end: p.end, id: p.id, value };
  }
  if (!best) return { text: '–', align: 'right' };
  const cell: CellObject = { text: `${valueText(best.value, indicator.unit, style)} (${best.id})`, align: 'right' };
  if (typeof best.value === 'number') {
    cell.num = best.value;
    cell.numFormat = 'number';
  }
  return cell;
}

/** The target of a year; a revised one reads "old → new" with a note. */
export function yearTargetCell(assignment: Assignment, indicator: Indicator, year: string, style: NumberStyle): CellObject {
  const target = assignment.targets?.[year];
  const revisions = (assignment.revisions ?? []).filter((r) => r.period === year);
  const current = target ? targetText(target, indicator.unit, style) : '–';
  if (revisions.length === 0) return { text: current, align: 'right' };
  const chain = [...revisions.map((r) => targetText(r.previous, indicator.unit, style)), current].join(' → ');
  return { text: chain, align: 'right', note: 'target rimodulato' };
}
