import type { TreeNode } from '../api/types.js';
import { isBelow } from '../components/VerdictBadge.js';

export interface TreeRow {
  node: TreeNode;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

export interface TreeFilter {
  query: string;
  onlyBelow: boolean;
}

/** Every node of the tree with its parent, built once per tree. */
export interface TreeIndex {
  roots: TreeNode[];
  parent: Map<string, string | null>;
  all: TreeNode[];
}

export function indexTree(roots: TreeNode[]): TreeIndex {
  const parent = new Map<string, string | null>();
  const all: TreeNode[] = [];
  const walk = (nodes: TreeNode[], p: string | null) => {
    for (const n of nodes) {
      parent.set(n.id, p);
      all.push(n);
      walk(n.children, n.id);
    }
  };
  walk(roots, null);
  return { roots, parent, all };
}

/** The ids to show for a filter: every match and its ancestors; null when nothing filters. */
export function filterIds(ix: TreeIndex, f: TreeFilter): Set<string> | null {
  const q = f.query.trim().toLowerCase();
  if (!q && !f.onlyBelow) return null;
  const keep = new Set<string>();
  for (const n of ix.all) {
    if (q && !n.id.toLowerCase().includes(q) && !n.name.toLowerCase().includes(q)) continue;
    if (f.onlyBelow && !isBelow(n.result.score)) continue;
    let cur: string | null | undefined = n.id;
    while (cur && !keep.has(cur)) {
      keep.add(cur);
      cur = ix.parent.get(cur);
    }
  }
  return keep;
}

/** The visible rows, depth first, honouring expansion (a filter opens everything it keeps). */
export function visibleRows(ix: TreeIndex, expanded: Set<string>, keep: Set<string> | null): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: TreeNode[], depth: number) => {
    for (const node of nodes) {
      if (keep && !keep.has(node.id)) continue;
      const hasChildren = node.children.length > 0 && (!keep || node.children.some((k) => keep.has(k.id)));
      const open = hasChildren && (keep ? true : expanded.has(node.id));
      rows.push({ node, depth, hasChildren, expanded: open });
      if (open) walk(node.children, depth + 1);
    }
  };
  walk(ix.roots, 0);
  return rows;
}

/** Ids of every node with children (for "expand all"). */
export function allParents(ix: TreeIndex): Set<string> {
  return new Set(ix.all.filter((n) => n.children.length > 0).map((n) => n.id));
}

/** Objectives under 100 %, lowest first (scored ones only). */
