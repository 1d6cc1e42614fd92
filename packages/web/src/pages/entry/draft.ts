import { formatNumber } from '@performa/core';
import type { Entry } from '../../api/types.js';

/** The form's state for one value; strings as typed (Italian decimals accepted). */
export interface Draft {
  mode: 'value' | 'ratio' | 'nd';
  value: string;
  numerator: string;
  denominator: string;
  date: string;
  yes: '' | 'true' | 'false';
  note: string;
}

export type Kind = 'number' | 'date' | 'boolean' | 'any';

/** "1.234,5" or "1234.5" → 1234.5; null when not a number. */
export function parseItalianNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '');
  if (!t) return null;
  const normal = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

const num = (x: number | null) => (x === null ? '' : formatNumber(x, 6, { fixed: false }).replace(/\./g, ''));

export function draftOf(e: Entry, kind: Kind): Draft {
  return {
    mode: e.status === 'ND' ? 'nd' : e.numerator !== null && e.denominator !== null && kind !== 'date' && kind !== 'boolean' ? 'ratio' : 'value',
    value: typeof e.value === 'number' ? num(e.value) : '',
    numerator: num(e.numerator),
    denominator: num(e.denominator),
    date: typeof e.value === 'string' ? e.value : '',
    yes: typeof e.value === 'boolean' ? (String(e.value) as 'true' | 'false') : '',
    note: e.note ?? '',
  };
}

/** The ratio the server will compute (× 100 for % indicators), for the live preview. */
export function ratioOf(d: Draft, unit: string | null): number | null {
  const n = parseItalianNumber(d.numerator);
  const den = parseItalianNumber(d.denominator);
  if (n === null || den === null || den === 0) return null;
  return unit === '%' ? (n / den) * 100 : n / den;
}

export type Errors = Partial<Record<'value' | 'numerator' | 'denominator' | 'date' | 'yes' | 'note', string>>;

/** Italian validation messages, field by field; empty when the draft can be saved. */
export function validate(d: Draft, kind: Kind): Errors {
  const e: Errors = {};
  if (d.mode === 'nd') {
    if (!d.note.trim()) e.note = 'Indicare il motivo per cui il dato non è disponibile.';
    return e;
  }
  if (kind === 'date') {
    if (!d.date) e.date = 'Indicare la data di completamento.';
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(d.date))) e.date = 'Data non valida (GG/MM/AAAA).';
    return e;
  }
  if (kind === 'boolean') {
    if (!d.yes) e.yes = 'Indicare SI o NO.';
    return e;
  }
  if (d.mode === 'ratio') {
    const n = parseItalianNumber(d.numerator);
    const den = parseItalianNumber(d.denominator);
    if (n === null) e.numerator = d.numerator.trim() ? 'Il numeratore deve essere un numero (es. 1.234,5).' : 'Indicare il numeratore.';
    if (den === null) e.denominator = d.denominator.trim() ? 'Il denominatore deve essere un numero (es. 1.234,5).' : 'Indicare il denominatore.';
    else if (den === 0) e.denominator = 'Il denominatore non può essere zero.';
    return e;
  }
  if (parseItalianNumber(d.value) === null) e.value = d.value.trim() ? 'Il valore deve essere un numero (es. 1.234,56).' : 'Indicare il valore.';
  return e;
}

/** The body of saveEntry for a valid draft. */
export function bodyOf(d: Draft, kind: Kind, expectedVersion: number) {
  const note = d.note.trim() || null;
  if (d.mode === 'nd') return { expectedVersion, status: 'ND' as const, value: null, numerator: null, denominator: null, note };
  if (kind === 'date') return { expectedVersion, value: d.date, status: null, numerator: null, denominator: null, note };
  if (kind === 'boolean') return { expectedVersion, value: d.yes === 'true', status: null, numerator: null, denominator: null, note };
  if (d.mode === 'ratio') return { expectedVersion, value: null, status: null, numerator: parseItalianNumber(d.numerator), denominator: parseItalianNumber(d.denominator), note };
  return { expectedVersion, value: parseItalianNumber(d.value), status: null, numerator: null, denominator: null, note };
}
