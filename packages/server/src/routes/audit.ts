import { auditRecordBody } from '../presenters/audit.js';
import { objectHistory } from '../queries/history.js';
import type { Handlers } from './types.js';

export const auditHandlers: Pick<Handlers, 'getHistory'> = {
  async getHistory({ params, query }, ctx) {
    const rows = await objectHistory(ctx.app.pool, params.entityId, query.objectType, query.objectId, query.limit);
    return rows.map(auditRecordBody);
  },
};
