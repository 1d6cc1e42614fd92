/** Monitoraggio OIV: the summary per strategic objective and the full tree with annual and period targets. */
import type { Objective, Results } from '@performa/core';
import { resultOf, type PlanIndex } from '../plan-index.js';
import type { Cell, Row, TableModel } from '../types.js';
import { measuredCell, scoreCell, shareCell, targetText, type NumberStyle } from '../values.js';
import { markOfEntry, verdictCell as markCell } from '../verdicts.js';

function verdictCell(ix: PlanIndex, entry: Parameters<typeof markOfEntry>[0]): Cell {
  return markCell(markOfEntry(entry, ix.method));
}

export function summaryTable(ix: PlanIndex, results: Results): TableModel {
  const d = ix.method.decimals;
  const strategic = ix.byLevel('strategic');
  const members: Objective[] = strategic.length ? strategic : ix.roots();
  const rows: Row[] = [];
  let group: string | null = null;
  for (const o of members) {
    const root = o.parent ? ix.objectives.get(o.parent) : undefined;
    if (root && root.id !== group) {
      group = root.id;
      const e = results.objectives[root.id];
      rows.push({ kind: 'group', cells: [ix.label(root), shareCell(ix.objectiveShare(root), d), scoreCell(e, d), verdictCell(ix, e)] });
    }
    const e = results.objectives[o.id];
    rows.push({ cells: [{ text: ix.label(o), indent: root ? 1 : 0 }, shareCell(ix.objectiveShare(o), d), scoreCell(e, d), verdictCell(ix, e)] });
  }
  rows.push({ kind: 'total', cells: ["Performance organizzativa dell'ente", shareCell(1, d), scoreCell(results.entity, d), verdictCell(ix, results.entity)] });
  return {
    id: 'tab-sintesi',
    title: `Sintesi per obiettivo strategico – ${results.period}`,
    sheet: 'Sintesi',
    columns: [{ header: 'Obiettivo strategico', width: 5 }, { header: 'Peso', align: 'right', width: 1 }, { header: 'Risultato', align: 'right', width: 1.3 }, { header: 'Valutazione', width: 2 }],
    rows,
  };
}

export function treeTable(ix: PlanIndex, results: Results, year: string | null, style: NumberStyle): TableModel {
  const d = ix.method.decimals;
  const p = results.period;
  const interim = year !== null && year !== p;
  const rows: Row[] = [];
  for (const { objective: o, depth } of ix.walk()) {
    const e = results.objectives[o.id];
    const blank = interim ? ['', '', ''] : ['', ''];
    rows.push({ cells: [{ text: ix.label(o), indent: depth, bold: true }, shareCell(ix.objectiveShare(o), d), ...blank, scoreCell(e, d), verdictCell(ix, e)] });
    for (const ref of ix.assignments(o.id)) {
      const indicator = ix.indicatorOf(ref);
      const r = resultOf(results, ref);
      const own = ref.assignment.targets?.[p];
      const source = own ? undefined : r?.target ? (ix.method.interimTargets === 'prorata' && indicator.cumulative ? 'annuale pro rata' : 'annuale') : undefined;
      const periodTarget: Cell = { text: targetText(r?.target ?? own ?? null, indicator.unit, style), align: 'right', ...(interim && source ? { note: `dal target ${source}` } : {}) };
      const targets: Cell[] = interim
        ? [{ text: targetText(year ? ref.assignment.targets?.[year] : null, indicator.unit, style), align: 'right' }, periodTarget]
        : [periodTarget];
      rows.push({
        cells: [
          { text: indicator.name, indent: depth + 1, italic: true },
          shareCell(ix.assignmentShare(ref), d),
          ...targets,
          measuredCell(r?.value, r?.status, indicator.unit, style),
          scoreCell(r, d),
          '',
        ],
      });
    }
  }
  return {
    id: 'tab-albero',
    title: `Albero della performance: pesi, target e valori – ${p}`,
    sheet: 'Albero e indicatori',
    dense: true,
    columns: [
      { header: 'Obiettivo / indicatore', width: 4.6 },
      { header: 'Peso', align: 'right', width: 1.1 },
      ...(interim ? [{ header: `Target annuale ${year}`, align: 'right' as const, width: 1.3 }] : []),
      { header: `Target ${p}`, align: 'right', width: 1.3 },
      { header: `Valore ${p}`, align: 'right', width: 1.2 },
      { header: 'Risultato', align: 'right', width: 1.2 },
      { header: 'Valutazione', width: 2 },
    ],
    rows,
  };
}
