/**
 * Objective cards ("schede obiettivo") of the Relazione, as the Unioncamere layout prints them:
 * code and name, description, programme, units, measured result, verdict, then the indicator
 * table (indicator and type, algorithm, target, actual, deviation).
 */
import type { Objective, Results } from '@performa/core';
import { formatPercent } from '@performa/core';
import { anchorOf } from './blocks.js';
import { resultOf, type PlanIndex } from './plan-index.js';
import type { CardField, CardModel, Row, TableModel } from './types.js';
import { deviationCell, measuredCell, scoreCell, targetText, type NumberStyle } from './values.js';
import { markOfEntry, verdictCell } from './verdicts.js';

/** What each level of objective is called (card headings, tree level titles). */
export const LEVEL_TITLES: Record<Objective['level'], string> = {
  area: 'Ambito strategico',
  strategic: 'Obiettivo strategico',
  operational: 'Obiettivo operativo',
  project: 'Progetto',
  action: 'Azione',
};

export function indicatorTable(
  ix: PlanIndex,
  results: Results,
  objective: Objective,
  style: NumberStyle,
  id: string,
): TableModel | undefined {
  const refs = ix.assignments(objective.id);
  if (refs.length === 0) return undefined;
  const p = results.period;
  const rows: Row[] = refs.map((ref) => {
    const indicator = ix.indicatorOf(ref);
    const r = resultOf(results, ref);
    const target = r?.target ?? ref.assignment.targets?.[p] ?? null;
    const override = (ix.doc.overrides ?? []).find(
      (o) => o.objective === objective.id && o.indicator === indicator.id && o.period === p,
    );
    const notes = [indicator.type ? `Tipologia: ${indicator.type}` : '', override ? `Punteggio neutralizzato: ${override.reason}` : '']
      .filter(Boolean)
      .join(' · ');
    return {
      cells: [
        notes ? { text: indicator.name, note: notes } : indicator.name,
        indicator.algorithm ?? '–',
        { text: targetText(target, indicator.unit, style), align: 'right' },
        measuredCell(r?.value, r?.status, indicator.unit, style),
        deviationCell(r?.deviation, target, indicator.unit, style),
      ],
    };
  });
  return {
    id,
    columns: [
      { header: 'Indicatore', width: 3 },
      { header: 'Algoritmo', width: 3 },
      { header: `Target ${p}`, align: 'right', width: 1.4 },
      { header: `Consuntivo ${p}`, align: 'right', width: 1.4 },
      { header: 'Scostamento rispetto al target', align: 'right', width: 1.4 },
    ],
    rows,
  };
}

export function objectiveCard(ix: PlanIndex, results: Results, objective: Objective, style: NumberStyle, sheet: string): CardModel {
  const entry = results.objectives[objective.id];
  const d = ix.method.decimals;
  const fields: CardField[] = [];
  fields.push({ label: 'Descrizione', value: objective.description?.trim() || '–' });
  if (objective.level === 'strategic' || objective.programme) {
    fields.push({ label: 'Programma (D.M. 27/03/2013)', value: objective.programme?.trim() || '–' });
  }
  if (objective.perspective) {
    const perspective = (ix.doc.perspectives ?? []).find((p) => p.id === objective.perspective);
    fields.push({ label: 'Prospettiva BSC', value: perspective?.name ?? objective.perspective });
  }
  if (objective.level !== 'strategic' && objective.level !== 'area') {
    const units = (objective.units ?? []).map((u) => ix.unitName(u));
    fields.push({ label: 'Unità organizzative coinvolte', value: units.length ? units.join(' · ') : '–' });
  }
  fields.push({ label: 'Risultato misurato obiettivo', value: { ...scoreCell(entry, d), align: 'left', bold: true } });
  if (entry?.blocks) {
    const mix = objective.mix ?? ix.method.mix;
    const total = mix.indicators + mix.children || 1;
    const part = (share: number, score: number | null) => `${formatPercent(share / total, 0)} (${score === null ? 'vuoto' : formatPercent(score, d)})`;
    fields.push({
      label: 'Composizione del risultato',
      value: `indicatori propri ${part(mix.indicators, entry.blocks.indicators)} + obiettivi collegati ${part(mix.children, entry.blocks.children)}`,
    });
  }
  const override = (ix.doc.overrides ?? []).find((o) => o.objective === objective.id && !o.indicator && o.period === results.period);
  if (entry?.computed !== undefined && entry.computed !== null) {
    fields.push({
      label: override ? 'Neutralizzazione' : 'Tolleranza',
      value: override
        ? `punteggio calcolato ${formatPercent(entry.computed, d)}, sostituito${override.by ? ` da ${override.by}` : ''}: ${override.reason}`
        : `punteggio calcolato ${formatPercent(entry.computed, d)}`,
    });
  }
  const mark = markOfEntry(entry, ix.method);
  fields.push({ label: 'Valutazione obiettivo', value: verdictCell(mark) });
  const anchor = anchorOf('card', objective.id);
  const card: CardModel = { anchor, kindLabel: LEVEL_TITLES[objective.level], code: objective.id, name: objective.name, fields, sheet };
  const t = indicatorTable(ix, results, objective, style, `${anchor}-ind`);
  if (t) card.table = t;
  return card;
}
