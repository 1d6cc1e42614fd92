export type { Actor, RoleGrant } from './auth/actor.js';
export * from './auth/index.js';
export { buildApp, SERVER_VERSION, type BuildAppOptions } from './app.js';
export { startServer, DEFAULT_WEB_DIR, type ServeOptions, type RunningServer } from './serve.js';
export { verifyAuditChain, type VerifyReport, type BrokenLink } from './audit/verify.js';
export { appendAudit, type AuditEvent } from './audit/append.js';
export { missingData, type MissingDataQuery } from './queries/missing-data.js';
export { hasPermission, POLICY, type Action, type Resource } from './policies/policy.js';
export { markDemoDatabase, demoMarker, databaseIsEmpty } from './demo-marker.js';
