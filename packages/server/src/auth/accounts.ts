import type { RoleCode } from '@performa/api';
import type { Store } from '@performa/storage';
import { isRoleCode, normalizeEmail, normalizeFiscalCode, ROLE_CODES, UNIT_ROLES } from './identity.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
import { findUserByFiscalCode, grantRole, upsertUser, type Db } from './users.js';

/** Bad input for an account: the message is Italian and says what to fix (CLI exit 2, API 400). */
export class AccountInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountInputError';
  }
}

export interface AddUserInput {
  email: string;
  role: string;
  /** Omitted: a global grant, allowed only for `amministratore` (every entity, also future ones). */
  entityId?: string | null;
  units?: string[];
  name?: string | null;
  fiscalCode?: string | null;
  /** Omitted: the account logs in through OpenID Connect only (or keeps the password it has). */
  password?: string | null;
}

export interface AddUserResult {
  userId: string;
  created: boolean;
  email: string;
  role: RoleCode;
  entityId: string | null;
  units: string[];
}

/**
 * Creates an account with a role, or adds the role to the account with that e-mail (updating
 * name, fiscal code and password when given). Checks everything first; writes in one transaction.
 */
export async function addUser(store: Pick<Store, 'pool'>, input: AddUserInput): Promise<AddUserResult> {
  const email = normalizeEmail(input.email);
  if (!email) throw new AccountInputError(`Indirizzo e-mail non valido: "${input.email}".`);
  if (!isRoleCode(input.role)) {
    throw new AccountInputError(`Ruolo sconosciuto: "${input.role}". I ruoli sono: ${ROLE_CODES.join(', ')}.`);
  }
  const role = input.role;
  const fiscalCode = input.fiscalCode ? normalizeFiscalCode(input.fiscalCode) : null;
  if (input.fiscalCode && !fiscalCode) throw new AccountInputError(`Codice fiscale non valido: "${input.fiscalCode}".`);
  if (input.password != null && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountInputError(`La password deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri.`);
  }
  const units = [...new Set(input.units ?? [])];
  const entityId = input.entityId?.trim() || null;
  const db: Db = store.pool;
  await checkScope(db, role, entityId, units);
  if (fiscalCode) {
    const holder = await findUserByFiscalCode(db, fiscalCode);
    if (holder && holder.email !== email) throw new AccountInputError(`Il codice fiscale ${fiscalCode} è già dell'account ${holder.email}.`);
  }
  const passwordHash = input.password != null ? await hashPassword(input.password) : null;
  const client = await store.pool.connect();
  try {
    await client.query('BEGIN');
    const user = await upsertUser(client, { email, name: input.name?.trim() || null, fiscalCode, passwordHash });
    await grantRole(client, user.id, { entityId, role, units });
    await client.query('COMMIT');
    return { userId: user.id, created: user.created, email, role, entityId, units };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function checkScope(db: Db, role: RoleCode, entityId: string | null, units: string[]): Promise<void> {
  if (!entityId) {
    if (role !== 'amministratore') throw new AccountInputError(`Indicare l'ente (--entity) per il ruolo ${role}: solo l'amministratore può valere per tutti gli enti.`);
    if (units.length > 0) throw new AccountInputError('Le unità (--unit) richiedono un ente (--entity).');
    return;
  }
  const entity = await db.query('SELECT 1 FROM entities WHERE id = $1', [entityId]);
  if (entity.rowCount === 0) {
    const known = await db.query<{ id: string }>('SELECT id FROM entities ORDER BY id');
    const list = known.rows.map((r) => r.id).join(', ');
    throw new AccountInputError(`Ente sconosciuto: "${entityId}". ${list ? `Gli enti sono: ${list}.` : 'Non ci sono ancora enti: importare prima un piano (performa import).'}`);
  }
  const scoped = UNIT_ROLES.includes(role);
  if (scoped && units.length === 0) throw new AccountInputError(`Il ruolo ${role} richiede almeno un'unità organizzativa (--unit).`);
  if (!scoped && units.length > 0) throw new AccountInputError(`Le unità (--unit) valgono solo per i ruoli ${UNIT_ROLES.join(' e ')}.`);
  if (units.length === 0) return;
  const { rows } = await db.query<{ key: string }>(
    `SELECT DISTINCT u.key FROM units u JOIN plans p ON p.id = u.plan_id
      WHERE p.entity_id = $1 AND p.superseded_at IS NULL AND u.key = ANY ($2)`,
    [entityId, units],
  );
  const found = new Set(rows.map((r) => r.key));
  const unknown = units.filter((u) => !found.has(u));
  if (unknown.length > 0) throw new AccountInputError(`Unità sconosciut${unknown.length === 1 ? 'a' : 'e'} nell'ente ${entityId}: ${unknown.join(', ')}.`);
}
