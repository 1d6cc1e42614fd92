/**
 * The properties performa/1 names for each part, in canonical (spec) order. Every other property
 * of an object (the `x-` extensions and anything else) is kept in the row's `extra` and given back
 * after these, on export.
 */
export const KEYS = {
  document: [
    'format', 'entity', 'plan', 'methodology', 'periods', 'units', 'perspectives', 'objectives', 'indicators',
    'assignments', 'measurements', 'overrides', 'scorecards', 'incentives', 'monitoring',
  ],
  entity: ['id', 'name'],
  plan: ['id', 'title', 'years', 'act'],
  methodology: [
    'interimTargets', 'atLeast', 'atMost', 'equals', 'lateDeadline', 'floor', 'cap', 'missing', 'mix', 'tolerance',
    'entity', 'units', 'verdicts', 'decimals',
  ],
  mix: ['indicators', 'children'],
  tolerance: ['from', 'appliesTo'],
  verdict: ['from', 'label', 'color'],
  lateDeadline: ['perDay'],
  period: ['id', 'start', 'end', 'year'],
  unit: ['id', 'name', 'parent', 'kind'],
  perspective: ['id', 'name', 'weight', 'members'],
  member: ['objective', 'weight'],
  objective: ['id', 'level', 'name', 'parent', 'weight', 'perspective', 'programme', 'units', 'mix', 'description'],
  indicator: ['id', 'name', 'algorithm', 'unit', 'type', 'source', 'cumulative', 'code'],
  assignment: ['objective', 'indicator', 'weight', 'targets', 'revisions'],
  target: ['op', 'value', 'min', 'max', 'date', 'text'],
  revision: ['period', 'previous', 'reason', 'act'],
  measurement: ['indicator', 'period', 'value', 'status', 'numerator', 'denominator', 'note'],
  override: ['objective', 'indicator', 'period', 'score', 'reason', 'by'],
  scorecard: ['id', 'holder', 'role', 'items'],
  item: ['id', 'name', 'weight', 'objective', 'indicator', 'threshold', 'score', 'targets', 'items'],
  incentive: ['id', 'name', 'amount', 'rule', 'basis', 'threshold'],
  monitoring: ['period', 'objective', 'indicator', 'by', 'cause', 'action', 'proposal', 'flags'],
} as const satisfies Record<string, readonly string[]>;

export type Part = keyof typeof KEYS;

type Json = Record<string, unknown>;

/** The properties of `source` the format does not name for this part, or null when there are none. */
export function extraOf(source: object, part: Part): Json | null {
  const known: readonly string[] = KEYS[part];
  let extra: Json | null = null;
  for (const [key, value] of Object.entries(source)) {
    if (known.includes(key) || value === undefined) continue;
    (extra ??= {})[key] = value;
  }
  return extra;
}

/**
 * Builds an object in canonical order: the named properties that are not null/absent (null and
 * absent mean the same, spec §1), then the extra ones.
 */
export function assemble(part: Part, named: Json, extra: Json | null | undefined): Json {
  const out: Json = {};
  for (const key of KEYS[part]) {
    const value = named[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  if (extra) for (const [key, value] of Object.entries(extra)) if (!(key in out)) out[key] = value;
  return out;
}

/** Puts a free-form object (kept as jsonb, whose key order is its own) back in canonical order. */
export function reorder(part: Part, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Json;
  const out: Json = {};
  for (const key of KEYS[part]) if (key in source) out[key] = source[key];
  for (const [key, v] of Object.entries(source)) if (!(key in out)) out[key] = v;
  return out;
}
