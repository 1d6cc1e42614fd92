import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { InvalidDocumentError, PlanExistsError, PlanNotFoundError, StoreInputError } from '@performa/storage';
import { HttpError } from './errors.js';

const WHERE: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

/** Messages for Fastify's own client errors (malformed JSON, wrong content type, too large…). */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Il corpo della richiesta non è JSON valido.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Il corpo della richiesta è vuoto ma dichiarato JSON.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Tipo di contenuto non supportato: usare application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Il corpo della richiesta è troppo grande.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Lunghezza del contenuto non valida.',
  FST_ERR_BAD_URL: 'Indirizzo non valido.',
};

const STATUS_CODES: Record<number, string> = { 400: 'invalid', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 405: 'invalid', 409: 'conflict', 413: 'invalid', 415: 'invalid', 429: 'rate_limited' };

/**
 * One error handler for the whole API: 400 with field-level Italian messages for schema errors,
 * the status of HttpErrors, Italian text for Fastify's client errors, and 500 (logged, without
 * details) only for real faults.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = WHERE[error.validationContext ?? 'body'] ?? 'body';
      const fields = error.validation.map((issue) => ({
        path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message,
      }));
      return reply.code(400).send({ error: 'invalid', message: `Dati non validi: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, fields });
    }
    if (error instanceof HttpError) {
      const body: Record<string, unknown> = { error: error.code, message: error.message };
      if (error.fields) body.fields = error.fields;
      if (error.current !== undefined) body.current = error.current;
      return reply.code(error.statusCode).send(body);
    }
    if (error instanceof InvalidDocumentError) {
      const fields = error.problems.map((p) => ({ path: `document${p.pointer.replaceAll('/', '.')}`, message: p.message }));
      return reply.code(400).send({ error: 'invalid', message: error.message, fields });
    }
    if (error instanceof PlanExistsError) return reply.code(409).send({ error: 'conflict', message: error.message });
    if (error instanceof PlanNotFoundError) return reply.code(404).send({ error: 'not_found', message: error.message });
    if (error instanceof StoreInputError) return reply.code(400).send({ error: 'invalid', message: error.message });
    if (isResponseSerializationError(error as never)) {
      request.log.error({ err: error, cause: (error as { cause?: unknown }).cause }, 'risposta non conforme allo schema');
      return reply.code(500).send({ error: 'internal', message: 'Errore interno del server.' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = FASTIFY_MESSAGES[error.code] ?? (status === 429 ? 'Troppe richieste: riprovare tra poco.' : 'Richiesta non valida.');
      return reply.code(status).send({ error: STATUS_CODES[status] ?? 'invalid', message });
    }
    request.log.error({ err: error }, 'errore interno');
    return reply.code(500).send({ error: 'internal', message: 'Errore interno del server. L’operazione non è stata eseguita.' });
  });
}
