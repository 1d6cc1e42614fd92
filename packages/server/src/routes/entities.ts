import { createUser } from '../commands/create-user.js';
import { setUserRoles } from '../commands/set-user-roles.js';
import { updateEntity } from '../commands/update-entity.js';
import { notFound } from '../http/errors.js';
import { visibleEntities } from '../policies/policy.js';
import { entitySummaries } from '../queries/entities.js';
import { entityUsers } from '../queries/users.js';
import type { Handlers } from './types.js';

export const entityHandlers: Pick<Handlers, 'listEntities' | 'updateEntity' | 'listUsers' | 'createUser' | 'setUserRoles'> = {
  async listEntities(_input, ctx) {
    return entitySummaries(ctx.app.pool, visibleEntities(ctx.me()));
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
    return setUserRoles({ app: ctx.app, actor: ctx.me() }, params.entityId, params.userId, body.roles, body.reason ?? null);
  },
};
