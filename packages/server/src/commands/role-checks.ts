import type { RoleCode } from '@performa/api';
import { invalidFields } from '../http/errors.js';

const UNIT_ROLES: RoleCode[] = ['dirigente', 'referente'];

/** Unit-scoped roles name at least one unit; every unit must exist in the entity's plans. */
export function checkRoles(roles: { role: RoleCode; units: string[] }[], known: Set<string>): void {
  const fields: { path: string; message: string }[] = [];
  const seen = new Set<RoleCode>();
  roles.forEach((r, i) => {
    if (seen.has(r.role)) fields.push({ path: `body.roles.${i}.role`, message: `Ruolo ripetuto: ${r.role}.` });
    seen.add(r.role);
    if (UNIT_ROLES.includes(r.role) && r.units.length === 0) {
      fields.push({ path: `body.roles.${i}.units`, message: `Il ruolo ${r.role} richiede almeno un'unità organizzativa.` });
    }
    if (!UNIT_ROLES.includes(r.role) && r.units.length > 0) {
      fields.push({ path: `body.roles.${i}.units`, message: `Il ruolo ${r.role} vale per tutto l'ente: non indicare unità.` });
    }
    r.units.forEach((u, j) => {
      if (!known.has(u)) fields.push({ path: `body.roles.${i}.units.${j}`, message: `Unità sconosciuta: ${u}.` });
    });
  });
  if (fields.length) throw invalidFields(fields);
}
