import { auditRecordBody, type AuditRow } from '../presenters/audit.js';
import type { Handlers } from './types.js';

export const auditHandlers: Pick<Handlers, 'getHistory'> = {
  async getHistory({ params, query }, ctx) {
    const { rows } = await ctx.app.pool.query<AuditRow>(
      `SELECT * FROM audit_records WHERE entity_id = $1 AND object_type = $2 AND object_id = $3 ORDER BY seq DESC LIMIT $4`,
      [params.entityId, query.objectType, query.objectId, query.limit],
    );
    return rows.map(auditRecordBody);
  },
};
