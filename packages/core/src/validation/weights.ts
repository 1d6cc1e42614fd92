import type { Report } from './report.js';

export interface Sibling {
  weight?: number | null | undefined;
  /** Position in its array; the pointer is built from it only when there is a problem. */
  index: number;
  label: string;
}

/**
 * §3.2: among the siblings of one block weights are either all numbers or all null; a 0 may stand
 * beside nulls. Mixing null with positive numbers is an input error, reported at the positive weight.
 */
export function checkSiblingWeights(siblings: Sibling[], pointer: (index: number) => string, report: Report): void {
  let firstNull: Sibling | undefined;
  for (const s of siblings) {
    if (s.weight === null || s.weight === undefined) {
      firstNull = s;
      break;
    }
  }
  if (!firstNull) return;
  for (const s of siblings) {
    if (typeof s.weight === 'number' && s.weight > 0) {
      report.add(`${pointer(s.index)}/weight`, 'weights.mixed', { with: firstNull.label, weight: s.weight });
    }
  }
}
