import { route } from '../route.js';
import { EntityParams, PlanParams } from '../schemas/common.js';
import { ImportSummary, PlanDocumentBody, ResultsBody } from '../schemas/plans.js';
import { ExportResultsQuery, ImportBody, ImportPreview } from '../schemas/transfer.js';

export const transferRoutes = {
  previewImport: route({
    method: 'POST', path: '/api/entities/:entityId/import/preview',
    summary: 'Anteprima di importazione: rapporto di validazione o cosa verrebbe creato (nulla è scritto)',
    tags: ['importa/esporta'], action: 'plan.import', params: EntityParams, body: ImportBody, response: ImportPreview,
  }),
  importPlan: route({
    method: 'POST', path: '/api/entities/:entityId/import',
    summary: "Importa un documento performa/1 nell'ente (tutto o niente)",
    tags: ['importa/esporta'], action: 'plan.import', status: 201, params: EntityParams, body: ImportBody, response: ImportSummary,
  }),
  exportPlan: route({
    method: 'GET', path: '/api/entities/:entityId/plans/:planId/export',
    summary: 'Scarica il piano (performa/1) con i valori rilevati',
    tags: ['importa/esporta'], action: 'plan.read', download: true, params: PlanParams, response: PlanDocumentBody,
  }),
  exportResults: route({
    method: 'GET', path: '/api/entities/:entityId/plans/:planId/results/export',
    summary: 'Scarica i risultati di un periodo (performa/1-results)',
    tags: ['importa/esporta'], action: 'plan.read', download: true, params: PlanParams, query: ExportResultsQuery, response: ResultsBody,
  }),
} as const;
