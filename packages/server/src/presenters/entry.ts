import type { EntryBody } from '@performa/api';
import type { Measurement, PlanDocument } from '@performa/core';
import { entryValue, type EntryRow } from '../queries/overlay.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const by = (id: string | null, name: string | null) => (id ? { userId: id, name: name ?? id } : null);

/** An entry row as the API gives it. */
export function entryBody(row: EntryRow): EntryBody {
  return {
    indicator: row.indicator,
    period: row.period,
    value: entryValue(row),
    numerator: row.numerator,
    denominator: row.denominator,
    status: row.status,
    note: row.note,
    state: row.state,
    source: 'rilevazione',
    version: row.version,
    comment: row.comment,
    updatedAt: iso(row.updated_at),
    updatedBy: by(row.updated_by, row.updated_by_name),
  };
}

/** No entry row: the measurement imported with the plan (counts as validated), or nothing yet. */
export function importedEntryBody(indicator: string, period: string, measurement: Measurement | undefined): EntryBody {
  return {
    indicator,
    period,
    value: measurement?.value ?? null,
    numerator: measurement?.numerator ?? null,
    denominator: measurement?.denominator ?? null,
    status: measurement?.status ?? null,
    note: measurement?.note ?? null,
    state: measurement ? 'validato' : 'vuoto',
    source: measurement ? 'import' : 'nessuna',
    version: 0,
    comment: null,
    updatedAt: null,
    updatedBy: null,
  };
}

/** The imported measurements of a document by indicator and period. */
export function measurementIndex(doc: PlanDocument): Map<string, Measurement> {
  return new Map((doc.measurements ?? []).map((m) => [`${m.indicator}\u0000${m.period}`, m]));
}

export function entryOrImported(row: EntryRow | undefined, base: PlanDocument, indicator: string, period: string): EntryBody {
  if (row) return entryBody(row);
  const m = (base.measurements ?? []).find((x) => x.indicator === indicator && x.period === period);
  return importedEntryBody(indicator, period, m);
}
