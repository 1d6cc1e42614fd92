import { message, type MessageParams } from './messages.js';
import type { Problem } from './problem.js';

/** Collects problems in one language; every check adds to the same report. */
export class Report {
  readonly problems: Problem[] = [];
  constructor(readonly lang: 'it' | 'en') {}

  add(pointer: string, code: string, params: MessageParams = {}): void {
    this.problems.push({ pointer, code, message: message(code, params, this.lang) });
  }
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export const seg = (s: string | number) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');

/** Indexes an array by id, reporting duplicates; returns id → pointer of its first occurrence. */
export function indexIds(items: { id: string }[] | null | undefined, part: string, report: Report): Map<string, number> {
  const index = new Map<string, number>();
  (items ?? []).forEach((item, i) => {
    const first = index.get(item.id);
    if (first !== undefined) report.add(`/${part}/${i}/id`, 'id.duplicate', { id: item.id, first: `/${part}/${first}` });
    else index.set(item.id, i);
  });
  return index;
}

/**
 * Checks a parent tree for cycles without recursion: each node is walked up once; nodes proven
 * to reach a root are remembered.
 */
export function checkTree(
  items: { id: string; parent?: string | null }[],
  part: string,
  index: Map<string, number>,
  report: Report,
): void {
  const safe = new Set<string>();
  items.forEach((item, i) => {
    if (!item.parent) return;
    if (item.parent === item.id) {
      report.add(`/${part}/${i}/parent`, 'tree.selfParent', { id: item.id });
      return;
    }
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null | undefined = item.id;
    while (current && !safe.has(current)) {
      if (onPath.has(current)) {
        if (current === item.id) report.add(`/${part}/${i}/parent`, 'tree.cycle', { path: [...path, current].join(' → ') });
        return;
      }
      onPath.add(current);
      path.push(current);
      const at = index.get(current);
      current = at === undefined ? null : items[at]!.parent;
    }
    for (const id of path) safe.add(id);
  });
}
