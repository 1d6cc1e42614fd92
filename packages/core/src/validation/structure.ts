import type { PlanDocument } from '../model/document.js';
import { daysBetween, isIsoDate } from '../engine/dates.js';
import { checkTree, indexIds, type Report } from './report.js';
import { checkSiblingWeights, type Sibling } from './weights.js';

/** Id indexes of the document's parts: id → position in its array. */
export interface Indexes {
  periods: Map<string, number>;
  units: Map<string, number>;
  perspectives: Map<string, number>;
  objectives: Map<string, number>;
  indicators: Map<string, number>;
}

function checkPeriods(doc: PlanDocument, idx: Indexes, report: Report): void {
  doc.periods.forEach((p, i) => {
    for (const key of ['start', 'end'] as const) {
      if (!isIsoDate(p[key])) report.add(`/periods/${i}/${key}`, 'date.invalid', { value: p[key] });
    }
    if (isIsoDate(p.start) && isIsoDate(p.end) && daysBetween(p.start, p.end) < 0) {
      report.add(`/periods/${i}/end`, 'period.order', { start: p.start, end: p.end });
    }
    if (!p.year) return;
    const y = idx.periods.get(p.year);
    const year = y === undefined ? undefined : doc.periods[y];
    if (!year) return report.add(`/periods/${i}/year`, 'ref.period', { id: p.year });
    if (year.year) return report.add(`/periods/${i}/year`, 'ref.yearNotAnnual', { id: p.year });
    if (p.start < year.start || p.end > year.end) {
      report.add(`/periods/${i}`, 'period.outsideYear', { year: year.id, start: year.start, end: year.end });
    }
  });
}

/** Ids, references and trees of periods, units, perspectives, objectives, incentives, monitoring. */
export function checkStructure(doc: PlanDocument, report: Report): Indexes {
  const idx: Indexes = {
    periods: indexIds(doc.periods, 'periods', report),
    units: indexIds(doc.units, 'units', report),
    perspectives: indexIds(doc.perspectives, 'perspectives', report),
    objectives: indexIds(doc.objectives, 'objectives', report),
    indicators: indexIds(doc.indicators, 'indicators', report),
  };
  indexIds(doc.scorecards, 'scorecards', report);
  indexIds(doc.incentives, 'incentives', report);
  checkPeriods(doc, idx, report);

  const units = doc.units ?? [];
  units.forEach((u, i) => {
    if (u.parent && !idx.units.has(u.parent)) report.add(`/units/${i}/parent`, 'ref.unit', { id: u.parent });
  });
  checkTree(units, 'units', idx.units, report);

  const perspectives = doc.perspectives ?? [];
  checkSiblingWeights(perspectives.map((p, i) => ({ weight: p.weight, index: i, label: p.id })), (i) => `/perspectives/${i}`, report);
  perspectives.forEach((p, i) => {
    const members = p.members ?? [];
    members.forEach((m, j) => {
      if (!idx.objectives.has(m.objective)) report.add(`/perspectives/${i}/members/${j}/objective`, 'ref.objective', { id: m.objective });
    });
    checkSiblingWeights(members.map((m, j) => ({ weight: m.weight, index: j, label: m.objective })), (j) => `/perspectives/${i}/members/${j}`, report);
  });

  const siblings = new Map<string, Sibling[]>();
  doc.objectives.forEach((o, i) => {
    const at = `/objectives/${i}`;
    if (o.parent && !idx.objectives.has(o.parent)) report.add(`${at}/parent`, 'ref.objective', { id: o.parent });
    if (o.perspective && !idx.perspectives.has(o.perspective)) report.add(`${at}/perspective`, 'ref.perspective', { id: o.perspective });
    (o.units ?? []).forEach((u, j) => {
      if (!idx.units.has(u)) report.add(`${at}/units/${j}`, 'ref.unit', { id: u });
    });
    if (o.mix && !(o.mix.indicators + o.mix.children > 0)) report.add(`${at}/mix`, 'mix.zero');
    const key = o.parent ?? '';
    (siblings.get(key) ?? siblings.set(key, []).get(key)!).push({ weight: o.weight, index: i, label: o.id });
  });
  checkTree(doc.objectives, 'objectives', idx.objectives, report);
  for (const list of siblings.values()) checkSiblingWeights(list, (i) => `/objectives/${i}`, report);
  const mix = doc.methodology?.mix;
  if (mix && !(mix.indicators + mix.children > 0)) report.add('/methodology/mix', 'mix.zero');

  (doc.incentives ?? []).forEach((p, i) => {
    p.basis.forEach((id, j) => {
      if (!idx.objectives.has(id)) report.add(`/incentives/${i}/basis/${j}`, 'ref.objective', { id });
    });
  });
  (doc.monitoring ?? []).forEach((n, i) => {
    if (!idx.periods.has(n.period)) report.add(`/monitoring/${i}/period`, 'ref.period', { id: n.period });
    if (n.objective && !idx.objectives.has(n.objective)) report.add(`/monitoring/${i}/objective`, 'ref.objective', { id: n.objective });
    if (n.indicator && !idx.indicators.has(n.indicator)) report.add(`/monitoring/${i}/indicator`, 'ref.indicator', { id: n.indicator });
  });
  return idx;
}
