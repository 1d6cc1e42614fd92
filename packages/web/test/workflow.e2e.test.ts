// Issue 5 in the browser: plan versions (adoption, rimodulazione, side-by-side comparison), period
// locking (close, the referente cannot write, reopen with a reason), override approval (proposal,
// OIV approval, the computed score beside the override).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, login, seriousViolations } from '../scripts/lib/browser.mjs';
import { startDemoApp } from './app.js';

const app = startDemoApp();
let planPath = '';
const period = '2021';

async function foggia(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Ente', { exact: true }).selectOption('cciaa-foggia');
  await page.getByTestId('entity-score').waitFor();
  return new URL(page.url()).pathname.replace(/\/cruscotto$/, '');
}

describe('web app: the workflow of issue 5', { timeout: 120_000 }, () => {
  it('adopts the plan, makes a new version with a revised target and compares the two side by side', async () => {
    const { context, page } = await app.newUser();
    await login(page, DEMO.controllo);
    planPath = await foggia(page);
    await page.goto(`${planPath}/versioni?periodo=${period}`);
    await page.getByTestId('plan-state').waitFor();
    if ((await page.getByTestId('plan-state').innerText()).includes('Bozza')) {
      await page.getByLabel(/Atto di adozione/).fill('Delibera di Giunta n. 14');
      await page.getByLabel('Data', { exact: true }).first().fill('2021-02-01');
      await page.getByRole('button', { name: 'Adotta il piano' }).click();
      await expect.poll(() => page.getByTestId('plan-state').innerText()).toContain('Adottato');
    }
    const versionsBefore = await page.getByTestId('versions-table').locator('tbody tr').count();
    await page.getByLabel('Obiettivo (codice)').fill('OP.02.01.01');
    await page.getByLabel('Indicatore', { exact: true }).fill('OP.02.01.01-I2');
    await page.getByLabel('Forma').selectOption('>=');
    await page.getByLabel('Target', { exact: true }).fill('70');
    await page.getByLabel('Motivazione').fill('Carenza di personale nel secondo semestre');
    await page.getByLabel('Atto', { exact: true }).fill('Delibera di Giunta n. 52 del 15/07/2021');
    await page.locator('#rim-actDate').fill('2021-07-15');
    await page.getByRole('button', { name: 'Crea la nuova versione' }).click();
    await expect.poll(() => page.getByTestId('versions-table').locator('tbody tr').count()).toBe(versionsBefore + 1);
    const compare = page.getByTestId('compare-table');
    await compare.waitFor();
    const text = await compare.innerText();
    expect(text).toContain('OP.02.01.01');
    expect(text).toContain('≥ 73,00');
    expect(text).toContain('≥ 70,00');
    expect(text).toContain('Carenza di personale');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('closes the period: the referente cannot write; reopening needs a reason and is recorded', async () => {
    const c = await app.newUser();
    await login(c.page, DEMO.controllo);
    await c.page.goto(`${planPath}/periodi?periodo=${period}`);
    const row = c.page.getByTestId(`period-${period}`);
    await row.getByRole('button', { name: 'Chiudi periodo' }).click();
    await expect.poll(() => row.innerText()).toContain('chiuso');

    const r = await app.newUser();
    await login(r.page, DEMO.referente);
    await r.page.goto(`${planPath}/rilevazione?periodo=${period}`);
    await r.page.getByText(`Il periodo ${period} è chiuso`).waitFor();
    expect(await r.page.getByRole('button', { name: 'Salva bozza' }).count()).toBe(0);

    await row.getByRole('button', { name: 'Riapri' }).click();
    await row.getByLabel('Motivo della riapertura').fill('Correzione di un dato errato segnalata dall’OIV');
    await row.getByRole('button', { name: 'Conferma' }).click();
    await expect.poll(() => row.innerText()).toContain('Correzione di un dato errato');
    await row.getByRole('button', { name: 'Storico delle modifiche' }).click();
    await expect.poll(() => c.page.getByTestId('history-period').innerText()).toContain('Correzione di un dato errato');
    expect(await seriousViolations(c.page)).toEqual([]);

    await r.page.reload();
    await r.page.getByRole('button', { name: 'Salva bozza' }).first().waitFor();
    await c.context.close();
    await r.context.close();
  });

  it('proposes an override, the OIV approves it, and the computed score stays beside it', async () => {
    const c = await app.newUser();
    await login(c.page, DEMO.controllo);
    await c.page.goto(`${planPath}/neutralizzazioni?periodo=${period}`);
    await c.page.getByLabel('Obiettivo (codice)').fill('OP.02.01.02');
    await c.page.getByLabel('Punteggio (%)').fill('100');
    await c.page.getByLabel('Motivazione').fill('Indicatore dipendente da dati Infocamere non disponibili');
    await c.page.getByRole('button', { name: 'Proponi' }).click();
    const row = c.page.getByTestId('override-OP.02.01.02');
    await row.waitFor();
    expect(await row.innerText()).toContain('Proposta');
    await c.context.close();

    const o = await app.newUser();
    await login(o.page, DEMO.oiv);
    await o.page.goto(`${planPath}/neutralizzazioni?periodo=${period}`);
    const orow = o.page.getByTestId('override-OP.02.01.02');
    await orow.getByRole('button', { name: 'Approva' }).click();
    await expect.poll(() => orow.innerText()).toContain('Approvata');
    const text = await orow.innerText();
    expect(text).toContain('100,00 %');
    // The computed score stays beside the override: two percentages in the row.
    expect(text.match(/\d+,\d\d %/g)).toHaveLength(2);
    expect(await seriousViolations(o.page)).toEqual([]);

    await o.page.goto(`${planPath}/obiettivi/OP.02.01.02?periodo=${period}`);
    const score = o.page.getByTestId('objective-score');
    await expect.poll(() => score.innerText()).toContain('100,00 %');
    expect(await score.innerText()).toContain('Calcolato');
    await o.context.close();
  });

  it('shows the current value on a 409: two people saving the same value from the same version', async () => {
    const a = await app.newUser();
    const b = await app.newUser();
    await Promise.all([login(a.page, DEMO.referente), login(b.page, DEMO.referente)]);
    await Promise.all([a.page.goto(`${planPath}/rilevazione?periodo=${period}`), b.page.goto(`${planPath}/rilevazione?periodo=${period}`)]);
    const fa = a.page.getByTestId('entry-OP.02.01.02-I3');
    const fb = b.page.getByTestId('entry-OP.02.01.02-I3');
    await Promise.all([fa.waitFor(), fb.waitFor()]);
    await fa.getByLabel(/^Valore \(/).fill('5');
    await fa.getByRole('button', { name: 'Salva bozza' }).click();
    await a.page.getByTestId('entry-OP.02.01.02-I3').locator('[data-state=bozza]').waitFor();
    await fb.getByLabel(/^Valore \(/).fill('6');
    await fb.getByRole('button', { name: 'Salva bozza' }).click();
    const conflict = b.page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('5,00 N.');
    await a.context.close();
    await b.context.close();
  });
});
