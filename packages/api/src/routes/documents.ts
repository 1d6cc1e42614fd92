import { z } from 'zod';
import { route } from '../route.js';
import { PlanParams } from '../schemas/common.js';
import { CreateDocumentBody, DocumentJob, DocumentJobParams } from '../schemas/documents.js';

const PLAN = '/api/entities/:entityId/plans/:planId';

export const documentRoutes = {
  createDocument: route({
    method: 'POST', path: `${PLAN}/documents`, summary: 'Genera un documento (Relazione, Piano, Monitoraggio OIV, scheda) in background',
    tags: ['documenti'], action: 'document.generate', status: 202, params: PlanParams, body: CreateDocumentBody, response: DocumentJob,
  }),
  listDocuments: route({
    method: 'GET', path: `${PLAN}/documents`, summary: 'I documenti generati del piano, i più recenti per primi, con avanzamento',
    tags: ['documenti'], action: 'plan.read', params: PlanParams, response: z.array(DocumentJob),
  }),
  getDocument: route({
    method: 'GET', path: `${PLAN}/documents/:jobId`, summary: 'Stato e avanzamento di un documento',
    tags: ['documenti'], action: 'plan.read', params: DocumentJobParams, response: DocumentJob,
  }),
  downloadDocument: route({
    method: 'GET', path: `${PLAN}/documents/:jobId/file`, summary: 'Scarica il file generato (DOCX, PDF, HTML o XLSX)',
    tags: ['documenti'], action: 'plan.read', params: DocumentJobParams,
    response: z.string().describe('il file, con il suo Content-Type e Content-Disposition'),
  }),
} as const;
