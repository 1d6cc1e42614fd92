import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, type Store } from '@performa/storage';
import { createDemoAccounts, DEMO_ACCOUNTS } from '../../src/auth/demo-accounts.js';
import { loadFixture } from '../../../storage/test/documents.js';
import { testApp } from './test-app.js';
import { openTestStore } from './test-db.js';

let store: Store;
let demo: FastifyInstance;
let normal: FastifyInstance;

beforeAll(async () => {
  store = await openTestStore();
  // Two of the three demo entities: grants go only to the entities present.
  await importPlan(store, loadFixture('foggia-2021.json'));
  await importPlan(store, loadFixture('bergamo-2022-plan.json'));
  expect(await createDemoAccounts(store)).toBe(6);
  await createDemoAccounts(store); // idempotent
  demo = await testApp(store, { demo: true });
  normal = await testApp(store, { demo: false });
});
afterAll(async () => {
  await demo?.close();
  await normal?.close();
  await store?.close();
});

describe('demo accounts', () => {
  it('are listed on the login page in demo mode only', async () => {
    const listed = (await demo.inject({ method: 'GET', url: '/api/auth/demo-accounts' })).json();
    expect(listed.map((a: { role: string }) => a.role)).toEqual(['amministratore', 'controllo', 'dirigente', 'referente', 'oiv', 'lettore']);
    expect(listed.find((a: { role: string }) => a.role === 'controllo').email).toBe('controllo@demo.performa.it');
    expect((await demo.inject({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({ demo: true, user: null });
    expect((await normal.inject({ method: 'GET', url: '/api/auth/demo-accounts' })).json()).toEqual([]);
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a]))('%s logs in with the password "demo"', async (email, account) => {
    const response = await demo.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'demo' } });
    expect(response.statusCode).toBe(200);
    const roles = response.json().user.roles;
    if (account.units.length > 0) {
      expect(roles).toEqual([{ entityId: 'cciaa-foggia', role: account.role, units: account.units }]);
    } else {
      expect(roles).toEqual([
        { entityId: 'cciaa-bergamo', role: account.role, units: [] },
        { entityId: 'cciaa-foggia', role: account.role, units: [] },
      ]);
    }
  });

  it('scope the dirigente and the referente to real units of Foggia', async () => {
    const { rows } = await store.pool.query(
      `SELECT u.key, u.parent FROM units u JOIN plans p ON p.id = u.plan_id WHERE p.entity_id = 'cciaa-foggia' AND u.key IN ('area-anagrafe-regolazione', 'svc-regolazione')`,
    );
    expect(rows).toContainEqual({ key: 'svc-regolazione', parent: 'area-anagrafe-regolazione' });
    expect(rows).toContainEqual({ key: 'area-anagrafe-regolazione', parent: null });
  });
});
