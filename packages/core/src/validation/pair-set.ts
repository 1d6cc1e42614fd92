/**
 * A set of (a, b) string pairs without building a joined key per pair: validation of a
 * 100k-assignment plan must not allocate and hash 100k new strings. Each `a` keeps a short list of
 * its `b`s (an indicator has a handful of periods, an objective a handful of indicators), turned
 * into a Map when it grows. Remembers the index each pair was first added with.
 */
const SMALL = 16;

interface Entry {
  bs: string[];
  indices: number[];
  map?: Map<string, number>;
}

export class PairIndex {
  private readonly entries = new Map<string, Entry>();

  /** Adds the pair; returns the index it was first added with when it is already there. */
  add(a: string, b: string, index: number): number | undefined {
    const entry = this.entries.get(a);
    if (entry === undefined) {
      this.entries.set(a, { bs: [b], indices: [index] });
      return undefined;
    }
    if (entry.map) {
      const first = entry.map.get(b);
      if (first !== undefined) return first;
      entry.map.set(b, index);
      entry.bs.push(b);
      entry.indices.push(index);
      return undefined;
    }
    const at = entry.bs.indexOf(b);
    if (at >= 0) return entry.indices[at];
    entry.bs.push(b);
    entry.indices.push(index);
    if (entry.bs.length > SMALL) entry.map = new Map(entry.bs.map((x, i) => [x, entry.indices[i]!]));
    return undefined;
  }

  /** Every `a` with its `b`s and their indices, in the order they were first added. */
  *groups(): IterableIterator<[a: string, bs: string[], indices: number[]]> {
    for (const [a, entry] of this.entries) yield [a, entry.bs, entry.indices];
  }

  has(a: string, b: string): boolean {
    const entry = this.entries.get(a);
    if (entry === undefined) return false;
    return entry.map ? entry.map.has(b) : entry.bs.includes(b);
  }
}
