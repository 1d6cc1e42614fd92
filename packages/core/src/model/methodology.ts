/**
 * The methodology (SMVP as data), spec §3, with its defaults.
 */

export interface VerdictBand {
  from: number;
  label: string;
  color?: string | null;
}

export type LateDeadline = 'zero' | { perDay: number };

export interface Methodology {
  interimTargets?: 'annual' | 'prorata' | null;
  atLeast?: 'linear' | null;
  atMost?: 'linear' | 'ratio' | null;
  equals?: 'exact' | 'proportional' | null;
  lateDeadline?: LateDeadline | null;
  floor?: number | null;
  cap?: number | null;
  missing?: 'zero' | 'exclude' | null;
  mix?: { indicators: number; children: number } | null;
  tolerance?: { from: number; appliesTo?: 'label' | 'score' | null } | null;
  entity?: 'areas' | 'perspectives' | null;
  units?: 'operational' | 'all' | null;
  verdicts?: VerdictBand[] | null;
  decimals?: number | null;
  [extension: `x-${string}`]: unknown;
}

/** A methodology with every default of §3 filled in. */
export interface ResolvedMethodology {
  interimTargets: 'annual' | 'prorata';
  atLeast: 'linear';
  atMost: 'linear' | 'ratio';
  equals: 'exact' | 'proportional';
  lateDeadline: LateDeadline;
  floor: number;
  cap: number;
  missing: 'zero' | 'exclude';
  mix: { indicators: number; children: number };
  tolerance: { from: number; appliesTo: 'label' | 'score' } | null;
  entity: 'areas' | 'perspectives';
  units: 'operational' | 'all';
  /** Sorted by `from`, highest first. */
  verdicts: VerdictBand[];
  decimals: number;
}

export const DEFAULT_VERDICTS: readonly VerdictBand[] = Object.freeze([
  { from: 0.9, label: 'Raggiunto' },
  { from: 0.5, label: 'Parzialmente raggiunto' },
  { from: 0, label: 'Non raggiunto' },
]);

/** Fills the §3 defaults in; bands are sorted highest first. */
export function resolveMethodology(m: Methodology | null | undefined): ResolvedMethodology {
  const src = m ?? {};
  const verdicts = [...(src.verdicts ?? DEFAULT_VERDICTS)].sort((a, b) => b.from - a.from);
  return {
    interimTargets: src.interimTargets ?? 'annual',
    atLeast: src.atLeast ?? 'linear',
    atMost: src.atMost ?? 'linear',
    equals: src.equals ?? 'exact',
    lateDeadline: src.lateDeadline ?? 'zero',
    floor: src.floor ?? 0,
    cap: src.cap ?? 1,
    missing: src.missing ?? 'zero',
    mix: src.mix ?? { indicators: 0.5, children: 0.5 },
    tolerance: src.tolerance ? { from: src.tolerance.from, appliesTo: src.tolerance.appliesTo ?? 'label' } : null,
    entity: src.entity ?? 'areas',
    units: src.units ?? 'operational',
    verdicts,
    decimals: src.decimals ?? 2,
  };
}
