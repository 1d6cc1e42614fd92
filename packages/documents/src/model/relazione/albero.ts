/** Relazione §3.0: the performance tree coloured by verdict, with a legend that does not rely on colour. */
import { formatPercent, type Objective, type Results } from '@performa/core';
import { heading, prose } from '../blocks.js';
import { LEVEL_TITLES } from '../cards.js';
import type { BuildInput } from '../input.js';
import { narrativeBlocks } from '../narratives.js';
import type { PlanIndex } from '../plan-index.js';
import type { Block, TreeModel, TreeNode } from '../types.js';
import { legendItems, markOfEntry } from '../verdicts.js';

/** One path per leaf; `scored` false builds the Piano's tree (no results). */
export function performanceTree(ix: PlanIndex, results: Results | null, id: string): TreeModel {
  const d = ix.method.decimals;
  const paths: TreeNode[][] = [];
  const levels: string[] = [];
  const node = (o: Objective): TreeNode => {
    const n: TreeNode = { id: o.id, label: `${o.id} - ${o.name}` };
    if (results) {
      const entry = results.objectives[o.id];
      n.verdict = markOfEntry(entry, ix.method);
      n.score = entry?.score === null || entry?.score === undefined ? (entry?.status ?? '–') : formatPercent(entry.score, d);
    }
    return n;
  };
  const visit = (o: Objective, path: TreeNode[], depth: number) => {
    levels[depth] ??= LEVEL_TITLES[o.level];
    const here = [...path, node(o)];
    const children = ix.children(o.id);
    if (children.length === 0) paths.push(here);
    for (const c of children) visit(c, here, depth + 1);
  };
  for (const r of ix.roots()) visit(r, [], 0);
  return { id, levels: levels.map((l) => l ?? ''), paths };
}

export function alberoSection(ix: PlanIndex, results: Results, input: BuildInput): Block[] {
  return [
    heading(2, '3.0 – Albero della performance', 's-albero'),
    prose(
      `Si riporta l’albero della performance ${results.period} con l’evidenza grafica del raggiungimento di ciascun obiettivo: ogni casella riporta il risultato misurato e il giudizio, indicato anche dal simbolo e dalla dicitura oltre che dal colore.`,
    ),
    ...narrativeBlocks(input.narratives, 'albero'),
    { type: 'legend', title: 'Legenda', items: legendItems(ix.method) },
    { type: 'tree', tree: performanceTree(ix, results, 'albero') },
  ];
}
