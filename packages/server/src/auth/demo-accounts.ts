import type { RoleCode } from '@performa/api';
import type { Store } from '@performa/storage';
import { hashPassword } from './password.js';
import { grantRole, upsertUser, type Db } from './users.js';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo';

/** The entities of the public fixtures (fixtures/*.json) that the demo loads. */
export const DEMO_ENTITIES = ['cciaa-foggia', 'cciaa-bergamo', 'cciaa-riviere-di-liguria'] as const;

export interface DemoAccountDef {
  email: string;
  name: string;
  role: RoleCode;
  /** The entity the login page shows for it; entity-wide roles hold the same role in every demo entity. */
  entityId: string;
  units: string[];
  description: string;
}

const FOGGIA = 'cciaa-foggia';

/**
 * One account per role. Dirigente and referente are scoped to real units of Foggia: the
 * dirigente leads the "Area anagrafe e regolazione" (its two services below), the referente enters
 * values for one of them, so each sees only part of the plan.
 */
export const DEMO_ACCOUNTS: readonly DemoAccountDef[] = [
  {
    email: 'amministratore@demo.performa.it', name: 'Anna Amministratrice', role: 'amministratore', entityId: FOGGIA, units: [],
    description: 'Gestisce utenti, enti e impostazioni degli enti dimostrativi.',
  },
  {
    email: 'controllo@demo.performa.it', name: 'Carlo Controllo', role: 'controllo', entityId: FOGGIA, units: [],
    description: 'Controllo di gestione: modifica piano, metodologia e target; apre e chiude i periodi.',
  },
  {
    email: 'dirigente@demo.performa.it', name: 'Diana Dirigente', role: 'dirigente', entityId: FOGGIA, units: ['area-anagrafe-regolazione'],
    description: "Dirigente dell'Area Servizi anagrafico-certificativi e Regolazione del mercato (Foggia): valida o restituisce i valori dei suoi servizi.",
  },
  {
    email: 'referente@demo.performa.it', name: 'Renato Referente', role: 'referente', entityId: FOGGIA, units: ['svc-regolazione'],
    description: 'Referente del Servizio Regolazione del Mercato e Tutela del Consumatore (Foggia): inserisce e invia i valori dei suoi indicatori.',
  },
  {
    email: 'oiv@demo.performa.it', name: 'Olga OIV', role: 'oiv', entityId: FOGGIA, units: [],
    description: 'Organismo indipendente di valutazione: legge tutto, scrive osservazioni e validazione.',
  },
  {
    email: 'lettore@demo.performa.it', name: 'Luca Lettore', role: 'lettore', entityId: FOGGIA, units: [],
    description: 'Giunta: legge tutto l’ente, senza modificare.',
  },
];

/** The list for the login page (demo mode only): every demo account, password "demo". */
export const demoAccountList = (): DemoAccountDef[] => DEMO_ACCOUNTS.map((a) => ({ ...a, units: [...a.units] }));

/**
 * Creates (or resets) the demo accounts with the password "demo", granting their roles on the
 * demo entities present in the database: entity-wide roles in each of them, unit-scoped roles in
 * Foggia only. Call after the demo plans are imported. Returns the number of accounts.
 */
export async function createDemoAccounts(store: Pick<Store, 'pool'>): Promise<number> {
  const db: Db = store.pool;
  const { rows } = await db.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY($1)', [[...DEMO_ENTITIES]]);
  const present = new Set(rows.map((r) => r.id));
  for (const account of DEMO_ACCOUNTS) {
    const { id } = await upsertUser(db, { email: account.email, name: account.name, passwordHash: await hashPassword(DEMO_PASSWORD) });
    const entities = account.units.length > 0 ? [account.entityId] : DEMO_ENTITIES;
    for (const entityId of entities) {
      if (present.has(entityId)) await grantRole(db, id, { entityId, role: account.role, units: account.units });
    }
  }
  return DEMO_ACCOUNTS.length;
}
