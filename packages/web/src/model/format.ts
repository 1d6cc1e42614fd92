import { formatDate, formatNumber, formatSigned, type MeasuredValue, type Target } from '@performa/core';
import type { Lang } from '../i18n/lang.js';

const OPS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** The printed unit after a number (`%`, `N.`, `€`, `gg`...); none for dates and yes/no. */
export function unitSuffix(unit: string | null | undefined): string {
  if (!unit || unit === 'date' || unit === 'yes/no') return '';
  return ` ${unit}`;
}

/** A target as printed in a Relazione: "≥ 73,00 %", "Entro 31/03/2021", "SI", "tra 10 e 20". */
export function formatTarget(t: Target | null | undefined, unit?: string | null, lang: Lang = 'it'): string {
  if (!t) return '–';
  const u = unitSuffix(unit);
  switch (t.op) {
    case 'by':
      return `${lang === 'en' ? 'By' : 'Entro'} ${formatDate(t.date ?? '')}`;
    case 'yes':
      return lang === 'en' ? 'YES' : 'SI';
    case 'monitor':
      return lang === 'en' ? 'monitored only' : 'solo monitoraggio';
    case 'between':
      return `${lang === 'en' ? 'between' : 'tra'} ${formatNumber(t.min ?? 0, 2, { locale: lang })} ${lang === 'en' ? 'and' : 'e'} ${formatNumber(t.max ?? 0, 2, { locale: lang })}${u}`;
    default:
      return `${OPS[t.op] ?? t.op} ${formatNumber(t.value ?? 0, 2, { locale: lang })}${u}`;
  }
}

/** A measured value: a date, SI/NO, or a number with its unit. */
export function formatValue(v: MeasuredValue | null | undefined, unit?: string | null, lang: Lang = 'it'): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? (lang === 'en' ? 'YES' : 'SI') : 'NO';
  if (typeof v === 'string') return formatDate(v);
  return `${formatNumber(v, 2, { locale: lang })}${unitSuffix(unit)}`;
}

/** Scostamento: days for deadlines, the indicator's unit otherwise; "-" when zero, as the Relazione prints. */
export function formatDeviation(dev: number | null | undefined, target: Target | null | undefined, unit?: string | null, lang: Lang = 'it'): string {
  if (dev === null || dev === undefined) return '–';
  if (Math.abs(dev) < 1e-9) return '-';
  if (target?.op === 'by') return `${formatSigned(dev, 2, { locale: lang })} gg`;
  return `${formatSigned(dev, 2, { locale: lang })}${unitSuffix(unit)}`;
}
