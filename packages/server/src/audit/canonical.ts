import { createHash } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as Array.prototype.sort does),
 * no whitespace, `undefined` members left out, numbers and strings as JSON.stringify writes them.
 * The same value always gives the same text, whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const keys = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** The first link of every chain: 64 zeros. */
export const GENESIS = '0'.repeat(64);

/** The content of an audit record that its hash covers (everything but the hashes). */
export interface AuditContent {
  entityId: string;
  seq: number;
  /** ISO 8601 with milliseconds, UTC. */
  at: string;
  actorId: string | null;
  actorName: string | null;
  objectType: string;
  objectId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** hash = sha256(previous hash + canonical JSON of the record), hex. */
export function linkHash(previous: string, content: AuditContent): string {
  return createHash('sha256').update(previous).update(canonicalJson(content)).digest('hex');
}
