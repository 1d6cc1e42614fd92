import type { CreateUserBody, EntityUser } from '@performa/api';
import { appendAudit } from '../audit/append.js';
import { hashPassword, normalizeEmail, normalizeFiscalCode } from '../auth/index.js';
import { grantRole, upsertUser } from '../auth/users.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { conflict, invalid } from '../http/errors.js';
import { entityUnitIds, entityUsers } from '../queries/users.js';
import { checkRoles } from './role-checks.js';

/** Creates an account with its roles in the entity, or adds those roles to the account with that e-mail. */
export async function createUser(ctx: CommandContext, entityId: string, body: CreateUserBody): Promise<EntityUser> {
  const email = normalizeEmail(body.email);
  if (!email) throw invalid('body.email', 'Indirizzo e-mail non valido.');
  const fiscalCode = body.fiscalCode ? normalizeFiscalCode(body.fiscalCode) : null;
  if (body.fiscalCode && !fiscalCode) throw invalid('body.fiscalCode', 'Codice fiscale non valido.');
  const roles = body.roles.map((r) => ({ role: r.role, units: [...new Set(r.units)] }));
  checkRoles(roles, await entityUnitIds(ctx.app.pool, entityId));
  const passwordHash = body.password ? await hashPassword(body.password) : null;
  return inTx(ctx.app.pool, async (tx) => {
    if (fiscalCode) {
      const holder = await tx.query<{ email: string }>('SELECT email FROM users WHERE fiscal_code = $1', [fiscalCode]);
      if (holder.rows[0] && holder.rows[0].email !== email) throw conflict(`Il codice fiscale ${fiscalCode} appartiene a un altro account.`);
    }
    const user = await upsertUser(tx, { email, name: body.name ?? null, fiscalCode, passwordHash });
    for (const r of roles) await grantRole(tx, user.id, { entityId, role: r.role, units: r.units });
    const [created] = await entityUsers(tx, entityId, String(user.id));
    await appendAudit(tx, ctx.actor, {
      entityId,
      objectType: 'user',
      objectId: String(user.id),
      action: user.created ? 'user.create' : 'user.grant',
      before: null,
      after: { email, roles },
    });
    return created!;
  });
}
