import type { EntityUser, RoleCode } from '@performa/api';
import type pg from 'pg';

type Q = Pick<pg.ClientBase, 'query'>;

/** The users holding a role in the entity (global administrators are not listed), with those roles. */
export async function entityUsers(db: Q, entityId: string, userId?: string): Promise<EntityUser[]> {
  const { rows } = await db.query<{
    id: string; email: string; name: string | null; fiscal_code: string | null; disabled: boolean;
    roles: { role: RoleCode; units: string[] }[]; last_login: Date | null;
  }>(
    `SELECT u.id::text AS id, u.email, u.name, u.fiscal_code, u.disabled,
            json_agg(json_build_object('role', g.role, 'units', g.units) ORDER BY g.role) AS roles,
            u.last_login_at AS last_login
       FROM users u JOIN role_grants g ON g.user_id = u.id AND g.entity_id = $1
      WHERE ($2::text IS NULL OR u.id::text = $2)
      GROUP BY u.id
      ORDER BY u.email`,
    [entityId, userId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    fiscalCode: r.fiscal_code,
    disabled: r.disabled,
    roles: r.roles.map((g) => ({ role: g.role, units: g.units ?? [] })),
    lastLoginAt: r.last_login ? new Date(r.last_login).toISOString() : null,
  }));
}

/** Every unit id of the entity's current plans (role grants name units). */
export async function entityUnitIds(db: Q, entityId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ key: string }>(
    `SELECT DISTINCT u.key FROM units u JOIN plans p ON p.id = u.plan_id
      WHERE p.entity_id = $1 AND p.superseded_at IS NULL`,
    [entityId],
  );
  return new Set(rows.map((r) => r.key));
}
