import { route } from '../route.js';
import { EntityParams } from '../schemas/common.js';
import { HistoryBody, HistoryQuery } from '../schemas/audit.js';

export const auditRoutes = {
  getHistory: route({
    method: 'GET', path: '/api/entities/:entityId/audit',
    summary: 'La storia di un oggetto: chi, quando, cosa, prima/dopo, motivo',
    tags: ['audit'], action: 'audit.read', params: EntityParams, query: HistoryQuery, response: HistoryBody,
  }),
} as const;
