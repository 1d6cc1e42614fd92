import type pg from 'pg';
import type { RoleCode } from '@performa/api';
import type { RoleGrant } from './actor.js';
import { ALL_ENTITIES } from './identity.js';

export type Db = Pick<pg.Pool, 'query'>;

export interface UserRow {
  id: string;
  email: string;
  fiscal_code: string | null;
  name: string | null;
  password_hash: string | null;
  disabled: boolean;
}

export interface NewUser {
  email: string;
  name?: string | null;
  fiscalCode?: string | null;
  passwordHash?: string | null;
}

export interface NewGrant {
  /** null: every entity (amministratore only). */
  entityId: string | null;
  role: RoleCode;
  units?: string[];
}

const USER_COLUMNS = 'id, email, fiscal_code, name, password_hash, disabled';

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [email]);
  return rows[0] ?? null;
}

export async function findUserByFiscalCode(db: Db, fiscalCode: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE fiscal_code = $1`, [fiscalCode]);
  return rows[0] ?? null;
}

/** Creates the account, or completes an existing one with the same e-mail (name, fiscal code, password when given). */
export async function upsertUser(db: Db, user: NewUser): Promise<{ id: string; created: boolean }> {
  const { rows } = await db.query<{ id: string; created: boolean }>(
    `INSERT INTO users (email, name, fiscal_code, password_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (email) DO UPDATE SET
       name = COALESCE(EXCLUDED.name, users.name),
       fiscal_code = COALESCE(EXCLUDED.fiscal_code, users.fiscal_code),
       password_hash = COALESCE(EXCLUDED.password_hash, users.password_hash),
       updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [user.email, user.name ?? null, user.fiscalCode ?? null, user.passwordHash ?? null],
  );
  return rows[0]!;
}

/** Grants a role (replacing the units of the same role in the same entity). */
export async function grantRole(db: Db, userId: string, grant: NewGrant): Promise<void> {
  await db.query(
    `INSERT INTO role_grants (user_id, entity_id, role, units) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, entity_id, role) DO UPDATE SET units = EXCLUDED.units`,
    [userId, grant.entityId, grant.role, grant.units ?? []],
  );
}

export async function grantsOf(db: Db, userId: string): Promise<RoleGrant[]> {
  const { rows } = await db.query<{ entity_id: string | null; role: RoleCode; units: string[] }>(
    'SELECT entity_id, role, units FROM role_grants WHERE user_id = $1 ORDER BY entity_id NULLS FIRST, role',
    [userId],
  );
  return rows.map(toGrant);
}

export const toGrant = (row: { entity_id: string | null; role: RoleCode; units: string[] }): RoleGrant => ({
  entityId: row.entity_id ?? ALL_ENTITIES,
  role: row.role,
  units: row.units,
});
