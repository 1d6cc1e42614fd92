import { roundHalfUp } from './rounding.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number, fixed: boolean): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${fixed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
      useGrouping: 'always' as unknown as boolean,
    });
    formatters.set(key, f);
  }
  return f;
}

export type Locale = 'it' | 'en';
const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'it-IT');

/**
 * A number in Italian format (1.234,56), rounded half-up for display only.
 * `fixed` keeps trailing zeros (99,80); otherwise they are dropped (69,8).
 */
export function formatNumber(x: number, decimals = 2, options: { fixed?: boolean; locale?: Locale } = {}): string {
  const rounded = roundHalfUp(x, decimals);
  return formatter(tag(options.locale ?? 'it'), decimals, options.fixed ?? true).format(rounded);
}

/** A score (fraction) as a printed percentage: 0.97808 → "97,81 %". */
export function formatPercent(score: number | null | undefined, decimals = 2, locale: Locale = 'it'): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '–';
  return `${formatNumber(score * 100, decimals, { locale })} %`;
}

/** A signed number for deviations: "+4", "-0,84", "-116,00 gg". */
export function formatSigned(x: number, decimals = 2, options: { fixed?: boolean; locale?: Locale } = {}): string {
  const text = formatNumber(x, decimals, options);
  return roundHalfUp(x, decimals) > 0 ? `+${text}` : text;
}

/** ISO date (YYYY-MM-DD) → 31/12/2021. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Money with two decimals: 80069.17 → "80.069,17 €". */
export function formatMoney(amount: number, locale: Locale = 'it'): string {
  return `${formatNumber(amount, 2, { locale })} €`;
}

const dateTimeFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** A timestamp in local time, four-digit year: "24/11/2026, 11:34". */
export function formatDateTime(iso: string | Date, locale: Locale = 'it'): string {
  let f = dateTimeFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(locale), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    dateTimeFormatters.set(locale, f);
  }
  return f.format(typeof iso === 'string' ? new Date(iso) : iso);
}
