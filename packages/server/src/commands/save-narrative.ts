import { appendAudit } from '../audit/append.js';
import type { CommandContext } from '../context.js';
import { inTx } from '../db/tx.js';
import { conflict } from '../http/errors.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { narrativeBody, type NarrativeRow } from '../presenters/narrative.js';
import { actorName, bumpDataVersion } from './support.js';

/** Saves the rich text of one section of a year's documents (optimistic concurrency on its version); documents made before become stale. */
export async function saveNarrative(ctx: CommandContext, meta: PlanMeta, year: string, section: string, content: string, expectedVersion: number) {
  return inTx(ctx.app.pool, async (tx) => {
    const { rows } = await tx.query<NarrativeRow>(
      'SELECT * FROM narratives WHERE entity_id = $1 AND plan_key = $2 AND year = $3 AND section = $4 FOR UPDATE',
      [meta.entityId, meta.planKey, year, section],
    );
    const before = rows[0];
    if ((before?.version ?? 0) !== expectedVersion) {
      throw conflict('Il testo è stato modificato nel frattempo: ricaricare e riprovare.', before ? narrativeBody(before) : null);
    }
    const saved = await tx.query<NarrativeRow>(
      `INSERT INTO narratives (entity_id, plan_key, year, section, content, version, updated_at, updated_by, updated_by_name)
       VALUES ($1, $2, $3, $4, $5, 1, now(), $6, $7)
       ON CONFLICT (entity_id, plan_key, year, section) DO UPDATE SET content = EXCLUDED.content, version = narratives.version + 1,
         updated_at = now(), updated_by = EXCLUDED.updated_by, updated_by_name = EXCLUDED.updated_by_name
       WHERE narratives.version = $8
       RETURNING *`,
      [meta.entityId, meta.planKey, year, section, content, ctx.actor.userId, actorName(ctx.actor), expectedVersion],
    );
    const row = saved.rows[0];
    if (!row) throw conflict('Il testo è stato modificato nel frattempo: ricaricare e riprovare.');
    // The documents made before this text no longer match: they show as stale.
    await bumpDataVersion(tx, meta.entityId, meta.planKey);
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'narrative',
      objectId: `${meta.planKey}/${year}/${section}`,
      action: 'narrative.save',
      before: before ? { version: before.version, content: before.content } : null,
      after: { version: row.version, content: row.content },
    });
    return narrativeBody(row);
  });
}
