import { z } from 'zod';
import { route } from '../route.js';
import { PeriodQuery, PlanParams } from '../schemas/common.js';
import { MonitoringBody, MonitoringNote, Narrative, NarrativeParams, SaveNarrativeBody, SaveNoteBody } from '../schemas/monitoring.js';
import { MethodologyBody, PreviewBody, PreviewResult, UpdateMethodologyBody } from '../schemas/methodology.js';
import { PlanDetail } from '../schemas/plans.js';

const PLAN = '/api/entities/:entityId/plans/:planId';

export const monitoringRoutes = {
  getMonitoring: route({
    method: 'GET', path: `${PLAN}/monitoring`, summary: 'Monitoraggio del periodo: albero con pesi, target annuali e di periodo, valori, risultati e note',
    tags: ['monitoraggio'], action: 'plan.read', params: PlanParams, query: PeriodQuery, response: MonitoringBody,
  }),
  saveMonitoringNote: route({
    method: 'PUT', path: `${PLAN}/monitoring/notes`, summary: 'Salva una nota di monitoraggio (cause, azione correttiva, proposta di target)',
    tags: ['monitoraggio'], action: 'note.write', params: PlanParams, body: SaveNoteBody, response: MonitoringNote,
  }),
  getMethodology: route({
    method: 'GET', path: `${PLAN}/methodology`, summary: 'La metodologia (SMVP) del piano, con i valori predefiniti esplicitati',
    tags: ['metodologia'], action: 'plan.read', params: PlanParams, response: MethodologyBody,
  }),
  updateMethodology: route({
    method: 'PUT', path: `${PLAN}/methodology`, summary: 'Modifica la metodologia (in bozza; dopo l’adozione con atto: nuova versione)',
    tags: ['metodologia'], action: 'plan.edit', params: PlanParams, body: UpdateMethodologyBody, response: PlanDetail,
  }),
  previewMethodology: route({
    method: 'POST', path: `${PLAN}/methodology/preview`, summary: 'Anteprima: punteggi di ente, aree e obiettivi prima e dopo una modifica, senza salvare',
    tags: ['metodologia'], action: 'plan.read', params: PlanParams, body: PreviewBody, response: PreviewResult,
  }),
  listNarratives: route({
    method: 'GET', path: `${PLAN}/narratives`, summary: 'I testi del piano e della relazione, per anno e sezione',
    tags: ['documenti'], action: 'plan.read', params: PlanParams, response: z.array(Narrative),
  }),
  saveNarrative: route({
    method: 'PUT', path: `${PLAN}/narratives/:year/:section`, summary: 'Salva un testo (anno, sezione), con la versione letta',
    tags: ['documenti'], action: 'narrative.write', params: NarrativeParams, body: SaveNarrativeBody, response: Narrative,
  }),
} as const;
