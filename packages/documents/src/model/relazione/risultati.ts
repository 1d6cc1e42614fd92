/** Relazione §1: principali risultati raggiunti (ente, ambiti, unità, prospettive, indicatori). */
import { term, type Results, type Unit } from '@performa/core';
import { heading, prose, table } from '../blocks.js';
import { areaBars, perspectiveChart, verdictDistribution } from '../charts.js';
import type { BuildInput } from '../input.js';
import { narrativeBlocks } from '../narratives.js';
import { resultOf, type AssignmentRef, type PlanIndex } from '../plan-index.js';
import type { Block, Cell, ChartModel, Row } from '../types.js';
import { measuredCell, scoreCell, targetText, type NumberStyle } from '../values.js';
import { markOfEntry, verdictCell as markCell } from '../verdicts.js';

function verdictCell(ix: PlanIndex, entry: Parameters<typeof markOfEntry>[0]): Cell {
  return markCell(markOfEntry(entry, ix.method));
}

function highlightRefs(ix: PlanIndex, input: BuildInput): AssignmentRef[] {
  const all = (ix.doc.assignments ?? []).map((assignment, index) => ({ assignment, index }));
  const wanted = input.highlights?.length
    ? input.highlights
    : (ix.doc.indicators ?? []).filter((i) => i['x-highlight'] === true || typeof i['x-highlight'] === 'string').map((i) => i.id);
  if (wanted.length) {
    return wanted.map((id) => all.find((r) => r.assignment.indicator === id)).filter((r): r is AssignmentRef => !!r);
  }
  const strategic = new Set(ix.byLevel('strategic').map((o) => o.id));
  return all.filter((r) => strategic.has(r.assignment.objective)).slice(0, 10);
}

export function risultatiSection(ix: PlanIndex, results: Results, input: BuildInput, style: NumberStyle): Block[] {
  const d = ix.method.decimals;
  const blocks: Block[] = [heading(1, '1 – Principali risultati raggiunti', 's-risultati')];
  blocks.push(
    prose(
      'Si riportano sinteticamente i risultati più rilevanti, con particolare riferimento agli aspetti di maggior interesse per gli stakeholder: il grado di raggiungimento complessivo degli obiettivi per l’ente, per gli ambiti strategici, per le unità organizzative e per le prospettive della Balanced Scorecard, e gli indicatori più significativi del Piano.',
    ),
  );
  blocks.push(...narrativeBlocks(input.narratives, 'risultati'));

  const rows: Row[] = [{ kind: 'total', cells: [term('performanceEnte'), scoreCell(results.entity, d), verdictCell(ix, results.entity)] }];
  for (const area of ix.roots()) {
    const entry = results.objectives[area.id];
    rows.push({ cells: [ix.label(area), scoreCell(entry, d), verdictCell(ix, entry)] });
  }
  blocks.push(
    table({
      id: 'tab-ente-ambiti',
      title: "Performance dell'ente e degli ambiti strategici",
      sheet: 'Ente e ambiti',
      columns: [{ header: 'Aggregato', width: 5 }, { header: 'Risultato', align: 'right', width: 1.3 }, { header: 'Valutazione', width: 2 }],
      rows,
    }),
  );

  const unitRows: Row[] = [];
  const visitUnit = (u: Unit, depth: number) => {
    const entry = results.units[u.id];
    unitRows.push({ cells: [{ text: u.name, indent: depth, bold: ix.unitChildren(u.id).length > 0 }, scoreCell(entry, d), verdictCell(ix, entry)] });
    for (const c of ix.unitChildren(u.id)) visitUnit(c, depth + 1);
  };
  for (const u of ix.rootUnits()) visitUnit(u, 0);
  if (unitRows.length) {
    blocks.push(
      table({
        id: 'tab-unita',
        title: 'Performance delle unità organizzative',
        sheet: 'Unità organizzative',
        columns: [{ header: 'Unità organizzativa', width: 5 }, { header: 'Risultato', align: 'right', width: 1.3 }, { header: 'Valutazione', width: 2 }],
        rows: unitRows,
      }),
    );
  }

  const perspectives = ix.doc.perspectives ?? [];
  if (perspectives.length) {
    const mapRows: Row[] = [];
    for (const p of perspectives) {
      const entry = results.perspectives[p.id];
      mapRows.push({ kind: 'group', cells: [p.name, scoreCell(entry, d), verdictCell(ix, entry)] });
      const members = p.members?.length
        ? p.members.map((m) => ix.objectives.get(m.objective)).filter((o) => !!o)
        : ix.doc.objectives.filter((o) => o.perspective === p.id);
      for (const o of members) {
        const e = results.objectives[o.id];
        mapRows.push({ cells: [{ text: ix.label(o), indent: 1 }, scoreCell(e, d), verdictCell(ix, e)] });
      }
    }
    blocks.push(
      table({
        id: 'tab-mappa',
        title: 'Mappa strategica per prospettiva della Balanced Scorecard',
        sheet: 'Prospettive BSC',
        columns: [{ header: 'Prospettiva / obiettivo strategico', width: 5 }, { header: 'Risultato', align: 'right', width: 1.3 }, { header: 'Valutazione', width: 2 }],
        rows: mapRows,
      }),
    );
  }

  const refs = highlightRefs(ix, input);
  if (refs.length) {
    blocks.push(
      table({
        id: 'tab-indicatori-significativi',
        title: 'Indicatori più significativi',
        sheet: 'Indicatori significativi',
        columns: [
          { header: 'Indicatore', width: 4 },
          { header: 'Obiettivo', width: 1.4 },
          { header: `Target ${results.period}`, align: 'right', width: 1.4 },
          { header: `Consuntivo ${results.period}`, align: 'right', width: 1.4 },
        ],
        rows: refs.map((ref) => {
          const indicator = ix.indicatorOf(ref);
          const r = resultOf(results, ref);
          const target = r?.target ?? ref.assignment.targets?.[results.period] ?? null;
          return {
            cells: [
              indicator.name,
              ref.assignment.objective,
              { text: targetText(target, indicator.unit, style), align: 'right' },
              measuredCell(r?.value, r?.status, indicator.unit, style),
            ],
          };
        }),
      }),
    );
  }

  const charts = [areaBars(ix, results), perspectiveChart(ix, results), verdictDistribution(ix, results)].filter(
    (c): c is ChartModel => c !== null,
  );
  if (charts.length) blocks.push({ type: 'charts', charts });
  return blocks;
}
