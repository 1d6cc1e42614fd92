export { openStore, resolveTarget, type Store, type StoreOptions, type StoreLocation } from './store.js';
export { importPlan, type ImportOptions, type ImportSummary } from './commands/import-plan.js';
export { exportPlan, type ExportOptions } from './commands/export-plan.js';
export { listPlans, type PlanListing } from './commands/list-plans.js';
export { StoreError, StoreInputError, InvalidDocumentError, PlanExistsError, PlanNotFoundError } from './errors.js';
export { planKeyOf } from './mapping/plan-key.js';
export type { TableName } from './mapping/tables.js';
export type { Lang } from './messages.js';
