import type { OverrideBody } from '@performa/api';
import type { Override, Results } from '@performa/core';
import type { OverrideRow } from '../queries/overlay.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const by = (id: string | null, name: string | null) => (id ? { userId: id, name: name ?? id } : null);

/** The score the engine computes without the override (`computed` beside an applied one). */
export function computedScore(results: Results | null, objective: string, indicator: string | null): number | null {
  if (!results) return null;
  const entry = indicator
    ? results.assignments.find((a) => a.objective === objective && a.indicator === indicator)
    : results.objectives[objective];
  if (!entry) return null;
  return entry.computed !== undefined ? (entry.computed ?? null) : entry.score;
}

export function overrideBody(row: OverrideRow, results: Results | null): OverrideBody {
  return {
    id: String(row.id),
    objective: row.objective,
    indicator: row.indicator,
    period: row.period,
    score: row.score,
    reason: row.reason,
    state: row.state,
    source: 'proposta',
    proposedBy: by(row.proposed_by, row.proposed_by_name),
    proposedAt: iso(row.proposed_at),
    decidedBy: by(row.decided_by, row.decided_by_name),
    decidedAt: iso(row.decided_at),
    decisionNote: row.decision_note,
    computed: computedScore(results, row.objective, row.indicator),
  };
}

/** An override carried by the imported document: already decided, by whoever the document names. */
export function importedOverrideBody(o: Override, index: number, results: Results | null): OverrideBody {
  return {
    id: `import-${index}`,
    objective: o.objective,
    indicator: o.indicator ?? null,
    period: o.period,
    score: o.score,
    reason: o.reason,
    state: 'approvato',
    source: 'import',
    proposedBy: null,
    proposedAt: null,
    decidedBy: o.by ? { userId: '', name: o.by } : null,
    decidedAt: null,
    decisionNote: null,
    computed: computedScore(results, o.objective, o.indicator ?? null),
  };
}
