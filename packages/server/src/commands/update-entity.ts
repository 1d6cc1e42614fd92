import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { notFound } from '../http/errors.js';

/** Renames the entity (amministratore). */
export async function updateEntity(ctx: CommandContext, entityId: string, name: string): Promise<void> {
  await inTx(ctx.app.pool, async (tx) => {
    const { rows } = await tx.query<{ name: string }>('SELECT name FROM entities WHERE id = $1 FOR UPDATE', [entityId]);
    if (!rows[0]) throw notFound(`Ente ${entityId} non trovato.`);
    await tx.query('UPDATE entities SET name = $2, updated_at = now() WHERE id = $1', [entityId, name]);
    await appendAudit(tx, ctx.actor, { entityId, objectType: 'entity', objectId: entityId, action: 'entity.update', before: { name: rows[0].name }, after: { name } });
  });
}
