import { z } from 'zod';
import { route } from '../route.js';
import { EntityParams, Id, PeriodQuery, PlanParams, QueryFlag } from '../schemas/common.js';
import { DocumentQuery, PlanDetail, PlanDocumentBody, PlanSummary, ResultsBody } from '../schemas/plans.js';
import { DashboardBody, IndicatorCard, ObjectiveCard, TreeBody } from '../schemas/views.js';

const ExplainQuery = PeriodQuery.extend({ explain: QueryFlag.optional() });

export const planRoutes = {
  listPlans: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans',
    summary: "I piani dell'ente, con stato e periodi",
    tags: ['piani'],
    action: 'plan.read',
    params: EntityParams,
    response: z.array(PlanSummary),
  }),
  getPlan: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId',
    summary: 'Un piano: stato, adozione, periodi, unità, conteggi',
    tags: ['piani'],
    action: 'plan.read',
    params: PlanParams,
    response: PlanDetail,
  }),
  getPlanDocument: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/document',
    summary: 'Il piano come documento performa/1 (versione corrente o indicata), con i valori rilevati',
    tags: ['piani'],
    action: 'plan.read',
    params: PlanParams,
    query: DocumentQuery,
    response: PlanDocumentBody,
  }),
  getResults: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/results',
    summary: 'I risultati di un periodo (performa/1-results), con spiegazione a richiesta',
    tags: ['risultati'],
    action: 'plan.read',
    params: PlanParams,
    query: ExplainQuery,
    response: ResultsBody,
  }),
  getDashboard: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/dashboard',
    summary: "Cruscotto: punteggio dell'ente, aree, prospettive, unità, obiettivi sotto target, andamento",
    tags: ['risultati'],
    action: 'plan.read',
    params: PlanParams,
    query: PeriodQuery,
    response: DashboardBody,
  }),
  getTree: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/tree',
    summary: 'Albero della performance (area → OS → OP → progetto) con punteggi del periodo',
    tags: ['risultati'],
    action: 'plan.read',
    params: PlanParams,
    query: PeriodQuery,
    response: TreeBody,
  }),
  getObjective: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/objectives/:objectiveId',
    summary: 'Scheda obiettivo: dati, risultato, tabella degli indicatori, spiegazione a richiesta',
    tags: ['risultati'],
    action: 'plan.read',
    params: PlanParams.extend({ objectiveId: Id }),
    query: ExplainQuery,
    response: ObjectiveCard,
  }),
  getIndicator: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/indicators/:indicatorId',
    summary: 'Scheda indicatore: definizione, assegnazioni con pesi e target, storico delle rilevazioni',
    tags: ['risultati'],
    action: 'plan.read',
    params: PlanParams.extend({ indicatorId: Id }),
    response: IndicatorCard,
  }),
} as const;
