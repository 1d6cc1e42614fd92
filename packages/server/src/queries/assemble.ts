import type { Measurement, MonitoringNote, Override, PlanDocument } from '@performa/core';
import { entryValue, type EntryRow, type Overlay } from './overlay.js';

/** Which entered values count: all (drafts too: the working view) or validated only (public). */
export type ValueFilter = 'all' | 'validated';

const keyOf = (indicator: string, period: string) => `${indicator}\u0000${period}`;

/** An entry as a performa/1 measurement (only the fields it has). */
export function measurementOf(row: EntryRow): Measurement {
  const m: Measurement = { indicator: row.indicator, period: row.period };
  const value = entryValue(row);
  if (value !== null) m.value = value;
  if (row.status) m.status = row.status;
  if (row.numerator !== null) m.numerator = row.numerator;
  if (row.denominator !== null) m.denominator = row.denominator;
  if (row.note) m.note = row.note;
  return m;
}

/**
 * The plan document of one version with what the application added: entered values replace the
 * imported measurement of the same indicator and period; approved overrides replace an imported
 * one of the same score; monitoring notes are appended. Entries of indicators or periods the
 * version does not have are left out. Pure.
 */
export function assemble(doc: PlanDocument, overlay: Overlay, filter: ValueFilter): PlanDocument {
  const indicators = new Set((doc.indicators ?? []).map((i) => i.id));
  const periods = new Set(doc.periods.map((p) => p.id));
  const entered = new Map<string, Measurement>();
  for (const row of overlay.entries) {
    if (filter === 'validated' && row.state !== 'validato') continue;
    if (!indicators.has(row.indicator) || !periods.has(row.period)) continue;
    entered.set(keyOf(row.indicator, row.period), measurementOf(row));
  }
  const measurements: Measurement[] = [];
  for (const m of doc.measurements ?? []) {
    const key = keyOf(m.indicator, m.period);
    const replacement = entered.get(key);
    if (replacement) {
      measurements.push(replacement);
      entered.delete(key);
    } else measurements.push(m);
  }
  measurements.push(...entered.values());

  const objectives = new Set(doc.objectives.map((o) => o.id));
  const approved = new Map<string, Override>();
  for (const o of overlay.overrides) {
    if (o.state !== 'approvato' || !objectives.has(o.objective) || !periods.has(o.period)) continue;
    if (o.indicator && !indicators.has(o.indicator)) continue;
    const override: Override = { objective: o.objective, period: o.period, score: o.score, reason: o.reason };
    if (o.indicator) override.indicator = o.indicator;
    if (o.decided_by_name) override.by = o.decided_by_name;
    approved.set(`${o.objective}\u0000${o.indicator ?? ''}\u0000${o.period}`, override);
  }
  const overrides = (doc.overrides ?? []).filter((o) => !approved.has(`${o.objective}\u0000${o.indicator ?? ''}\u0000${o.period}`));
  overrides.push(...approved.values());

  const monitoring: MonitoringNote[] = [...(doc.monitoring ?? [])];
  for (const n of overlay.notes) {
    if (!periods.has(n.period) || !objectives.has(n.objective)) continue;
    const note: MonitoringNote = { period: n.period, objective: n.objective };
    if (n.indicator) note.indicator = n.indicator;
    if (n.by_whom) note.by = n.by_whom;
    if (n.cause) note.cause = n.cause;
    if (n.action) note.action = n.action;
    if (n.proposal) note.proposal = n.proposal as unknown as MonitoringNote['proposal'];
    if (n.flags.length) note.flags = n.flags;
    monitoring.push(note);
  }

  const result: PlanDocument = { ...doc, measurements };
  if (overrides.length || doc.overrides) result.overrides = overrides;
  if (monitoring.length || doc.monitoring) result.monitoring = monitoring;
  return result;
}
