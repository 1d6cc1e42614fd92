import { auditHandlers } from './audit.js';
import { documentHandlers } from './documents.js';
import { entityHandlers } from './entities.js';
import { entryHandlers } from './entries.js';
import { methodologyHandlers } from './methodology.js';
import { monitoringHandlers } from './monitoring.js';
import { overrideHandlers } from './overrides.js';
import { periodHandlers } from './periods.js';
import { planHandlers } from './plans.js';
import { publicHandlers } from './public.js';
import { systemHandlers } from './system.js';
import { transferHandlers } from './transfer.js';
import type { Handlers } from './types.js';
import { workflowHandlers } from './workflow.js';

/** Every route's handler, by route name (the type makes a missing one a compile error). */
export const handlers: Handlers = {
  ...systemHandlers,
  ...publicHandlers,
  ...entityHandlers,
  ...planHandlers,
  ...entryHandlers,
  ...workflowHandlers,
  ...periodHandlers,
  ...overrideHandlers,
  ...monitoringHandlers,
  ...methodologyHandlers,
  ...transferHandlers,
  ...auditHandlers,
  ...documentHandlers,
};
