import type { RoleCode } from '@performa/api';

export const ROLE_CODES: readonly RoleCode[] = ['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore'];

/** Roles limited to units: a grant of these names at least one unit (and its subtree). */
export const UNIT_ROLES: readonly RoleCode[] = ['dirigente', 'referente'];

/** The entity id of a grant valid in every entity: only `amministratore` may be global. */
export const ALL_ENTITIES = '*';

export const ROLE_LABELS: Record<RoleCode, string> = {
  amministratore: 'Amministratore',
  controllo: 'Controllo di gestione',
  dirigente: 'Dirigente / PO',
  referente: 'Referente',
  oiv: 'OIV',
  lettore: 'Giunta / lettore',
};

export const isRoleCode = (value: string): value is RoleCode => (ROLE_CODES as readonly string[]).includes(value);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E-mail addresses are compared case-insensitively: stored trimmed and in lower case. */
export function normalizeEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

const FISCAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const COMPANY_CODE = /^[0-9]{11}$/;

/**
 * An Italian fiscal code in upper case, or null when the value is not one. Accepts SPID's
 * `fiscalNumber` form ("TINIT-RSSMRA80A01H501U") and, for legal persons, the 11-digit number.
 */
export function normalizeFiscalCode(value: string): string | null {
  const code = value.trim().toUpperCase().replace(/^TINIT-/, '');
  return FISCAL_CODE.test(code) || COMPANY_CODE.test(code) ? code : null;
}
