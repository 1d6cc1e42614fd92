import { useOutletContext } from 'react-router-dom';
import type { PlanDetail } from '../api/types.js';
import { useSelection, type Selection } from './selection.js';

/** The selected plan (loaded by PlanLayout) and the selection. */
export function usePlan(): { plan: PlanDetail; sel: Selection } {
  const { plan } = useOutletContext<{ plan: PlanDetail }>();
  return { plan, sel: useSelection() };
}
