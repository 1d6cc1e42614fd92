// Steps shared by the screenshots: find the demo plan of Foggia, and put some work in the cycle
// (a submitted value waiting for validation, a proposed override) so every screen has real data.
import { DEMO, login, newUserPage } from './browser.mjs';

/** The path of Foggia's plan (`/e/cciaa-foggia/<plan>`) and its annual period. */
export async function foggiaPlan(browser, url) {
  const { context, page } = await newUserPage(browser, url);
  await login(page, DEMO.controllo);
  await page.goto('/');
  await page.getByLabel('Ente', { exact: true }).selectOption('cciaa-foggia');
  await page.getByTestId('entity-score').waitFor();
  const u = new URL(page.url());
  await context.close();
  return { planPath: u.pathname.replace(/\/cruscotto$/, ''), period: u.searchParams.get('periodo') ?? '2021' };
}

/** Through the UI: the referente submits a value, the controllo proposes an override. */
export async function prepareWorkflow(browser, url, planPath, period) {
  {
    const { context, page } = await newUserPage(browser, url);
    await login(page, DEMO.referente);
    await page.goto(`${planPath}/rilevazione?periodo=${period}`);
    const form = page.getByTestId('entry-OP.02.01.02-I2');
    await form.waitFor();
    await form.getByLabel('Numeratore / denominatore').check({ force: true });
    await form.getByLabel('Numeratore', { exact: true }).fill('6');
    await form.getByLabel('Denominatore', { exact: true }).fill('13');
    await form.getByRole('button', { name: 'Salva bozza' }).click();
    await page.getByTestId('entry-OP.02.01.02-I2').getByRole('button', { name: 'Invia al dirigente' }).click();
    await page.getByTestId('entry-OP.02.01.02-I2').locator('[data-state=inviato]').waitFor();
    await context.close();
  }
  {
    const { context, page } = await newUserPage(browser, url);
    await login(page, DEMO.controllo);
    await page.goto(`${planPath}/neutralizzazioni?periodo=${period}`);
    await page.getByLabel('Obiettivo (codice)').fill('OP.02.01.01');
    await page.getByLabel('Indicatore (facoltativo)').fill('OP.02.01.01-I2');
    await page.getByLabel('Punteggio (%)').fill('100');
    await page.getByLabel('Motivazione').fill('Picco di pratiche dovuto alla proroga dei bilanci: causa esterna');
    await page.getByRole('button', { name: 'Proponi' }).click();
    await page.getByTestId('override-OP.02.01.01-OP.02.01.01-I2').waitFor();
    await context.close();
  }
}

/** On the Versioni page as the controllo: adopts the plan if still a draft, then revises a target (new version). */
export async function reviseTarget(page) {
  await page.getByTestId('plan-state').waitFor();
  if ((await page.getByTestId('plan-state').innerText()).includes('Bozza')) {
    await page.getByRole('button', { name: 'Adotta il piano' }).click();
    await page.getByText('Rimodulazione del target').waitFor();
  }
  await page.getByLabel('Obiettivo (codice)').fill('OP.02.01.01');
  await page.getByLabel('Indicatore', { exact: true }).fill('OP.02.01.01-I2');
  await page.getByLabel('Target', { exact: true }).fill('70');
  await page.getByLabel('Motivazione').fill('Carenza di personale nel secondo semestre');
  await page.getByLabel('Atto', { exact: true }).fill('Delibera di Giunta n. 52 del 15/07/2021');
  await page.locator('#rim-actDate').fill('2021-07-15');
  await page.getByRole('button', { name: 'Crea la nuova versione' }).click();
}
