import { auditRoutes } from './routes/audit.js';
import { documentRoutes } from './routes/documents.js';
import { authRoutes } from './routes/auth.js';
import { entityRoutes } from './routes/entities.js';
import { entryRoutes } from './routes/entries.js';
import { monitoringRoutes } from './routes/monitoring.js';
import { planRoutes } from './routes/plans.js';
import { publicRoutes } from './routes/public.js';
import { systemRoutes } from './routes/system.js';
import { transferRoutes } from './routes/transfer.js';
import { workflowRoutes } from './routes/workflow.js';

/**
 * Every route of the API. The server registers exactly these (a route missing here does not
 * exist), the OpenAPI document is generated from them, the web client calls them by name, and the
 * authorisation matrix test enumerates them. Listed in packages/api/README.md.
 */
export const routes = {
  ...systemRoutes,
  ...authRoutes,
  ...publicRoutes,
  ...entityRoutes,
  ...planRoutes,
  ...entryRoutes,
  ...workflowRoutes,
  ...monitoringRoutes,
  ...transferRoutes,
  ...auditRoutes,
  ...documentRoutes,
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

/** The routes the auth plugin implements (packages/server/src/auth); the rest are the server's. */
export const AUTH_ROUTES = Object.keys(authRoutes) as (keyof typeof authRoutes)[];
