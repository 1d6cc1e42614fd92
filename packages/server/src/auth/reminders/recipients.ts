import type { Db } from '../users.js';
import type { Recipient } from './model.js';

/** Every unit key in the subtrees of `roots` (roots included), after the plan's unit tree. */
export function subtree(roots: string[], parents: Map<string, string | null>): Set<string> {
  const children = new Map<string, string[]>();
  for (const [unit, parent] of parents) if (parent) children.set(parent, [...(children.get(parent) ?? []), unit]);
  const found = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (found.has(unit)) continue;
    found.add(unit);
    stack.push(...(children.get(unit) ?? []));
  }
  return found;
}

/** The referenti and dirigenti of an entity (active accounts), with the units each answers for in this plan version. */
export async function reminderRecipients(db: Db, entityId: string, planRowId: number): Promise<Recipient[]> {
  const units = await db.query<{ key: string; parent: string | null }>('SELECT key, parent FROM units WHERE plan_id = $1', [planRowId]);
  const parents = new Map(units.rows.map((u) => [u.key, u.parent]));
  const { rows } = await db.query<{ email: string; name: string | null; role: 'referente' | 'dirigente'; units: string[] }>(
    `SELECT u.email, u.name, g.role, g.units
       FROM role_grants g JOIN users u ON u.id = g.user_id
      WHERE g.entity_id = $1 AND g.role IN ('referente', 'dirigente') AND NOT u.disabled
      ORDER BY g.role DESC, u.email`,
    [entityId],
  );
  return rows.map((r) => ({
    email: r.email,
    name: r.name,
    role: r.role,
    units: r.role === 'dirigente' ? subtree(r.units, parents) : new Set(r.units),
  }));
}
