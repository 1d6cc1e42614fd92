import type pg from 'pg';
import type { AuditRow } from '../presenters/audit.js';

/**
 * An object's history from the audit chain, newest first. An objective (`objectType` `objective`,
 * `objectId` `PLAN/OBJECTIVE`) has no records of its own: its history is the plan changes that
 * touched it (modifica, rimodulazione: their `changes` name it) and the overrides of its scores.
 */
export async function objectHistory(
  db: Pick<pg.Pool, 'query'>,
  entityId: string,
  objectType: string,
  objectId: string,
  limit: number,
): Promise<AuditRow[]> {
  if (objectType !== 'objective') {
    const { rows } = await db.query<AuditRow>(
      'SELECT * FROM audit_records WHERE entity_id = $1 AND object_type = $2 AND object_id = $3 ORDER BY seq DESC LIMIT $4',
      [entityId, objectType, objectId, limit],
    );
    return rows;
  }
  const slash = objectId.indexOf('/');
  if (slash < 0) return [];
  const planKey = objectId.slice(0, slash);
  const objective = objectId.slice(slash + 1);
  const { rows } = await db.query<AuditRow>(
    `SELECT a.* FROM audit_records a
      WHERE a.entity_id = $1
        AND ((a.object_type = 'plan' AND a.object_id = $2 AND a.action IN ('plan.modifica', 'plan.rimodulazione')
              AND a.after -> 'changes' @> jsonb_build_array(jsonb_build_object('objective', $3::text)))
          OR (a.object_type = 'override' AND a.object_id IN (
                SELECT id::text FROM override_requests WHERE entity_id = $1 AND plan_key = $2 AND objective = $3)))
      ORDER BY a.seq DESC LIMIT $4`,
    [entityId, planKey, objective, limit],
  );
  return rows;
}
