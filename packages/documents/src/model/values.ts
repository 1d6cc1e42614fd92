/**
 * Targets, measured values, deviations and scores as the documents print them, always through the
 * core formatters: "≥ 5,00 N.", "21,66 %", "Entro 31/12/2021", "-116,00 gg", "97,81 %".
 */
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatSigned,
  term,
  type MeasuredValue,
  type ScoreEntry,
  type Target,
} from '@performa/core';
import type { CellObject } from './types.js';

export interface NumberStyle {
  /** Keep trailing zeros (Relazione: "9,00 N."); the Piano prints "≥ 3". */
  fixed: boolean;
  decimals: number;
}

export const RELAZIONE_STYLE: NumberStyle = { fixed: true, decimals: 2 };
export const PIANO_STYLE: NumberStyle = { fixed: false, decimals: 2 };

const OPS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** The unit printed after a number: "N.", "%", "€", "gg", or the free text of the indicator. */
function suffix(unit: string | null | undefined): string {
  if (!unit || unit === 'date' || unit === 'yes/no') return '';
  return ` ${unit}`;
}

/** A number with its unit: "9,00 N.", "21,66 %", "19,83 €". */
export function quantity(x: number, unit: string | null | undefined, style: NumberStyle): string {
  return `${formatNumber(x, style.decimals, { fixed: style.fixed })}${suffix(unit)}`;
}

/** A target in words. `monitor` prints the plan's own wording when it has one. */
export function targetText(t: Target | null | undefined, unit: string | null | undefined, style: NumberStyle): string {
  if (!t) return '–';
  switch (t.op) {
    case 'between':
      return `tra ${quantity(t.min ?? 0, null, style)} e ${quantity(t.max ?? 0, unit, style)}`;
    case 'by':
      return t.date ? `Entro ${formatDate(t.date)}` : '–';
    case 'yes':
      return 'SI';
    case 'monitor':
      return t.text?.trim() ? `Monitoraggio (${t.text.trim()})` : 'Solo monitoraggio';
    default:
      return typeof t.value === 'number' ? `${OPS[t.op] ?? t.op} ${quantity(t.value, unit, style)}` : '–';
  }
}

/** A measured value: SI/NO, a date, or a number with its unit. */
export function valueText(v: MeasuredValue | null | undefined, unit: string | null | undefined, style: NumberStyle): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? 'SI' : 'NO';
  if (typeof v === 'string') return formatDate(v);
  return quantity(v, unit, style);
}

/**
 * Scostamento (§3.1 step 6): days for deadlines ("-116,00 gg"), the indicator's unit otherwise
 * ("+4,00 N.", "-0,84 %": percentage points are printed with the indicator's "%", as the
 * Unioncamere Relazione does). None for SI/NO targets or unmeasured values.
 */
export function deviationCell(
  deviation: number | null | undefined,
  target: Target | null | undefined,
  unit: string | null | undefined,
  style: NumberStyle,
): CellObject {
  if (deviation === null || deviation === undefined || !target || target.op === 'yes') return { text: '–', align: 'right' };
  const days = target.op === 'by';
  const text = `${formatSigned(deviation, style.decimals, { fixed: style.fixed })}${days ? ' gg' : suffix(unit)}`;
  return { text, num: deviation, numFormat: 'number', align: 'right' };
}

/** Why a score is missing, in words (glossary). */
export function statusText(entry: ScoreEntry | undefined): string {
  switch (entry?.status) {
    case 'ND':
      return term('nonDisponibile');
    case 'NC':
      return term('nonCalcolabile');
    case 'NS':
      return term('nonValutato');
    default:
      return '–';
  }
}

/** A score as a percentage cell ("97,81 %"), or its status. */
export function scoreCell(entry: ScoreEntry | undefined, decimals: number): CellObject {
  if (!entry || entry.score === null || entry.score === undefined) return { text: statusText(entry), align: 'right' };
  return { text: formatPercent(entry.score, decimals), num: entry.score, numFormat: 'percent', align: 'right' };
}

/** A weight share as a percentage ("25,00 %"), or "–". */
export function shareCell(share: number | null, decimals: number): CellObject {
  if (share === null) return { text: '–', align: 'right' };
  return { text: formatPercent(share, decimals), num: share, numFormat: 'percent', align: 'right' };
}

/** Text of a value that may be missing for a status. */
export function measuredCell(
  value: MeasuredValue | null | undefined,
  status: string | undefined,
  unit: string | null | undefined,
  style: NumberStyle,
): CellObject {
  if (value === null || value === undefined) {
    if (status === 'ND' || status === 'NC') return { text: status, align: 'right' };
    return { text: '–', align: 'right' };
  }
  const cell: CellObject = { text: valueText(value, unit, style), align: 'right' };
  if (typeof value === 'number') {
    cell.num = value;
    cell.numFormat = 'number';
  }
  return cell;
}
