import { z } from 'zod';
import { route } from '../route.js';
import { PlanParams } from '../schemas/common.js';
import {
  EntryBody, EntryFormBody, EntryFormQuery, EntryParams, MissingQuery, MissingRow, QueueQuery, QueueRow,
  ReturnEntryBody, SaveEntryBody, VersionBody,
} from '../schemas/entries.js';

const ENTRY = '/api/entities/:entityId/plans/:planId/entries/:indicatorId/:periodId';

export const entryRoutes = {
  getEntryForm: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/entries',
    summary: "Rilevazione: gli indicatori di un'unità (o di tutte quelle visibili) nel periodo, con target e ultimo valore",
    tags: ['rilevazione'],
    action: 'entry.read',
    params: PlanParams,
    query: EntryFormQuery,
    response: EntryFormBody,
  }),
  saveEntry: route({
    method: 'PUT',
    path: ENTRY,
    summary: 'Salva il valore come bozza (409 se nel frattempo è cambiato: versione attesa)',
    tags: ['rilevazione'],
    action: 'entry.write',
    params: EntryParams,
    body: SaveEntryBody,
    response: EntryBody,
  }),
  submitEntry: route({
    method: 'POST',
    path: `${ENTRY}/submit`,
    summary: 'Invia il valore alla validazione del dirigente',
    tags: ['rilevazione'],
    action: 'entry.write',
    params: EntryParams,
    body: VersionBody,
    response: EntryBody,
  }),
  listValidationQueue: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/validation',
    summary: 'Validazione: i valori inviati dalle unità del dirigente',
    tags: ['validazione'],
    action: 'entry.queue',
    params: PlanParams,
    query: QueueQuery,
    response: z.array(QueueRow),
  }),
  approveEntry: route({
    method: 'POST',
    path: `${ENTRY}/approve`,
    summary: 'Valida un valore inviato',
    tags: ['validazione'],
    action: 'entry.validate',
    params: EntryParams,
    body: VersionBody,
    response: EntryBody,
  }),
  returnEntry: route({
    method: 'POST',
    path: `${ENTRY}/return`,
    summary: 'Restituisce un valore inviato al referente, con un commento',
    tags: ['validazione'],
    action: 'entry.validate',
    params: EntryParams,
    body: ReturnEntryBody,
    response: EntryBody,
  }),
  getMissingData: route({
    method: 'GET',
    path: '/api/entities/:entityId/plans/:planId/missing',
    summary: 'Dati mancanti per periodo e unità, con le scadenze',
    tags: ['rilevazione'],
    action: 'entry.read',
    params: PlanParams,
    query: MissingQuery,
    response: z.array(MissingRow),
  }),
} as const;
