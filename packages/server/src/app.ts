import { readFileSync } from 'node:fs';
import type { Store } from '@performa/storage';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { authPlugin, type AuthPluginOptions } from './auth/index.js';
import { createAppContext, type AppContext } from './context.js';
import type { DocumentJobOptions } from './documents/jobs.js';
import { installErrorHandler } from './http/error-handler.js';
import { registerBenchRoute } from './http/bench-route.js';
import { registerOpenApi } from './http/openapi.js';
import { registerWeb } from './http/web.js';
import { useItalianZodMessages } from './http/zod-italian.js';
import { handlers } from './routes/handlers.js';
import { registerRoutes } from './routes/register.js';

export interface BuildAppOptions {
  store: Store;
  /** Fastify's pino logger: true/false, pino options, or a logger instance. Default: off. */
  logger?: boolean | FastifyServerOptions['logger'] | FastifyBaseLogger;
  /** Demo mode (the login page lists the demo accounts). */
  demo?: boolean;
  /** The built web app (packages/web/dist); null: API only. */
  webDir?: string | null;
  /** Auth plugin settings beyond store and demo (tests: OIDC, session timing). */
  auth?: Omit<AuthPluginOptions, 'store' | 'demo'>;
  /** Largest request body accepted, in bytes (plan imports): default 64 MiB. */
  bodyLimit?: number;
  /**
   * Background documents: `worker: true` renders in this process (performa serve); without it the
   * API only enqueues and another Performa process on the database renders. Queue timings for tests.
   */
  documents?: DocumentJobOptions;
}

export const SERVER_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The whole HTTP application over a store: API, OpenAPI document and docs page, web app. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance & { performa: AppContext }> {
  useItalianZodMessages();
  const logger = options.logger ?? false;
  const isInstance = typeof logger === 'object' && logger !== null && typeof (logger as FastifyBaseLogger).info === 'function' && typeof (logger as FastifyBaseLogger).child === 'function';
  const app = Fastify({
    ...(isInstance ? { loggerInstance: logger as FastifyBaseLogger } : { logger: logger as FastifyServerOptions['logger'] }),
    bodyLimit: options.bodyLimit ?? 64 * 1024 * 1024,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 500 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  const ctx = createAppContext(options.store, app.log, options.demo ?? false, SERVER_VERSION, options.documents);
  await ctx.meta.start();
  app.addHook('onClose', async () => ctx.meta.stop());
  // Documents under way finish (or go back to the queue) before the store closes.
  app.addHook('onClose', async () => ctx.documents.stop());
  await registerOpenApi(app, SERVER_VERSION);
  await app.register(authPlugin, { store: options.store, demo: options.demo ?? false, ...options.auth });
  registerRoutes(app, ctx, handlers);
  registerBenchRoute(app);
  await registerWeb(app, options.webDir ?? null);
  app.decorate('performa', ctx);
  await ctx.documents.start();
  return app as unknown as FastifyInstance & { performa: AppContext };
}
