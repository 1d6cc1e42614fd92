/** Relazione §3.1–3.2: strategic and operational objective cards, grouped as the Unioncamere layout does. */
import type { Objective, Results } from '@performa/core';
import { anchorOf, heading, prose } from '../blocks.js';
import { objectiveCard } from '../cards.js';
import type { BuildInput } from '../input.js';
import { narrativeBlocks } from '../narratives.js';
import type { PlanIndex } from '../plan-index.js';
import type { Block } from '../types.js';
import type { NumberStyle } from '../values.js';

const OPERATIONAL: Objective['level'][] = ['operational', 'project', 'action'];

/** The nearest ancestor of a level (or the objective's root when none). */
function ancestor(ix: PlanIndex, o: Objective, level: Objective['level']): Objective | undefined {
  let current = o.parent ? ix.objectives.get(o.parent) : undefined;
  while (current && current.level !== level) current = current.parent ? ix.objectives.get(current.parent) : undefined;
  return current;
}

export function strategicSection(ix: PlanIndex, results: Results, input: BuildInput, style: NumberStyle): Block[] {
  const blocks: Block[] = [heading(2, '3.1 – Rendicontazione degli obiettivi strategici', 's-strategici')];
  const strategic = ix.byLevel('strategic');
  blocks.push(
    prose(
      strategic.length
        ? `Per ciascun obiettivo strategico si riportano il risultato misurato nel ${results.period}, la valutazione e gli indicatori con target, consuntivo e scostamento.`
        : 'Il Piano non prevede obiettivi strategici.',
    ),
  );
  blocks.push(...narrativeBlocks(input.narratives, 'strategici'));
  let area: Objective | undefined;
  for (const o of strategic) {
    const root = ancestor(ix, o, 'area');
    if (root && root !== area) {
      area = root;
      blocks.push(heading(3, `${root.id} - ${root.name}`, anchorOf('area', root.id), false));
      if (root.description?.trim()) blocks.push(prose(root.description.trim()));
    }
    blocks.push({ type: 'card', card: objectiveCard(ix, results, o, style, 'Obiettivi strategici') });
  }
  return blocks;
}

export function operationalSection(ix: PlanIndex, results: Results, input: BuildInput, style: NumberStyle): Block[] {
  const blocks: Block[] = [heading(2, '3.2 – Rendicontazione degli obiettivi operativi', 's-operativi')];
  const operational = ix.byLevel(...OPERATIONAL);
  blocks.push(
    prose(
      operational.length
        ? `Per ciascun obiettivo operativo si riportano le unità organizzative coinvolte, il risultato misurato nel ${results.period}, la valutazione e gli indicatori con target, consuntivo e scostamento.`
        : 'Il Piano non prevede obiettivi operativi.',
    ),
  );
  blocks.push(...narrativeBlocks(input.narratives, 'operativi'));
  let group: Objective | undefined;
  for (const o of operational) {
    const parent = ancestor(ix, o, 'strategic') ?? ancestor(ix, o, 'area');
    if (parent && parent !== group) {
      group = parent;
      blocks.push(heading(3, `${parent.id} - ${parent.name}`, anchorOf('gruppo', parent.id), false));
    }
    blocks.push({ type: 'card', card: objectiveCard(ix, results, o, style, 'Obiettivi operativi') });
  }
  return blocks;
}
