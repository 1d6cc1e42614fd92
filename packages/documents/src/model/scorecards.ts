/**
 * Individual scorecards (schede individuali, spec §2.9) as tables and cards, shared by the
 * Relazione (§4), the Piano (individual objectives) and the Scheda individuale.
 */
import { itemSegment, readMeasurement, type Results, type Scorecard, type ScorecardItem, type Target } from '@performa/core';
import { anchorOf } from './blocks.js';
import { indicatorTable } from './cards.js';
import { share, type PlanIndex } from './plan-index.js';
import type { CardModel, Cell, Row, TableModel } from './types.js';
import { measuredCell, scoreCell, shareCell, targetText, type NumberStyle } from './values.js';
import { markOfEntry, verdictCell } from './verdicts.js';

export interface ItemVisit {
  item: ScorecardItem;
  path: string;
  depth: number;
  share: number | null;
}

/** Every item of a card, depth first, with its results path and its share among its siblings. */
export function walkItems(card: Scorecard): ItemVisit[] {
  const out: ItemVisit[] = [];
  const visit = (items: ScorecardItem[], prefix: string, depth: number) => {
    const weights = items.map((i) => i.weight);
    for (const item of items) {
      const path = prefix ? `${prefix}/${itemSegment(item)}` : itemSegment(item);
      out.push({ item, path, depth, share: share(item.weight, weights) });
      if (item.items?.length) visit(item.items, path, depth + 1);
    }
  };
  visit(card.items, '', 0);
  return out;
}

/** What an item is, in words: its name, else the objective or indicator it refers to. */
export function itemLabel(ix: PlanIndex, item: ScorecardItem): { text: string; note?: string } {
  const objective = item.objective ? ix.objectives.get(item.objective) : undefined;
  const indicator = item.indicator ? ix.indicators.get(item.indicator) : undefined;
  const reference = indicator
    ? objective
      ? `${indicator.name} (obiettivo ${objective.id})`
      : indicator.name
    : objective
      ? ix.label(objective)
      : undefined;
  const name = item.name?.trim();
  if (name && reference && name !== item.objective) return { text: name, note: reference };
  if (reference) return { text: reference };
  if (name) return { text: name };
  if (item.score !== null && item.score !== undefined) return { text: 'Valutazione diretta del valutatore' };
  return { text: item.id ?? '–' };
}

function leafTarget(ix: PlanIndex, item: ScorecardItem, period: string): { target: Target | null; unit: string | null } {
  if (!item.indicator) return { target: null, unit: null };
  const unit = ix.indicators.get(item.indicator)?.unit ?? null;
  const own = item.targets?.[period];
  if (own) return { target: own, unit };
  const a = item.objective ? ix.assignments(item.objective).find((r) => r.assignment.indicator === item.indicator) : undefined;
  return { target: a?.assignment.targets?.[period] ?? null, unit };
}

/** The card as a table: item, weight, target, actual, result, verdict, and the total. */
export function scorecardResultTable(ix: PlanIndex, card: Scorecard, results: Results, style: NumberStyle): TableModel {
  const cardResult = results.scorecards[card.id];
  const d = ix.method.decimals;
  const p = results.period;
  const rows: Row[] = walkItems(card).map(({ item, path, depth, share: s }) => {
    const label = itemLabel(ix, item);
    const entry = cardResult?.items[path];
    const mark = markOfEntry(entry, ix.method);
    const { target, unit } = leafTarget(ix, item, p);
    const measurement = item.indicator && !item.objective ? ix.measurements(item.indicator).find((m) => m.period === p) : undefined;
    const assignmentResult =
      item.indicator && item.objective
        ? results.assignments.find((a) => a.objective === item.objective && a.indicator === item.indicator)
        : undefined;
    const reading = measurement ? readMeasurement(measurement, ix.indicators.get(item.indicator!)) : undefined;
    const value = assignmentResult?.value ?? (reading?.state === 'measured' ? reading.value : undefined);
    const cells: Cell[] = [
      { text: label.text, indent: depth, bold: !!item.items?.length, ...(label.note ? { note: label.note } : {}) },
      shareCell(s, d),
      { text: target ? targetText(target, unit, style) : '', align: 'right' },
      item.indicator ? measuredCell(value, assignmentResult?.status ?? measurement?.status ?? undefined, unit, style) : '',
      scoreCell(entry, d),
      verdictCell(mark),
    ];
    return { cells };
  });
  const total = markOfEntry(cardResult, ix.method);
  rows.push({
    kind: 'total',
    cells: ['Risultato complessivo della scheda', shareCell(1, d), '', '', scoreCell(cardResult, d), verdictCell(total)],
  });
  return {
    id: anchorOf('scheda', card.id),
    title: `Scheda ${card.holder}`,
    sheet: `Scheda ${card.id}`,
    columns: [
      { header: 'Obiettivo individuale', width: 4 },
      { header: 'Peso', align: 'right', width: 1 },
      { header: `Target ${p}`, align: 'right', width: 1.4 },
      { header: `Consuntivo ${p}`, align: 'right', width: 1.4 },
      { header: 'Risultato', align: 'right', width: 1.2 },
      { header: 'Valutazione', width: 1.8 },
    ],
    rows,
  };
}

/** The card as planned: item, weight and the targets of each year. */
export function scorecardPlanTable(ix: PlanIndex, card: Scorecard, years: string[], style: NumberStyle): TableModel {
  const d = ix.method.decimals;
  const rows: Row[] = walkItems(card).map(({ item, depth, share: s }) => {
    const label = itemLabel(ix, item);
    const targets = years.map((y) => {
      const { target, unit } = leafTarget(ix, item, y);
      return { text: target ? targetText(target, unit, style) : item.objective && !item.indicator ? 'vedi obiettivo' : '', align: 'right' as const };
    });
    return { cells: [{ text: label.text, indent: depth, bold: !!item.items?.length, ...(label.note ? { note: label.note } : {}) }, shareCell(s, d), ...targets] };
  });
  return {
    id: anchorOf('piano-scheda', card.id),
    title: `Obiettivi individuali: ${card.holder}`,
    sheet: `Obiettivi ${card.id}`,
    columns: [
      { header: 'Obiettivo individuale', width: 4 },
      { header: 'Peso', align: 'right', width: 1 },
      ...years.map((y) => ({ header: `Target ${y}`, align: 'right' as const, width: 1.3 })),
    ],
    rows,
  };
}

/** Foggia §4: one card per objective leaf, with the objective's indicators. */
export function scorecardObjectiveCards(ix: PlanIndex, card: Scorecard, results: Results, style: NumberStyle): CardModel[] {
  const cardResult = results.scorecards[card.id];
  const d = ix.method.decimals;
  const cards: CardModel[] = [];
  for (const { item, path, share: s } of walkItems(card)) {
    if (!item.objective || item.indicator) continue;
    const objective = ix.objectives.get(item.objective);
    if (!objective) continue;
    const entry = cardResult?.items[path];
    const mark = markOfEntry(entry, ix.method);
    const anchor = anchorOf('ind', card.id, path);
    const model: CardModel = {
      anchor,
      kindLabel: 'Obiettivo individuale',
      code: objective.id,
      name: objective.name,
      sheet: 'Obiettivi individuali',
      fields: [
        { label: 'Scheda', value: holderTitle(card) },
        { label: 'Risultato misurato obiettivo', value: { ...scoreCell(entry, d), align: 'left', bold: true } },
        { label: 'Peso', value: { ...shareCell(s, d), align: 'left' } },
        { label: 'Valutazione obiettivo', value: verdictCell(mark) },
      ],
    };
    const t = indicatorTable(ix, results, objective, style, `${anchor}-ind`);
    if (t) model.table = t;
    cards.push(model);
  }
  return cards;
}

/** "Mario Rossi (dirigente)"; the role is left out when it repeats the holder. */
export function holderTitle(card: Scorecard): string {
  return card.role && card.role.toLowerCase() !== card.holder.toLowerCase() ? `${card.holder} (${card.role})` : card.holder;
}
