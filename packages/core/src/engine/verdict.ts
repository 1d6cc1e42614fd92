import type { ResolvedMethodology } from '../model/methodology.js';
import { geq } from './outcome.js';

/** §3.3 verdict bands, highest `from` first: the first band the score reaches; none below every band. */
export function verdictOf(score: number | null, method: ResolvedMethodology): string | undefined {
  if (score === null) return undefined;
  for (const band of method.verdicts) if (geq(score, band.from)) return band.label;
  return undefined;
}

/** The top verdict (the tolerance label of §3.2). */
export function topVerdict(method: ResolvedMethodology): string | undefined {
  return method.verdicts[0]?.label;
}
