import { AUTH_ROUTES, routes, type RouteDef, type RouteName } from '@performa/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { forbidden, notFound, unauthenticated } from '../http/errors.js';
import { hasPermission, isAction, isMember, type Action, type Resource } from '../policies/policy.js';
import { RawFile, RawJson, type HandlerContext, type Handlers } from './types.js';

const AUTH = new Set<string>(AUTH_ROUTES);

/**
 * The gate every non-public route passes before its input is even validated: 401 for anonymous
 * requests; 404 when the actor holds no role in the entity named by the path (whether it exists
 * or not: nothing leaks); 403 when no role of theirs allows the action anywhere in the entity.
 * Object-level checks (units) are the handler's, again through the policy.
 */
function gate(def: RouteDef) {
  return async (request: FastifyRequest) => {
    if (def.public) return;
    const actor = request.actor;
    if (!actor) throw unauthenticated();
    const action = def.action as Action;
    const entityId = (request.params as Record<string, string> | undefined)?.entityId;
    if (entityId === undefined) {
      if (!hasPermission(actor, action)) throw forbidden();
      return;
    }
    if (!isMember(actor, entityId)) throw notFound(`Ente ${entityId} non trovato.`);
    if (!hasPermission(actor, action, { entityId })) throw forbidden();
  };
}

/** Registers every route of the contract but the auth ones (the auth plugin's) with its handler. */
export function registerRoutes(app: FastifyInstance, ctx: AppContext, handlers: Handlers): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const [name, def] of Object.entries(routes) as [RouteName, RouteDef][]) {
    if (AUTH.has(name)) continue;
    if (!def.public && (!def.action || !isAction(def.action))) throw new Error(`Route ${name}: unknown policy action ${def.action}`);
    const handler = (handlers as unknown as Record<string, Handlers[keyof Handlers]>)[name];
    if (!handler) throw new Error(`Route ${name} has no handler`);
    const status = def.status ?? 200;
    typed.route({
      method: def.method,
      url: def.path,
      schema: {
        operationId: name,
        summary: def.summary,
        tags: def.tags,
        ...(def.params ? { params: def.params } : {}),
        ...(def.query ? { querystring: def.query } : {}),
        ...(def.body ? { body: def.body } : {}),
        ...(def.public ? {} : { security: [{ session: [] }] }),
        response: { [status]: def.response },
      },
      preValidation: gate(def),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const hctx: HandlerContext = {
          app: ctx,
          actor: request.actor ?? null,
          request,
          reply,
          authorize(action: Action, resource: Resource = {}) {
            const entityId = resource.entityId ?? (request.params as Record<string, string>).entityId;
            if (!hasPermission(request.actor ?? null, action, { ...resource, entityId })) throw forbidden();
          },
          me() {
            if (!request.actor) throw unauthenticated();
            return request.actor;
          },
        };
        const input = { params: request.params, query: request.query, body: request.body };
        let result: unknown;
        try {
          result = await (handler as (i: unknown, c: HandlerContext) => Promise<unknown>)(input, hctx);
        } finally {
          // A change through this process is visible to its next read at once (other processes
          // learn it from the database's notifications).
          if (def.method !== 'GET') invalidate(ctx, request.params as Record<string, string>);
        }
        reply.code(status);
        if (def.download) reply.header('content-disposition', `attachment; filename="${downloadName(name, request)}"`);
        if (result instanceof RawJson) return reply.type('application/json; charset=utf-8').send(result.text);
        if (result instanceof RawFile) {
          return reply
            .type(result.mimeType)
            .header('content-disposition', attachment(result.fileName))
            .header('x-content-type-options', 'nosniff')
            .header('cache-control', 'private, no-store')
            .send(result.data);
        }
        return reply.send(result);
      },
    });
  }
}

function downloadName(name: string, request: FastifyRequest): string {
  const p = request.params as Record<string, string>;
  const q = request.query as Record<string, string>;
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  if (name === 'exportResults') return `${safe(p.entityId!)}-${safe(p.planId!)}-risultati-${safe(q.period ?? '')}.json`;
  return `${safe(p.entityId!)}-${safe(p.planId!)}.performa.json`;
}

/**
 * `attachment` with a file name that cannot break the header or name a path: an ASCII fallback
 * (letters, digits, `.`, `-`, `_`) and the UTF-8 name percent-encoded (RFC 6266 / 5987).
 */
export function attachment(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const ascii = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 150) || 'documento';
  const utf8 = encodeURIComponent(base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 150)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return utf8 && utf8 !== ascii ? `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}` : `attachment; filename="${ascii}"`;
}

function invalidate(ctx: AppContext, params: Record<string, string>): void {
  if (params.entityId) ctx.meta.invalidate(params.entityId, params.planId);
}
