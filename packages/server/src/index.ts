export type { Actor, RoleGrant } from './auth/actor.js';
export * from './auth/index.js';
