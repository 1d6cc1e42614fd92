import type { MonitoringNote as NoteBody } from '@performa/api';
import { appendAudit } from '../audit/append.js';
import type { Actor } from '../auth/actor.js';
import type { CommandContext } from '../context.js';
import { inTx, json } from '../db/tx.js';
import { conflict, notFound } from '../http/errors.js';
import { noteBody } from '../presenters/note.js';
import type { NoteRow } from '../queries/overlay.js';
import type { PlanMeta } from '../queries/plan-meta.js';
import { actorName } from './support.js';

export interface NoteInput {
  id?: string;
  expectedVersion?: number;
  period: string;
  objective: string;
  indicator: string | null;
  cause: string | null;
  action: string | null;
  proposal: unknown;
  flags: string[];
}

/** Who the note is by, as a monitoring note names it (`OIV`, `Controllo di gestione`…). */
const byRole = (actor: Actor, entityId: string) => {
  const roles = actor.roles.filter((g) => g.entityId === entityId).map((g) => g.role);
  if (roles.includes('oiv')) return 'OIV';
  if (roles.includes('controllo')) return 'Controllo di gestione';
  return actorName(actor);
};

/** Adds a monitoring note, or updates one (optimistic concurrency on its version). Never scored. */
export async function saveNote(ctx: CommandContext, meta: PlanMeta, input: NoteInput): Promise<NoteBody> {
  return inTx(ctx.app.pool, async (tx) => {
    let before: NoteRow | undefined;
    if (input.id !== undefined) {
      const found = await tx.query<NoteRow>(
        'SELECT * FROM notes WHERE id::text = $1 AND entity_id = $2 AND plan_key = $3 FOR UPDATE',
        [input.id, meta.entityId, meta.planKey],
      );
      before = found.rows[0];
      if (!before) throw notFound(`Nota ${input.id} non trovata.`);
      if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) {
        throw conflict('La nota è stata modificata nel frattempo: ricaricare e riprovare.', noteBody(before));
      }
    }
    const values = [input.period, input.objective, input.indicator, input.cause, input.action, json(input.proposal), input.flags, byRole(ctx.actor, meta.entityId), ctx.actor.userId, actorName(ctx.actor)];
    const { rows } = before
      ? await tx.query<NoteRow>(
          `UPDATE notes SET period = $1, objective = $2, indicator = $3, cause = $4, action = $5, proposal = $6, flags = $7, by_whom = $8,
                  updated_by = $9, updated_by_name = $10, updated_at = now(), version = version + 1
            WHERE id = $11 RETURNING *`,
          [...values, before.id],
        )
      : await tx.query<NoteRow>(
          `INSERT INTO notes (period, objective, indicator, cause, action, proposal, flags, by_whom, updated_by, updated_by_name, updated_at, version, entity_id, plan_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), 1, $11, $12) RETURNING *`,
          [...values, meta.entityId, meta.planKey],
        );
    const saved = rows[0]!;
    await appendAudit(tx, ctx.actor, {
      entityId: meta.entityId,
      objectType: 'note',
      objectId: String(saved.id),
      action: before ? 'note.update' : 'note.create',
      before: before ? noteBody(before) : null,
      after: noteBody(saved),
    });
    return noteBody(saved);
  });
}
