/**
 * A set of (a, b) string pairs without building a joined key per pair: validation of a
 * 100k-assignment plan must not allocate and hash 100k new strings. Remembers the first index.
 */
export class PairIndex {
  private readonly map = new Map<string, Map<string, number> | { b: string; i: number }>();

  /** Adds the pair; returns the index it was first added with when it is already there. */
  add(a: string, b: string, index: number): number | undefined {
    const entry = this.map.get(a);
    if (entry === undefined) {
      this.map.set(a, { b, i: index });
      return undefined;
    }
    if (!(entry instanceof Map)) {
      if (entry.b === b) return entry.i;
      this.map.set(a, new Map([[entry.b, entry.i], [b, index]]));
      return undefined;
    }
    const first = entry.get(b);
    if (first !== undefined) return first;
    entry.set(b, index);
    return undefined;
  }

  has(a: string, b: string): boolean {
    const entry = this.map.get(a);
    if (entry === undefined) return false;
    return entry instanceof Map ? entry.has(b) : entry.b === b;
  }
}
