import { describe, expect, it } from 'vitest';
import type { RoleCode } from '@performa/api';
import type { Actor } from '../src/auth/actor.js';
import { hasPermission, isMember, POLICY, unitFilter, type Action, type UnitRef } from '../src/policies/policy.js';

/** The spec of packages/server/src/policies/policy.ts, written as the issue states the roles. */
const actor = (role: RoleCode, units: string[] = [], entityId = 'A'): Actor => ({
  userId: `u-${role}`, email: `${role}@x.it`, name: null, fiscalCode: null, sessionId: 's', roles: [{ entityId, role, units }],
});

// Units of entity A: area-1 > svc-1a, svc-1b; area-2 > svc-2a.
const U = (id: string, ancestors: string[] = []): UnitRef => ({ id, ancestors });
const svc1a = U('svc-1a', ['area-1']);
const svc2a = U('svc-2a', ['area-2']);
const area1 = U('area-1');
const roots = ['area-1', 'area-2'];

describe('policy', () => {
  it('anonymous may nothing', () => {
    for (const action of Object.keys(POLICY) as Action[]) expect(hasPermission(null, action, { entityId: 'A' })).toBe(false);
  });

  it('roles are per entity: nothing of another entity is reachable', () => {
    for (const role of ['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore'] as RoleCode[]) {
      const a = actor(role, role === 'dirigente' || role === 'referente' ? ['area-1'] : []);
      expect(isMember(a, 'B')).toBe(false);
      for (const action of Object.keys(POLICY) as Action[]) {
        if (action === 'session.self' || action === 'entity.list') continue;
        expect(hasPermission(a, action, { entityId: 'B' }), `${role} ${action}`).toBe(false);
      }
    }
  });

  it('a global amministratore grant (*) reaches every entity, for administration only', () => {
    const admin = actor('amministratore', [], '*');
    expect(hasPermission(admin, 'user.manage', { entityId: 'Z' })).toBe(true);
    expect(hasPermission(admin, 'plan.edit', { entityId: 'Z' })).toBe(false);
    const fake: Actor = { ...actor('controllo', [], '*') };
    expect(hasPermission(fake, 'plan.edit', { entityId: 'Z' })).toBe(false);
  });

  it('amministratore manages users and entity, reads, imports; does not enter or validate values', () => {
    const a = actor('amministratore');
    expect(hasPermission(a, 'user.manage', { entityId: 'A' })).toBe(true);
    expect(hasPermission(a, 'entity.manage', { entityId: 'A' })).toBe(true);
    expect(hasPermission(a, 'plan.read', { entityId: 'A' })).toBe(true);
    expect(hasPermission(a, 'entry.write', { entityId: 'A', units: [svc1a] })).toBe(false);
    expect(hasPermission(a, 'entry.validate', { entityId: 'A', units: [svc1a] })).toBe(false);
  });

  it('controllo edits plan, methodology, periods; enters values of every unit; does not validate values or the cycle', () => {
    const c = actor('controllo');
    for (const action of ['plan.edit', 'plan.state', 'period.manage', 'plan.import', 'narrative.write'] as Action[]) {
      expect(hasPermission(c, action, { entityId: 'A' })).toBe(true);
    }
    expect(hasPermission(c, 'entry.write', { entityId: 'A', units: [svc2a] })).toBe(true);
    expect(hasPermission(c, 'entry.validate', { entityId: 'A', units: [svc2a] })).toBe(false);
    expect(hasPermission(c, 'plan.validate', { entityId: 'A' })).toBe(false);
    expect(hasPermission(c, 'user.manage', { entityId: 'A' })).toBe(false);
  });

  it('dirigente validates the values of their units subtree only, and proposes overrides there', () => {
    const d = actor('dirigente', ['area-1']);
    expect(hasPermission(d, 'entry.validate', { entityId: 'A', units: [svc1a] })).toBe(true);
    expect(hasPermission(d, 'entry.validate', { entityId: 'A', units: [area1] })).toBe(true);
    expect(hasPermission(d, 'entry.validate', { entityId: 'A', units: [svc2a] })).toBe(false);
    expect(hasPermission(d, 'entry.write', { entityId: 'A', units: [svc1a] })).toBe(false);
    expect(hasPermission(d, 'override.propose', { entityId: 'A', units: [svc1a] })).toBe(true);
    expect(hasPermission(d, 'override.propose', { entityId: 'A', units: [svc2a] })).toBe(false);
    expect(hasPermission(d, 'plan.edit', { entityId: 'A' })).toBe(false);
  });

  it('the Segretario Generale (a dirigente over every root unit) approves overrides; another dirigente does not', () => {
    expect(hasPermission(actor('dirigente', roots), 'override.decide', { entityId: 'A', rootUnits: roots })).toBe(true);
    expect(hasPermission(actor('dirigente', ['area-1']), 'override.decide', { entityId: 'A', rootUnits: roots })).toBe(false);
    expect(hasPermission(actor('oiv'), 'override.decide', { entityId: 'A', rootUnits: roots })).toBe(true);
    expect(hasPermission(actor('controllo'), 'override.decide', { entityId: 'A', rootUnits: roots })).toBe(false);
  });

  it('referente enters values of their own units only (not the subtree, not other units)', () => {
    const r = actor('referente', ['svc-1a']);
    expect(hasPermission(r, 'entry.write', { entityId: 'A', units: [svc1a] })).toBe(true);
    expect(hasPermission(r, 'entry.write', { entityId: 'A', units: [svc2a] })).toBe(false);
    expect(hasPermission(actor('referente', ['area-1']), 'entry.write', { entityId: 'A', units: [svc1a] })).toBe(false);
    expect(hasPermission(r, 'entry.validate', { entityId: 'A', units: [svc1a] })).toBe(false);
    expect(hasPermission(r, 'note.write', { entityId: 'A', units: [svc1a] })).toBe(false);
  });

  it('an object of several units is reachable through any of them', () => {
    const r = actor('referente', ['svc-1a']);
    expect(hasPermission(r, 'entry.write', { entityId: 'A', units: [svc2a, svc1a] })).toBe(true);
    expect(hasPermission(r, 'entry.write', { entityId: 'A', units: [] })).toBe(false);
    expect(hasPermission(actor('controllo'), 'entry.write', { entityId: 'A', units: [] })).toBe(true);
  });

  it('oiv reads everything, writes notes, validates the cycle; lettore only reads', () => {
    const o = actor('oiv');
    expect(hasPermission(o, 'note.write', { entityId: 'A', units: [svc2a] })).toBe(true);
    expect(hasPermission(o, 'plan.validate', { entityId: 'A' })).toBe(true);
    expect(hasPermission(o, 'entry.write', { entityId: 'A', units: [svc2a] })).toBe(false);
    const l = actor('lettore');
    const writes = (Object.keys(POLICY) as Action[]).filter((a) => !['plan.read', 'entry.read', 'audit.read', 'document.generate', 'session.self', 'entity.list'].includes(a));
    for (const action of writes) expect(hasPermission(l, action, { entityId: 'A', units: [svc1a], rootUnits: roots }), action).toBe(false);
    expect(hasPermission(l, 'plan.read', { entityId: 'A' })).toBe(true);
  });

  it('every role that reads the plan may generate its documents (they print what it already sees)', () => {
    for (const role of ['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore'] as RoleCode[]) {
      const a = actor(role, role === 'dirigente' || role === 'referente' ? ['area-1'] : []);
      expect(hasPermission(a, 'document.generate', { entityId: 'A' }), role).toBe(hasPermission(a, 'plan.read', { entityId: 'A' }));
      expect(hasPermission(a, 'document.generate', { entityId: 'A' }), role).toBe(true);
      expect(hasPermission(a, 'document.generate', { entityId: 'B' }), role).toBe(false);
    }
  });

  it('unit filters: null for entity-wide roles, the reachable units otherwise', () => {
    const all = [area1, svc1a, U('svc-1b', ['area-1']), U('area-2'), svc2a];
    expect(unitFilter(actor('oiv'), 'entry.read', 'A', all)).toBeNull();
    expect([...unitFilter(actor('dirigente', ['area-1']), 'entry.read', 'A', all)!].sort()).toEqual(['area-1', 'svc-1a', 'svc-1b']);
    expect([...unitFilter(actor('referente', ['svc-1a']), 'entry.read', 'A', all)!]).toEqual(['svc-1a']);
  });
});
