/**
 * Errors the routes and commands throw; the error handler turns each into its status and the
 * Italian `ErrorBody` of the API contract.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: { path: string; message: string }[],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (message = 'Risorsa non trovata.') => new HttpError(404, 'not_found', message);
export const forbidden = (message = 'Operazione non consentita al suo ruolo.') => new HttpError(403, 'forbidden', message);
export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Accesso richiesto: effettuare il login per continuare.');
export const conflict = (message: string, current?: unknown) => new HttpError(409, 'conflict', message, undefined, current);
export const wrongState = (message: string) => new HttpError(409, 'state', message);
export const periodClosed = (period: string) =>
  new HttpError(423, 'period_closed', `Il periodo ${period} è chiuso: non accetta modifiche. Può riaprirlo il controllo di gestione, indicando il motivo.`);
export const invalid = (path: string, message: string) =>
  new HttpError(400, 'invalid', `Dati non validi: ${message}`, [{ path, message }]);
export const invalidFields = (fields: { path: string; message: string }[]) =>
  new HttpError(400, 'invalid', `Dati non validi: ${fields.map((f) => f.message).join('; ')}`, fields);
