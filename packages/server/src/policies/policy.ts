import type { RoleCode } from '@performa/api';
import type { Actor, RoleGrant } from '../auth/actor.js';

/**
 * THE authorisation policy of Performa: who may do what, in one table. Routes ask it, never decide.
 * Spec beside it: packages/server/test/policy.test.ts; the route × role matrix:
 * packages/server/test/authorization-matrix.test.ts; prose: docs/server.md.
 *
 * Roles are held per entity (a grant of entity `*` is valid in every entity: amministratore only).
 * Scopes: `all` = every unit of the entity; `subtree` = the grant's units and every unit below
 * them (dirigente); `own` = the grant's units only (referente).
 */
export type Action =
  | 'session.self'
  | 'entity.list'
  | 'entity.manage'
  | 'user.manage'
  | 'plan.read'
  | 'plan.edit'
  | 'plan.state'
  | 'plan.validate'
  | 'plan.import'
  | 'period.manage'
  | 'entry.read'
  | 'entry.write'
  | 'entry.queue'
  | 'entry.validate'
  | 'override.propose'
  | 'override.decide'
  | 'note.write'
  | 'narrative.write'
  | 'document.generate'
  | 'audit.read';

type Scope = 'all' | 'subtree' | 'own' | 'head';

/** Action → role → scope. A role not listed may not. `head` = a dirigente over every root unit (Segretario Generale). */
export const POLICY: Record<Action, Partial<Record<RoleCode, Scope>>> = {
  'session.self': {},
  'entity.list': {},
  'entity.manage': { amministratore: 'all' },
  'user.manage': { amministratore: 'all' },
  'plan.read': { amministratore: 'all', controllo: 'all', dirigente: 'all', referente: 'all', oiv: 'all', lettore: 'all' },
  'plan.edit': { controllo: 'all' },
  'plan.state': { controllo: 'all' },
  'plan.validate': { oiv: 'all' },
  'plan.import': { amministratore: 'all', controllo: 'all' },
  'period.manage': { controllo: 'all' },
  'entry.read': { amministratore: 'all', controllo: 'all', dirigente: 'subtree', referente: 'own', oiv: 'all', lettore: 'all' },
  'entry.write': { controllo: 'all', referente: 'own' },
  'entry.queue': { controllo: 'all', dirigente: 'subtree' },
  'entry.validate': { dirigente: 'subtree' },
  'override.propose': { controllo: 'all', dirigente: 'subtree' },
  'override.decide': { oiv: 'all', dirigente: 'head' },
  'note.write': { controllo: 'all', oiv: 'all', dirigente: 'subtree' },
  'narrative.write': { controllo: 'all' },
  /** Generating an official document only prints what every reader already sees: the roles of plan.read. */
  'document.generate': { amministratore: 'all', controllo: 'all', dirigente: 'all', referente: 'all', oiv: 'all', lettore: 'all' },
  'audit.read': { amministratore: 'all', controllo: 'all', dirigente: 'all', referente: 'all', oiv: 'all', lettore: 'all' },
};

/** Actions any logged-in user may take, whatever their roles (their own session, the list of their entities). */
const SELF: ReadonlySet<Action> = new Set(['session.self', 'entity.list']);

/** A unit the object belongs to, with its ancestors (nearest first) in the plan's unit tree. */
export interface UnitRef {
  id: string;
  ancestors: string[];
}

export interface Resource {
  entityId?: string;
  /**
   * The units the object belongs to (an entry: the units of the objectives its indicator serves).
   * Absent: the question is about the entity as a whole ("may this actor do it to some object here?").
   * Empty: an object of no unit (only `all` scopes reach it).
   */
  units?: UnitRef[];
  /** The root units of the plan (for the Segretario Generale's `head` scope). */
  rootUnits?: string[];
}

export const grantsIn = (actor: Actor, entityId: string): RoleGrant[] =>
  actor.roles.filter((g) => g.entityId === entityId || (g.entityId === '*' && g.role === 'amministratore'));

/** The entities the actor's list shows: `null` = every entity (a global amministratore), else those of their grants. */
export function visibleEntities(actor: Actor): string[] | null {
  if (actor.roles.some((g) => g.entityId === '*' && g.role === 'amministratore')) return null;
  return [...new Set(actor.roles.map((g) => g.entityId))];
}

/** Whether the actor holds any role in the entity (else everything of it is hidden: 404). */
export function isMember(actor: Actor | null, entityId: string): boolean {
  return actor !== null && grantsIn(actor, entityId).length > 0;
}

function reaches(grant: RoleGrant, scope: Scope, resource: Resource): boolean {
  if (scope === 'all') return true;
  if (scope === 'head') {
    if (resource.rootUnits === undefined) return grant.units.length > 0;
    const roots = resource.rootUnits;
    return roots.length > 0 && roots.every((r) => grant.units.includes(r));
  }
  if (resource.units === undefined) return grant.units.length > 0;
  return resource.units.some((u) =>
    scope === 'own' ? grant.units.includes(u.id) : grant.units.includes(u.id) || u.ancestors.some((a) => grant.units.includes(a)),
  );
}

/**
 * May `actor` take `action` on `resource`? Pure: the answer depends only on its arguments.
 * Anonymous actors may nothing here (public routes do not ask).
 */
export function hasPermission(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  if (actor === null) return false;
  if (SELF.has(action)) return true;
  if (resource.entityId === undefined) return false;
  const allowed = POLICY[action];
  return grantsIn(actor, resource.entityId).some((grant) => {
    const scope = allowed[grant.role];
    return scope !== undefined && reaches(grant, scope, resource);
  });
}

/**
 * The unit filter for list views: `null` = every unit; otherwise the set of unit ids the actor
 * reaches for the action (given the plan's units with their ancestors).
 */
export function unitFilter(actor: Actor | null, action: Action, entityId: string, units: UnitRef[]): Set<string> | null {
  if (actor === null) return new Set();
  const grants = grantsIn(actor, entityId);
  const allowed = POLICY[action];
  if (grants.some((g) => allowed[g.role] === 'all')) return null;
  const ids = new Set<string>();
  for (const unit of units) if (hasPermission(actor, action, { entityId, units: [unit] })) ids.add(unit.id);
  return ids;
}

export const isAction = (value: string): value is Action => value in POLICY;
