import { z } from 'zod';
import { route } from '../route.js';
import { OptionalPeriodQuery, PeriodParams, PlanParams } from '../schemas/common.js';
import { PeriodInfo, PlanDetail } from '../schemas/plans.js';
import {
  AdoptBody, CompareBody, CompareQuery, DecideOverrideBody, DueDateBody, EditPlanBody, OverrideBody, OverrideParams,
  PeriodOpenBody, PeriodReopenBody, ProposeOverrideBody, RejectOverrideBody, RimodulazioneBody, TransitionBody, VersionInfo,
} from '../schemas/workflow.js';

const PLAN = '/api/entities/:entityId/plans/:planId';

export const workflowRoutes = {
  adoptPlan: route({
    method: 'POST', path: `${PLAN}/adopt`, summary: 'Adotta il piano (bozza → adottato) con numero e data dell’atto',
    tags: ['ciclo'], action: 'plan.state', params: PlanParams, body: AdoptBody, response: PlanDetail,
  }),
  startMonitoring: route({
    method: 'POST', path: `${PLAN}/start-monitoring`, summary: 'Avvia il monitoraggio (adottato → in monitoraggio)',
    tags: ['ciclo'], action: 'plan.state', params: PlanParams, body: TransitionBody, response: PlanDetail,
  }),
  closePlan: route({
    method: 'POST', path: `${PLAN}/close`, summary: 'Chiude il ciclo (in monitoraggio → chiuso)',
    tags: ['ciclo'], action: 'plan.state', params: PlanParams, body: TransitionBody, response: PlanDetail,
  }),
  validatePlan: route({
    method: 'POST', path: `${PLAN}/validate`, summary: 'Validazione della Relazione da parte dell’OIV (chiuso → validato)',
    tags: ['ciclo'], action: 'plan.validate', params: PlanParams, body: TransitionBody, response: PlanDetail,
  }),
  editPlan: route({
    method: 'POST', path: `${PLAN}/changes`, summary: 'Modifica il piano in bozza (target, pesi, obiettivi, metodologia)',
    tags: ['ciclo'], action: 'plan.edit', params: PlanParams, body: EditPlanBody, response: PlanDetail,
  }),
  listVersions: route({
    method: 'GET', path: `${PLAN}/versions`, summary: 'Le versioni del piano (rimodulazioni) con atto, data e motivi',
    tags: ['versioni'], action: 'plan.read', params: PlanParams, response: z.array(VersionInfo),
  }),
  createVersion: route({
    method: 'POST', path: `${PLAN}/versions`, summary: 'Rimodulazione: nuova versione del piano adottato, con atto, data e motivo per modifica',
    tags: ['versioni'], action: 'plan.edit', status: 201, params: PlanParams, body: RimodulazioneBody, response: VersionInfo,
  }),
  compareVersions: route({
    method: 'GET', path: `${PLAN}/versions/compare`, summary: 'Confronta due versioni del piano, affiancate',
    tags: ['versioni'], action: 'plan.read', params: PlanParams, query: CompareQuery, response: CompareBody,
  }),
  listPeriods: route({
    method: 'GET', path: `${PLAN}/periods`, summary: 'I periodi del piano: aperti o chiusi, scadenze, versione in vigore',
    tags: ['periodi'], action: 'plan.read', params: PlanParams, response: z.array(PeriodInfo),
  }),
  openPeriod: route({
    method: 'POST', path: `${PLAN}/periods/:periodId/open`, summary: 'Apre il periodo alla rilevazione',
    tags: ['periodi'], action: 'period.manage', params: PeriodParams, body: PeriodOpenBody, response: PeriodInfo,
  }),
  closePeriod: route({
    method: 'POST', path: `${PLAN}/periods/:periodId/close`, summary: 'Chiude (blocca) il periodo: nessuna scrittura è più accettata',
    tags: ['periodi'], action: 'period.manage', params: PeriodParams, body: TransitionBody, response: PeriodInfo,
  }),
  reopenPeriod: route({
    method: 'POST', path: `${PLAN}/periods/:periodId/reopen`, summary: 'Riapre un periodo chiuso, con il motivo (registrato)',
    tags: ['periodi'], action: 'period.manage', params: PeriodParams, body: PeriodReopenBody, response: PeriodInfo,
  }),
  setPeriodDueDate: route({
    method: 'PUT', path: `${PLAN}/periods/:periodId/due-date`, summary: 'Fissa la scadenza della rilevazione del periodo (promemoria)',
    tags: ['periodi'], action: 'period.manage', params: PeriodParams, body: DueDateBody, response: PeriodInfo,
  }),
  listOverrides: route({
    method: 'GET', path: `${PLAN}/overrides`, summary: 'Neutralizzazioni: proposte, approvate, respinte, con il punteggio calcolato accanto',
    tags: ['neutralizzazioni'], action: 'plan.read', params: PlanParams, query: OptionalPeriodQuery, response: z.array(OverrideBody),
  }),
  proposeOverride: route({
    method: 'POST', path: `${PLAN}/overrides`, summary: 'Propone una neutralizzazione con il motivo',
    tags: ['neutralizzazioni'], action: 'override.propose', status: 201, params: PlanParams, body: ProposeOverrideBody, response: OverrideBody,
  }),
  approveOverride: route({
    method: 'POST', path: `${PLAN}/overrides/:overrideId/approve`, summary: 'Approva la neutralizzazione (OIV o Segretario Generale)',
    tags: ['neutralizzazioni'], action: 'override.decide', params: OverrideParams, body: DecideOverrideBody, response: OverrideBody,
  }),
  rejectOverride: route({
    method: 'POST', path: `${PLAN}/overrides/:overrideId/reject`, summary: 'Respinge la neutralizzazione (OIV o Segretario Generale)',
    tags: ['neutralizzazioni'], action: 'override.decide', params: OverrideParams, body: RejectOverrideBody, response: OverrideBody,
  }),
} as const;
