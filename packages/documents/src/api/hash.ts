/**
 * A content hash of everything a document is made from, so a stored document can tell whether the
 * data changed since it was generated (compare the stored hash with the hash of today's inputs).
 */
import { createHash } from 'node:crypto';

/** Bumped when the layout or the content of the documents changes. */
export const DOCUMENTS_VERSION = 'performa-documents/1';

/** JSON with object keys sorted at every level (so key order never changes the hash). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashInput {
  kind: string;
  period?: string;
  doc: unknown;
  narratives?: unknown;
  scorecard?: string;
  process?: unknown;
  highlights?: unknown;
}

/**
 * "sha256:…" of the canonical inputs. The format is not part of it (the same data gives the same hash
 * in every format) and neither are the results (derived from the document).
 */
export function inputHash(input: HashInput): string {
  const payload = canonicalJson({
    v: DOCUMENTS_VERSION,
    kind: input.kind,
    period: input.period ?? null,
    doc: input.doc,
    narratives: input.narratives ?? null,
    scorecard: input.scorecard ?? null,
    process: input.process ?? null,
    highlights: input.highlights ?? null,
  });
  return `sha256:${createHash('sha256').update(payload).digest('hex')}`;
}
