export type { Actor, RoleGrant } from './auth/actor.js';
