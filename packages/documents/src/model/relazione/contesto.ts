/** Relazione §2: analisi del contesto e delle risorse (narrative, plus resource tables when present). */
import type { PlanDocument } from '@performa/core';
import { heading, table } from '../blocks.js';
import type { BuildInput } from '../input.js';
import { NARRATIVE_KEYS, narrativeBlocks } from '../narratives.js';
import { resourceTables } from '../resources.js';
import type { Block } from '../types.js';

export function contestoSection(doc: PlanDocument, input: BuildInput): Block[] {
  const blocks: Block[] = [heading(1, '2 – Analisi del contesto e delle risorse', 's-contesto')];
  blocks.push(...narrativeBlocks(input.narratives, 'contesto', NARRATIVE_KEYS.relazione.contesto));
  const tables = resourceTables(doc);
  if (tables.length) {
    blocks.push(heading(2, '2.1 – Le risorse', 's-risorse'));
    for (const t of tables) blocks.push(table(t));
  }
  return blocks;
}
