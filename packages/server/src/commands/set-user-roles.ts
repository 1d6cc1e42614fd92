import type { EntityUser, RoleCode } from '@performa/api';
import { appendAudit } from '../audit/append.js';
import { grantRole } from '../auth/users.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { notFound } from '../http/errors.js';
import { entityUnitIds, entityUsers } from '../queries/users.js';
import { checkRoles } from './role-checks.js';

/**
 * Replaces a user's roles in one entity (an empty list removes them from it). Only users already
 * in the entity can be named by id: others are 404, as if they did not exist.
 */
export async function setUserRoles(
  ctx: CommandContext,
  entityId: string,
  userId: string,
  roles: { role: RoleCode; units: string[] }[],
  reason: string | null,
): Promise<EntityUser> {
  const clean = roles.map((r) => ({ role: r.role, units: [...new Set(r.units)] }));
  checkRoles(clean, await entityUnitIds(ctx.app.pool, entityId));
  return inTx(ctx.app.pool, async (tx) => {
    const [before] = await entityUsers(tx, entityId, userId);
    if (!before) throw notFound(`Utente ${userId} non trovato in questo ente.`);
    await tx.query('DELETE FROM role_grants WHERE user_id::text = $1 AND entity_id = $2', [userId, entityId]);
    for (const r of clean) await grantRole(tx, before.id, { entityId, role: r.role, units: r.units });
    const [after] = await entityUsers(tx, entityId, userId);
    const result: EntityUser = after ?? { ...before, roles: [] };
    await appendAudit(tx, ctx.actor, {
      entityId,
      objectType: 'user',
      objectId: userId,
      action: 'user.roles',
      before: before.roles,
      after: result.roles,
      reason,
    });
    return result;
  });
}
