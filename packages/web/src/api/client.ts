import { createApiClient, type RouteName } from '@performa/api';

/** The one API client of the app (same origin; the CSRF token is kept by the client). */
export const api = createApiClient();

/** Untyped entry for the generic hooks; every call still goes through the typed client by route name. */
export function callApi(name: RouteName, input: { params?: object; query?: object; body?: unknown } = {}): Promise<unknown> {
  return (api.call as (n: RouteName, a: object) => Promise<unknown>)(name, input);
}
