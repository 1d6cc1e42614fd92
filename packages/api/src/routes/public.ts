import { z } from 'zod';
import { route } from '../route.js';
import { PeriodQuery, PlanParams } from '../schemas/common.js';
import { EntitySummary, PlanDocumentBody, ResultsBody } from '../schemas/plans.js';

/** Published plans (adopted or later), readable without login; results count validated values only. */
export const publicRoutes = {
  publicEntities: route({
    method: 'GET', path: '/api/public/entities', summary: 'Enti e piani pubblicati (senza accesso)',
    tags: ['pubblico'], public: true, response: z.array(EntitySummary),
  }),
  publicDocument: route({
    method: 'GET', path: '/api/public/entities/:entityId/plans/:planId/document',
    summary: 'Un piano pubblicato come documento performa/1 (solo valori validati)',
    tags: ['pubblico'], public: true, params: PlanParams, response: PlanDocumentBody,
  }),
  publicResults: route({
    method: 'GET', path: '/api/public/entities/:entityId/plans/:planId/results',
    summary: 'I risultati di un piano pubblicato (solo valori validati)',
    tags: ['pubblico'], public: true, params: PlanParams, query: PeriodQuery, response: ResultsBody,
  }),
} as const;
