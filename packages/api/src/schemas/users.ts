import { z } from 'zod';
import { EntityParams, Id, RoleCode, Timestamp } from './common.js';

/** A user as an entity's amministratore sees it: only the roles held in that entity. */
export const EntityUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  fiscalCode: z.string().nullable(),
  disabled: z.boolean(),
  roles: z.array(z.object({ role: RoleCode, units: z.array(Id) })),
  lastLoginAt: Timestamp.nullable(),
});
export type EntityUser = z.infer<typeof EntityUser>;

export const UserParams = EntityParams.extend({ userId: Id });

const Roles = z.array(z.object({ role: RoleCode, units: z.array(Id).default([]) }));

export const CreateUserBody = z.object({
  email: z.email('Indirizzo e-mail non valido'),
  name: z.string().trim().min(1).max(200).nullable().optional(),
  fiscalCode: z.string().trim().regex(/^[A-Z0-9]{16}$/i, 'Codice fiscale di 16 caratteri').nullable().optional(),
  roles: Roles.min(1, 'Indicare almeno un ruolo'),
  /** Initial password (≥ 10 characters); without it the user logs in through OIDC only. */
  password: z.string().min(10, 'La password deve avere almeno 10 caratteri').max(1000).optional(),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

/** Replaces the user's roles in this entity (an empty list removes the user from the entity). */
export const SetRolesBody = z.object({ roles: Roles, reason: z.string().max(2000).optional() });


export const UpdateEntityBody = z.object({ name: z.string().trim().min(1, 'Indicare il nome').max(300) });
