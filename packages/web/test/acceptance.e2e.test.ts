// Issue 4 acceptance, in the system Chromium against `performa serve --demo`: log in, import
// foggia-2021.json, read 98,40 % and OP.02.01.01 (97,81 %, its indicators, "perché"), enter a value
// and see its objective move, submit, validate as the dirigente, return another value with a
// comment and read it as the referente. axe-core runs on every screen visited.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, login, seriousViolations } from '../scripts/lib/browser.mjs';
import { ROOT } from '../scripts/lib/serve.mjs';
import { startDemoApp } from './app.js';

const app = startDemoApp();
let planPath = '';
const period = '2021';
const violations: Record<string, unknown[]> = {};

async function axe(page: Page, screen: string) {
  const found = await seriousViolations(page);
  if (found.length) violations[screen] = found;
}

describe('web app: the acceptance scenario of issue 4', { timeout: 120_000 }, () => {
  it('logs in, imports foggia-2021.json and reads the dashboard, the objective card and its explanation', async () => {
    const { context, page } = await app.newUser();
    await page.goto('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.getByText('Account dimostrativi').waitFor();
    await axe(page, 'login');
    await login(page, DEMO.controllo);

    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Importa / esporta' }).click();
    await page.getByLabel('File performa/1 (JSON)').setInputFiles(path.join(ROOT, 'fixtures/foggia-2021.json'));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await axe(page, 'importa');
    const replace = page.getByLabel(/Sostituisci il piano/);
    if (await replace.count()) await replace.check({ force: true });
    await page.getByRole('button', { name: 'Conferma importazione' }).click();
    await page.getByTestId('import-done').waitFor();
    await page.getByRole('link', { name: 'Apri il cruscotto' }).click();

    const entity = page.getByTestId('entity-score');
    await expect.poll(() => entity.innerText()).toContain('98,40 %');
    expect(await entity.innerText()).toContain('Raggiunto');
    planPath = new URL(page.url()).pathname.replace(/\/cruscotto$/, '');
    await axe(page, 'cruscotto');

    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Albero della performance' }).click();
    await page.getByLabel('Cerca per codice o nome').fill('OP.02.01.01');
    await axe(page, 'albero');
    await page.getByTestId('tree-viewport').getByRole('link', { name: /OP\.02\.01\.01/ }).click();
    const card = page.getByTestId('objective-card');
    await card.waitFor();
    expect(await page.getByTestId('objective-score').innerText()).toContain('97,81 %');
    const table = page.getByTestId('indicator-table');
    expect(await table.innerText()).toContain('Tasso di evasione delle pratiche telematiche');
    expect(await table.innerText()).toContain('≥ 73,00 %');
    expect(await table.innerText()).toContain('69,80 %');
    expect(await table.innerText()).toContain('Entro 31/03/2021');
    await page.getByRole('button', { name: 'Perché 97,81 %?' }).click();
    const explain = page.getByTestId('explain');
    await explain.waitFor();
    expect(await explain.innerText()).toContain('Media ponderata di 2 indicatori');
    expect(await explain.innerText()).toContain('97,81 %');
    await axe(page, 'scheda-obiettivo');

    await table.getByRole('link', { name: /Tasso di evasione/ }).click();
    await page.getByTestId('measurement-history').waitFor();
    await axe(page, 'scheda-indicatore');

    for (const [screen, heading] of [['monitoraggio', 'Monitoraggio'], ['metodologia', 'Metodologia (SMVP)'], ['versioni', 'Versioni del piano'], ['periodi', 'Periodi'], ['neutralizzazioni', 'Neutralizzazioni'], ['dati-mancanti', 'Dati mancanti']] as const) {
      await page.goto(`${planPath}/${screen}?periodo=${period}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await axe(page, screen);
    }
    await context.close();
  });

  it('enters values as the referente: the objective score changes; submits two values', async () => {
    const { context, page } = await app.newUser();
    await login(page, DEMO.referente);
    await page.goto(`${planPath}/rilevazione?periodo=${period}`);
    const form = page.getByTestId('entry-OP.02.01.02-I1');
    await form.waitFor();
    await axe(page, 'rilevazione');
    const score = form.getByTestId('score-OP.02.01.02');
    const before = await score.innerText();
    expect(before).toMatch(/^\d+,\d\d %$/);

    await form.getByLabel('Valore', { exact: true }).check({ force: true });
    await form.getByLabel(/^Valore \(/).fill('abc');
    await form.getByRole('button', { name: 'Salva bozza' }).click();
    await form.getByText('Il valore deve essere un numero').waitFor();
    await form.getByLabel(/^Valore \(/).fill('3,5');
    await form.getByRole('button', { name: 'Salva bozza' }).click();
    await expect.poll(() => page.getByTestId('entry-OP.02.01.02-I1').getByTestId('score-OP.02.01.02').innerText()).not.toBe(before);
    await page.getByTestId('entry-OP.02.01.02-I1').getByRole('button', { name: 'Invia al dirigente' }).click();
    await expect.poll(() => page.getByTestId('entry-OP.02.01.02-I1').locator('[data-state]').first().getAttribute('data-state')).toBe('inviato');

    const second = page.getByTestId('entry-OP.02.01.02-I2');
    await second.getByLabel('Numeratore / denominatore').check({ force: true });
    await second.getByLabel('Numeratore', { exact: true }).fill('7');
    await second.getByLabel('Denominatore', { exact: true }).fill('13');
    expect(await second.getByTestId('ratio').innerText()).toContain('53,85 %');
    await second.getByRole('button', { name: 'Salva bozza' }).click();
    await page.getByTestId('entry-OP.02.01.02-I2').getByRole('button', { name: 'Invia al dirigente' }).click();
    await expect.poll(() => page.getByTestId('entry-OP.02.01.02-I2').locator('[data-state]').first().getAttribute('data-state')).toBe('inviato');
    await context.close();
  });

  it('validates one value and returns the other with a comment as the dirigente; the referente reads the comment', async () => {
    const d = await app.newUser();
    await login(d.page, DEMO.dirigente);
    await d.page.goto(`${planPath}/validazione?periodo=${period}`);
    const first = d.page.getByTestId('queue-OP.02.01.02-I1');
    await first.waitFor();
    await axe(d.page, 'validazione');
    await first.getByRole('button', { name: 'Valida' }).click();
    await first.waitFor({ state: 'detached' });
    const other = d.page.getByTestId('queue-OP.02.01.02-I2');
    await other.getByRole('button', { name: 'Restituisci' }).click();
    await other.getByLabel(/Commento per il referente/).fill('Il denominatore non corrisponde al numero delle associazioni: ricontrollare.');
    await other.getByRole('button', { name: 'Restituisci con commento' }).click();
    await other.waitFor({ state: 'detached' });
    await d.context.close();

    const r = await app.newUser();
    await login(r.page, DEMO.referente);
    await r.page.goto(`${planPath}/rilevazione?periodo=${period}`);
    const returned = r.page.getByTestId('entry-OP.02.01.02-I2');
    await returned.waitFor();
    expect(await returned.getByTestId('returned-comment').innerText()).toContain('Il denominatore non corrisponde');
    expect(await returned.locator('[data-state]').first().getAttribute('data-state')).toBe('restituito');
    expect(await r.page.getByTestId('entry-OP.02.01.02-I1').locator('[data-state]').first().getAttribute('data-state')).toBe('validato');
    await r.context.close();
  });

  it('has no serious or critical axe-core violation on any screen', () => {
    expect(violations).toEqual({});
  });
});
