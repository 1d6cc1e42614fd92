import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importPlan, planKeyOf, type Store } from '@performa/storage';
import { addUser } from '../../src/auth/accounts.js';
import { sendAllReminders, sendReminders } from '../../src/auth/reminders/send.js';
import { smtpSettingsFromEnv, type SmtpSettings } from '../../src/auth/reminders/smtp.js';
import { loadFixture } from '../../../storage/test/documents.js';
import { startSmtpServer } from './smtp-test-server.js';
import { openTestStore } from './test-db.js';

/** Reminder digests sent to a real SMTP server, checked by recipient, subject and body. */
let store: Store;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let settings: SmtpSettings;

const foggia = loadFixture('foggia-2021.json');
/** Values removed from the imported plan: these become "dati mancanti". */
const MISSING_OBJECTIVES = ['OP.02.01.01', 'OP.01.02.02', 'OP.03.03.01'];
const indicatorsOf = (objective: string) => (foggia.assignments ?? []).filter((a) => a.objective === objective).map((a) => a.indicator);

beforeAll(async () => {
  store = await openTestStore();
  await importPlan(store, foggia);
  const missing = MISSING_OBJECTIVES.flatMap(indicatorsOf);
  await store.pool.query('DELETE FROM measurements WHERE entity_id = $1 AND indicator = ANY ($2)', ['cciaa-foggia', missing]);
  // The period's due date, where the server's "dati mancanti" query reads it (migration 0002).
  await store.pool.query('INSERT INTO period_workflow (entity_id, plan_key, period, due_date) VALUES ($1, $2, $3, $4)', [
    'cciaa-foggia', planKeyOf(foggia), '2021', '2022-01-31',
  ]);
  const add = (email: string, role: string, units: string[] = [], name?: string) =>
    addUser(store, { email, role, entityId: 'cciaa-foggia', units, name: name ?? null });
  await add('ref.regolazione@foggia.it', 'referente', ['svc-regolazione'], 'Renato Regolazione');
  await add('ref.anagrafe@foggia.it', 'referente', ['svc-anagrafe'], 'Anna Anagrafe');
  await add('ref.performance@foggia.it', 'referente', ['svc-performance']);
  await add('dir.anagrafe@foggia.it', 'dirigente', ['area-anagrafe-regolazione'], 'Diana Dirigente');
  await add('dir.supporto@foggia.it', 'dirigente', ['area-assistenza-supporto']);
  await add('dir.digitale@foggia.it', 'dirigente', ['svc-transizione-digitale']);
  await add('giunta@foggia.it', 'lettore');
  await add('ex.referente@foggia.it', 'referente', ['svc-anagrafe']);
  await store.pool.query(`UPDATE users SET disabled = true WHERE email = 'ex.referente@foggia.it'`);
  smtp = await startSmtpServer();
  settings = smtpSettingsFromEnv({ PERFORMA_SMTP_URL: smtp.url, PERFORMA_SMTP_FROM: 'Performa <performa@foggia.camcom.it>', PERFORMA_PUBLIC_URL: 'https://performa.foggia.it/' })!;
});
afterAll(async () => {
  await smtp?.close();
  await store?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

const mailTo = (email: string) => smtp.received.find((m) => m.envelopeTo.includes(email));
const request = { entityId: 'cciaa-foggia', planId: planKeyOf(foggia)!, period: '2021' };

describe('reminder digests (smtp-server, the server\'s "dati mancanti" query)', () => {
  it('before the due date reminds each referente of the values missing in their units, and nobody else', async () => {
    const report = await sendReminders(store, { ...request, today: '2022-01-10', smtp: settings });
    expect(report.failed).toEqual([]);
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(['ref.anagrafe@foggia.it', 'ref.performance@foggia.it', 'ref.regolazione@foggia.it']);

    const regolazione = mailTo('ref.regolazione@foggia.it')!;
    const n = indicatorsOf('OP.01.02.02').length;
    expect(regolazione.envelopeFrom).toBe('performa@foggia.camcom.it');
    expect(regolazione.from).toContain('performa@foggia.camcom.it');
    expect(regolazione.subject).toBe(`Performa – Promemoria: ${n} ${n === 1 ? 'valore' : 'valori'} da inserire per il periodo 2021 entro il 31/01/2022`);
    expect(regolazione.text).toContain('Gentile Renato Regolazione,');
    expect(regolazione.text).toContain('Camera di Commercio di Foggia');
    expect(regolazione.text).toContain('La scadenza è il 31/01/2022 (tra 21 giorni).');
    expect(regolazione.text).toContain('Servizio Regolazione del Mercato e Tutela del Consumatore');
    for (const indicator of indicatorsOf('OP.01.01.01')) expect(regolazione.text).not.toContain(`${indicator} `);
    for (const indicator of indicatorsOf('OP.01.02.02')) expect(regolazione.text).toContain(`  - ${indicator} `);
    for (const indicator of indicatorsOf('OP.02.01.01')) expect(regolazione.text).not.toContain(indicator);
    expect(regolazione.text).toContain('https://performa.foggia.it/');

    const anagrafe = mailTo('ref.anagrafe@foggia.it')!;
    for (const indicator of indicatorsOf('OP.02.01.01')) expect(anagrafe.text).toContain(`  - ${indicator} `);
    expect(anagrafe.text).toContain('non inserito');
  });

  it('after the due date escalates: a sollecito to referenti and a digest to the dirigente of their subtree', async () => {
    const report = await sendReminders(store, { ...request, today: '2022-02-10', smtp: settings });
    expect(report.sent.map((m) => m.to).sort()).toEqual([
      'dir.anagrafe@foggia.it', 'dir.supporto@foggia.it', 'ref.anagrafe@foggia.it', 'ref.performance@foggia.it', 'ref.regolazione@foggia.it',
    ]);
    expect(mailTo('ref.regolazione@foggia.it')!.subject).toMatch(/^Performa – SOLLECITO: \d+ valori? ancora mancant[ei] per il periodo 2021 \(scadenza 31\/01\/2022 superata\)$/);
    expect(mailTo('ref.regolazione@foggia.it')!.text).toContain('La scadenza del 31/01/2022 è passata da 10 giorni.');
    expect(mailTo('ref.regolazione@foggia.it')!.text).toContain('Il dirigente responsabile è stato informato del ritardo.');

    const dirigente = mailTo('dir.anagrafe@foggia.it')!;
    const expected = indicatorsOf('OP.01.02.02').length + indicatorsOf('OP.02.01.01').length;
    expect(dirigente.subject).toBe(`Performa – Dati mancanti scaduti nelle sue unità: ${expected} valori per il periodo 2021`);
    expect(dirigente.text).toContain('Gentile Diana Dirigente,');
    expect(dirigente.text).toContain('Servizio Regolazione del Mercato e Tutela del Consumatore');
    expect(dirigente.text).toContain('Servizio Servizi Anagrafici e certificativi');
    expect(dirigente.text).not.toContain(indicatorsOf('OP.03.03.01')[0]!);
    // OP.03.03.01 involves Compliance e Risorse umane, in the other area.
    expect(mailTo('dir.supporto@foggia.it')!.text).toContain('Servizio Compliance e Risorse umane');
    expect(mailTo('dir.supporto@foggia.it')!.text).toContain(indicatorsOf('OP.03.03.01')[0]!);
    // Nothing missing under the last dirigente's unit; nothing for readers or disabled accounts.
    for (const nobody of ['dir.digitale@foggia.it', 'giunta@foggia.it', 'ex.referente@foggia.it']) expect(mailTo(nobody)).toBeUndefined();
  });

  it('labels the entry states of the rows (a value returned by the dirigente)', async () => {
    const report = await sendReminders(store, {
      ...request, today: '2022-01-30', smtp: settings,
      missing: async () => [{
        period: '2021', unit: { id: 'svc-regolazione', name: 'Servizio Regolazione' }, indicator: { id: 'IND-1', name: 'Tempi medi' },
        state: 'restituito', dueDate: '2022-01-31', overdue: false, daysLate: null,
      }],
    });
    expect(report.sent.map((s) => s.to)).toEqual(['ref.regolazione@foggia.it']);
    const mail = mailTo('ref.regolazione@foggia.it')!;
    expect(mail.subject).toBe('Performa – Promemoria: 1 valore da inserire per il periodo 2021 entro il 31/01/2022');
    expect(mail.text).toContain('  - IND-1 Tempi medi (restituito, da correggere e reinviare)');
    expect(mail.text).toContain('(tra 1 giorno)');
  });

  it('as a daily job covers the open periods of every current plan', async () => {
    const report = await sendAllReminders(store, { today: '2022-02-10', smtp: settings });
    expect(report.failed).toEqual([]);
    expect(report.sent).toHaveLength(5);
    expect(mailTo('dir.anagrafe@foggia.it')).toBeDefined();
  });

  it('sends nothing when SMTP is not configured', async () => {
    const report = await sendReminders(store, { ...request, smtp: smtpSettingsFromEnv({}) });
    expect(report).toMatchObject({ configured: false, sent: [] });
    expect(smtp.received).toHaveLength(0);
  });
});
