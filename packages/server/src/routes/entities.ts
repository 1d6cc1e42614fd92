import { createUser } from '../commands/create-user.js';
import { setUserRoles } from '../commands/set-user-roles.js';
import { updateEntity } from '../commands/update-entity.js';
import { notFound } from '../http/errors.js';
import { grantsIn } from '../policies/policy.js';
import { entitySummaries } from '../queries/entities.js';
import { entityUsers } from '../queries/users.js';
import type { Handlers } from './types.js';

export const entityHandlers: Pick<Handlers, 'listEntities' | 'updateEntity' | 'listUsers' | 'createUser' | 'setUserRoles'> = {
  async listEntities(_input, ctx) {
    const actor = ctx.me();
    const global = actor.roles.some((g) => g.entityId === '*' && g.role === 'amministratore');
    const ids = global ? null : [...new Set(actor.roles.map((g) => g.entityId))];
    return entitySummaries(ctx.app.pool, ids);
  },

  async updateEntity({ params, body }, ctx) {
    await updateEntity({ app: ctx.app, actor: ctx.me() }, params.entityId, body.name);
    const [summary] = await entitySummaries(ctx.app.pool, [params.entityId]);
    if (!summary) throw notFound(`Ente ${params.entityId} non trovato.`);
    return summary;
  },

  async listUsers({ params }, ctx) {
    return entityUsers(ctx.app.pool, params.entityId);
  },

  async createUser({ params, body }, ctx) {
    return createUser({ app: ctx.app, actor: ctx.me() }, params.entityId, body);
  },

  async setUserRoles({ params, body }, ctx) {
    if (grantsIn(ctx.me(), params.entityId).length === 0) throw notFound();
    return setUserRoles({ app: ctx.app, actor: ctx.me() }, params.entityId, params.userId, body.roles, body.reason ?? null);
  },
};
