import type { Report } from './report.js';

/**
 * §3.2: among the siblings of one block weights are either all numbers or all null; a 0 may stand
 * beside nulls. Mixing null with positive numbers is an input error, reported at the positive weight.
 */
export function checkSiblingWeights(
  siblings: { weight?: number | null; pointer: string; label: string }[],
  report: Report,
): void {
  const firstNull = siblings.find((s) => s.weight === null || s.weight === undefined);
  if (!firstNull) return;
  for (const s of siblings) {
    if (typeof s.weight === 'number' && s.weight > 0) {
      report.add(`${s.pointer}/weight`, 'weights.mixed', { with: firstNull.label, weight: s.weight });
    }
  }
}
