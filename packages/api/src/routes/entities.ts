import { z } from 'zod';
import { route } from '../route.js';
import { EntityParams } from '../schemas/common.js';
import { EntitySummary } from '../schemas/plans.js';
import { CreateUserBody, EntityUser, SetRolesBody, UpdateEntityBody, UserParams } from '../schemas/users.js';

export const entityRoutes = {
  listEntities: route({
    method: 'GET',
    path: '/api/entities',
    summary: "Gli enti visibili all'utente, con i loro piani",
    tags: ['enti'],
    action: 'entity.list',
    response: z.array(EntitySummary),
  }),
  updateEntity: route({
    method: 'PATCH',
    path: '/api/entities/:entityId',
    summary: "Modifica i dati dell'ente (amministratore)",
    tags: ['enti'],
    action: 'entity.manage',
    params: EntityParams,
    body: UpdateEntityBody,
    response: EntitySummary,
  }),
  listUsers: route({
    method: 'GET',
    path: '/api/entities/:entityId/users',
    summary: "Gli utenti dell'ente con i loro ruoli (amministratore)",
    tags: ['utenti'],
    action: 'user.manage',
    params: EntityParams,
    response: z.array(EntityUser),
  }),
  createUser: route({
    method: 'POST',
    path: '/api/entities/:entityId/users',
    summary: "Crea un utente con i suoi ruoli nell'ente (o aggiunge i ruoli a un utente esistente)",
    tags: ['utenti'],
    action: 'user.manage',
    status: 201,
    params: EntityParams,
    body: CreateUserBody,
    response: EntityUser,
  }),
  setUserRoles: route({
    method: 'PUT',
    path: '/api/entities/:entityId/users/:userId/roles',
    summary: "Sostituisce i ruoli dell'utente nell'ente (lista vuota: lo toglie dall'ente)",
    tags: ['utenti'],
    action: 'user.manage',
    params: UserParams,
    body: SetRolesBody,
    response: EntityUser,
  }),
} as const;
