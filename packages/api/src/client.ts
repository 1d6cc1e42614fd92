import type { z } from 'zod';
import { CSRF_HEADER, type RouteDef } from './route.js';
import { routes, type RouteName, type Routes } from './routes.js';
import type { ErrorBody } from './schemas/common.js';

type Input<T> = T extends z.ZodType ? z.input<T> : never;
type Part<K extends string, T> = [T] extends [never] ? {} : {} extends T ? { [P in K]?: T } : { [P in K]: T };

/** What a call of route N takes: `params`, `query` and `body` as the route defines them. */
export type CallArgs<N extends RouteName> = Part<'params', Input<Routes[N]['params' & keyof Routes[N]]>> &
  Part<'query', Input<Routes[N]['query' & keyof Routes[N]]>> &
  Part<'body', Input<Routes[N]['body' & keyof Routes[N]]>>;

/** What route N answers (the parsed JSON). */
export type CallResult<N extends RouteName> = z.output<Routes[N]['response']>;

/** An API failure: HTTP status, machine code, the Italian message and, for 400, the fields at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: { path: string; message: string }[];
  /** 409: the current state of the object. */
  readonly current: unknown;
  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.error;
    this.fields = body.fields ?? [];
    this.current = body.current;
  }
  /** The message of one field (`body.value`, `query.period`), if any. */
  field(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export interface ApiClientOptions {
  /** Origin of the server (`http://localhost:3000`); empty for the same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Extra headers on every request (tests: a session cookie). */
  headers?: Record<string, string>;
}

export interface ApiClient {
  /** Calls route `name`; resolves with its typed answer, rejects with an ApiError. */
  call<N extends RouteName>(name: N, ...args: {} extends CallArgs<N> ? [CallArgs<N>?] : [CallArgs<N>]): Promise<CallResult<N>>;
  /** The URL of a GET route (downloads, links). */
  url<N extends RouteName>(name: N, ...args: {} extends CallArgs<N> ? [CallArgs<N>?] : [CallArgs<N>]): string;
  /** The CSRF token in use (taken from `authMe` / `authLogin`); null until known. */
  csrfToken(): string | null;
  /** Forget the CSRF token (after logout). */
  reset(): void;
}

/** Builds a route's path and query string. */
export function buildUrl(def: RouteDef, args: { params?: object; query?: object } = {}, baseUrl = ''): string {
  const params = (args.params ?? {}) as Record<string, unknown>;
  const path = def.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new TypeError(`Parametro mancante: ${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((args.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const qs = search.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}

const NETWORK: ErrorBody = { error: 'network', message: 'Il server non risponde: controllare la connessione e riprovare.' };

/** A typed client of the Performa API, calling routes by name (see packages/api/README.md). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let csrf: string | null = null;

  const needsCsrf = (def: RouteDef) => def.method !== 'GET' && def.csrf !== false;

  async function request(def: RouteDef, args: { params?: object; query?: object; body?: unknown }): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (args.body !== undefined) headers['content-type'] = 'application/json';
    if (needsCsrf(def)) {
      if (csrf === null) await refreshCsrf();
      if (csrf !== null) headers[CSRF_HEADER] = csrf;
    }
    let response: Response;
    try {
      response = await doFetch(buildUrl(def, args, baseUrl), {
        method: def.method,
        headers,
        body: args.body === undefined ? undefined : JSON.stringify(args.body),
        credentials: 'same-origin',
        redirect: def.status === 302 ? 'manual' : 'follow',
      });
    } catch {
      throw new ApiError(0, NETWORK);
    }
    const text = await response.text();
    const parsed = text ? safeJson(text) : null;
    if (!response.ok && !(def.status === 302 && response.status === 302)) {
      const body = isErrorBody(parsed) ? parsed : { error: 'http', message: `Errore ${response.status} dal server.` };
      throw new ApiError(response.status, body);
    }
    return parsed;
  }

  async function refreshCsrf(): Promise<void> {
    const me = (await request(routes.authMe, {})) as { csrfToken: string | null };
    csrf = me.csrfToken;
  }

  async function call(name: RouteName, args: { params?: object; query?: object; body?: unknown } = {}): Promise<unknown> {
    const def = routes[name] as RouteDef;
    const result = await request(def, args);
    if (name === 'authMe' || name === 'authLogin') csrf = (result as { csrfToken: string | null }).csrfToken;
    if (name === 'authLogout' || name === 'authLogoutAll') csrf = null;
    return result;
  }

  return {
    call: call as ApiClient['call'],
    url: ((name: RouteName, args?: { params?: object; query?: object }) => buildUrl(routes[name] as RouteDef, args, baseUrl)) as ApiClient['url'],
    csrfToken: () => csrf,
    reset: () => {
      csrf = null;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ErrorBody).message === 'string' && typeof (value as ErrorBody).error === 'string';
}
