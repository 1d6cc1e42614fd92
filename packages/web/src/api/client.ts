import { ApiError, createApiClient, type RouteName } from '@performa/api';

/** The one API client of the app (same origin; the CSRF token is kept by the client). */
export const api = createApiClient();

/** Untyped entry for the generic hooks; every call still goes through the typed client by route name. */
export function callApi(name: RouteName, input: { params?: object; query?: object; body?: unknown } = {}): Promise<unknown> {
  return (api.call as (n: RouteName, a: object) => Promise<unknown>)(name, input);
}

/**
 * The body of a GET route as text (a generated HTML document for the preview): the URL comes from
 * the contract through the client (`api.url`), never written by hand; failures are ApiErrors.
 */
export async function fetchText(name: RouteName, input: { params?: object; query?: object } = {}): Promise<string> {
  const url = (api.url as (n: RouteName, a: object) => string)(name, input);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { error: 'network', message: 'Il server non risponde: controllare la connessione e riprovare.' });
  }
  const text = await response.text();
  if (!response.ok) {
    const body = jsonObject(text);
    throw new ApiError(response.status, typeof body?.message === 'string' ? { error: String(body.error ?? 'http'), message: body.message } : { error: 'http', message: `Errore ${response.status} dal server.` });
  }
  return text;
}

function jsonObject(text: string): { error?: unknown; message?: unknown } | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as { error?: unknown; message?: unknown }) : null;
  } catch {
    return null;
  }
}
