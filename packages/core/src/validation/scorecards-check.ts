import type { PlanDocument, ScorecardItem } from '../model/document.js';
import { itemSegment } from '../engine/scorecards.js';
import type { PairIndex } from './pair-set.js';
import type { Report } from './report.js';
import type { Indexes } from './structure.js';
import { checkTargets } from './values.js';
import { checkSiblingWeights } from './weights.js';

/** §2.9: item kinds, references, unique path segments among siblings, sibling weights. */
export function checkScorecards(doc: PlanDocument, idx: Indexes, pairs: PairIndex, report: Report): void {
  const checkItems = (items: ScorecardItem[], at: string) => {
    const segments = new Map<string, number>();
    items.forEach((item, i) => {
      const p = `${at}/${i}`;
      const segment = itemSegment(item);
      const first = segments.get(segment);
      if (first !== undefined) report.add(p, 'scorecard.segment', { segment, first: `${at}/${first}` });
      else segments.set(segment, i);
      const inner = (item.items?.length ?? 0) > 0;
      const direct = item.score !== null && item.score !== undefined;
      const kinds = [inner, direct, Boolean(item.objective), Boolean(item.indicator && !item.objective)].filter(Boolean).length;
      if (kinds > 1) report.add(p, 'scorecard.kind');
      if (item.objective) {
        if (!idx.objectives.has(item.objective)) report.add(`${p}/objective`, 'ref.objective', { id: item.objective });
        else if (item.indicator && !pairs.has(item.objective, item.indicator)) {
          report.add(`${p}/indicator`, 'ref.assignment', { objective: item.objective, indicator: item.indicator });
        }
      } else if (item.indicator) {
        if (!idx.indicators.has(item.indicator)) report.add(`${p}/indicator`, 'ref.indicator', { id: item.indicator });
        if (!item.targets) report.add(p, 'scorecard.ownTargets');
        checkTargets(item.targets, () => `${p}/targets`, idx, report);
      }
      if (inner) checkItems(item.items!, `${p}/items`);
    });
    checkSiblingWeights(items.map((item, i) => ({ weight: item.weight, index: i, label: itemSegment(item) })), (i) => `${at}/${i}`, report);
  };
  (doc.scorecards ?? []).forEach((card, i) => checkItems(card.items, `/scorecards/${i}/items`));
}
