import type { PlanDocument } from '@performa/core';

/** The plan's id within its entity (spec §1): plan.id, else its first year as a string; null when neither. */
export function planKeyOf(doc: PlanDocument): string | null {
  const declared = doc.plan?.id;
  if (declared !== null && declared !== undefined && declared !== '') return declared;
  const first = doc.plan?.years?.[0];
  return first === null || first === undefined ? null : String(first);
}
