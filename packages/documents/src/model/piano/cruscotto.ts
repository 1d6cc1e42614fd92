/**
 * Piano: the cruscotto strategico (per perspective, else per area) and the operational objectives
 * per organisational unit, with baseline, the targets of every year and the data source.
 */
import type { Objective } from '@performa/core';
import { anchorOf, heading, prose, table } from '../blocks.js';
import type { PlanIndex } from '../plan-index.js';
import type { Block, Row, TableModel } from '../types.js';
import type { NumberStyle } from '../values.js';
import { baselineCell, yearTargetCell } from './targets.js';

function baselineNote(first: string): string {
  return `Baseline: ultimo valore rilevato prima del ${first}, con l'anno della rilevazione. I target rimodulati sono indicati come «precedente → nuovo».`;
}

function columnsFor(years: string[]) {
  return [
    { header: 'Obiettivo', width: 3 },
    { header: 'Indicatore', width: 3.2 },
    { header: 'Baseline (anno)', align: 'right' as const, width: 1.4 },
    ...years.map((y) => ({ header: `Target ${y}`, align: 'right' as const, width: 1.3 })),
    { header: 'Fonte del dato', width: 1.6 },
  ];
}

/** Rows for the assignments of the given objectives (label on the first row of each objective). */
function assignmentRows(ix: PlanIndex, objectives: Objective[], years: string[], style: NumberStyle, shown: Set<number>): Row[] {
  const rows: Row[] = [];
  for (const o of objectives) {
    ix.assignments(o.id).forEach((ref, k) => {
      shown.add(ref.index);
      const indicator = ix.indicatorOf(ref);
      rows.push({
        cells: [
          k === 0 ? ix.label(o) : '',
          indicator.algorithm ? { text: indicator.name, note: indicator.algorithm } : indicator.name,
          baselineCell(ix, indicator, years[0]!, style),
          ...years.map((y) => yearTargetCell(ref.assignment, indicator, y, style)),
          indicator.source ?? '–',
        ],
      });
    });
  }
  return rows;
}

function subtree(ix: PlanIndex, o: Objective): Objective[] {
  const out = [o];
  for (const c of ix.children(o.id)) out.push(...subtree(ix, c));
  return out;
}

function dashboard(ix: PlanIndex, id: string, title: string, members: Objective[], years: string[], style: NumberStyle, shown: Set<number>): TableModel {
  const rows: Row[] = [];
  for (const m of members) {
    const body = assignmentRows(ix, subtree(ix, m), years, style, shown);
    if (body.length === 0) continue;
    rows.push({ kind: 'subgroup', cells: [ix.label(m)] });
    rows.push(...body);
  }
  return { id, title, sheet: title, dense: true, columns: columnsFor(years), rows, note: baselineNote(years[0]!) };
}

export function cruscottoSection(ix: PlanIndex, years: string[], style: NumberStyle): Block[] {
  const blocks: Block[] = [heading(1, '3 – Cruscotto strategico', 's-cruscotto')];
  const shown = new Set<number>();
  const perspectives = ix.doc.perspectives ?? [];
  const groups: { name: string; members: Objective[] }[] = perspectives.length
    ? perspectives.map((p) => ({
        name: `Prospettiva: ${p.name}`,
        members: p.members?.length
          ? p.members.map((m) => ix.objectives.get(m.objective)).filter((o): o is Objective => !!o)
          : ix.doc.objectives.filter((o) => o.perspective === p.id),
      }))
    : ix.roots().map((r) => ({ name: `${r.id} - ${r.name}`, members: ix.children(r.id).length ? ix.children(r.id) : [r] }));
  groups.forEach((g, i) => {
    const t = dashboard(ix, anchorOf('cruscotto', String(i + 1)), g.name, g.members, years, style, shown);
    if (t.rows.length === 0) return;
    blocks.push(heading(2, `3.${i + 1} – ${g.name}`, anchorOf('cruscotto-h', String(i + 1))));
    blocks.push(table(t));
  });
  const rest = ix.walk().map((w) => w.objective).filter((o) => ix.assignments(o.id).some((r) => !shown.has(r.index)));
  if (rest.length) {
    const rows = assignmentRows(ix, rest, years, style, shown);
    blocks.push(heading(2, `3.${groups.length + 1} – Altri obiettivi`, 's-cruscotto-altri'));
    blocks.push(table({ id: 'cruscotto-altri', title: 'Altri obiettivi', sheet: 'Altri obiettivi', dense: true, columns: columnsFor(years), rows, note: baselineNote(years[0]!) }));
  }
  return blocks;
}

export function unitsSection(ix: PlanIndex, years: string[], style: NumberStyle): Block[] {
  const blocks: Block[] = [heading(1, '4 – Obiettivi operativi per unità organizzativa', 's-unita')];
  const operational = ix.byLevel('operational', 'project', 'action');
  const units = ix.unitsInOrder();
  let n = 0;
  for (const u of units) {
    const mine = operational.filter((o) => (o.units ?? []).includes(u.id));
    if (mine.length === 0) continue;
    n++;
    const rows = assignmentRows(ix, mine, years, style, new Set());
    const noIndicators = mine.filter((o) => ix.assignments(o.id).length === 0).map((o) => ({ cells: [ix.label(o), 'nessun indicatore assegnato'] }));
    blocks.push(heading(2, `4.${n} – ${u.name}`, anchorOf('unita', u.id)));
    blocks.push(table({ id: anchorOf('tab-unita', u.id), title: u.name, sheet: u.name, dense: true, columns: columnsFor(years), rows: [...rows, ...noIndicators], note: baselineNote(years[0]!) }));
  }
  const orphans = operational.filter((o) => !(o.units ?? []).length);
  if (n === 0) blocks.push(prose('Gli obiettivi operativi del Piano non indicano unità organizzative: sono riportati nel cruscotto strategico.'));
  else if (orphans.length) {
    blocks.push(
      prose(`${orphans.length === 1 ? 'Un obiettivo operativo non indica' : `${orphans.length} obiettivi operativi non indicano`} unità organizzative (${orphans.map((o) => o.id).join(', ')}): è riportato nel cruscotto strategico.`),
    );
  }
  return blocks;
}
