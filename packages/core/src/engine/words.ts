import type { Target } from '../model/document.js';
import { formatDate, formatNumber, formatPercent } from '../format/italian.js';

/** Numbers and targets written for the explanations, in Italian format. */
export const num = (x: number) => formatNumber(x, 4, { fixed: false });
export const pct = (x: number | null) => formatPercent(x, 2);
/** Intermediate percentages in the arithmetic, with up to 4 decimals so the sum can be redone by hand. */
export const pctFine = (x: number | null) => (x === null ? '–' : `${formatNumber(x * 100, 4, { fixed: false })} %`);

const OP_WORDS: Record<string, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** "≥ 73 %", "tra 10 e 20", "entro il 31/03/2021", "sì/no". */
export function targetWords(t: Target, unit?: string | null): string {
  const u = unit && unit !== 'N.' && unit !== 'date' && unit !== 'yes/no' ? ` ${unit}` : '';
  switch (t.op) {
    case 'between':
      return `tra ${num(t.min ?? 0)} e ${num(t.max ?? 0)}${u}`;
    case 'by':
      return `entro il ${formatDate(t.date ?? '')}`;
    case 'yes':
      return 'realizzato (SI/NO)';
    case 'monitor':
      return 'solo monitoraggio';
    default:
      return `${OP_WORDS[t.op]} ${num(t.value ?? 0)}${u}`;
  }
}

export function valueWords(v: unknown, unit?: string | null): string {
  if (typeof v === 'boolean') return v ? 'SI' : 'NO';
  if (typeof v === 'string') return formatDate(v);
  if (typeof v === 'number') return `${num(v)}${unit && unit !== 'N.' ? ` ${unit}` : ''}`;
  return '–';
}
