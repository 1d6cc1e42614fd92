import { z } from 'zod';
import { route } from './route.js';
import { PeriodQuery, PlanParams } from './schemas/common.js';
import { EntitySummary, ResultsBody } from './schemas/plans.js';

/**
 * Every route of the API. The server registers exactly these (a route missing here does not
 * exist), the OpenAPI document is generated from them, the web client calls them by name, and the
 * authorisation matrix test enumerates them.
 */
export const routes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    summary: 'Stato del servizio e del database',
    tags: ['sistema'],
    public: true,
    response: z.object({ status: z.literal('ok'), database: z.literal('ok'), version: z.string() }),
  }),
  listEntities: route({
    method: 'GET',
    path: '/api/entities',
    summary: "Gli enti visibili all'utente, con i loro piani",
    tags: ['piani'],
    response: z.array(EntitySummary),
  }),
  getResults: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/results',
    summary: 'I risultati di un periodo (performa/1-results), con spiegazione a richiesta',
    tags: ['risultati'],
    params: PlanParams,
    query: PeriodQuery.extend({ explain: z.enum(['true', 'false']).optional() }),
    response: ResultsBody,
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
