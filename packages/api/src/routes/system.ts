import { z } from 'zod';
import { route } from '../route.js';

export const systemRoutes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    summary: 'Stato del servizio e del database',
    tags: ['sistema'],
    public: true,
    response: z.object({ status: z.literal('ok'), database: z.literal('ok'), version: z.string() }),
  }),
} as const;
