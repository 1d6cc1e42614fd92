#!/usr/bin/env node
// `npm run screenshots`: starts `performa serve --demo` on a temporary database, walks every screen
// as the demo users and writes one PNG per screen, 1440 px wide, into docs/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO, launchBrowser, login, newUserPage } from './lib/browser.mjs';
import { ROOT, startServer } from './lib/serve.mjs';
import { foggiaPlan, prepareWorkflow, reviseTarget } from './lib/scenario.mjs';

const OUT = path.join(ROOT, 'docs/screenshots');
const SAMPLE_PREMESSA = `La Relazione sulla performance 2021 rendiconta i risultati organizzativi e individuali raggiunti rispetto agli obiettivi del **Piano della performance 2021-2023**.

### Riferimenti
- Piano della performance 2021-2023, *Delibera di Giunta n. 14*;
- Sistema di misurazione e valutazione della performance (SMVP) vigente.

Ogni numero è calcolato da Performa dai dati rilevati.`;
mkdirSync(OUT, { recursive: true });

const server = await startServer();
const browser = await launchBrowser();
const shots = [];
/** @param {import('playwright-core').Page} page @param {string} name */
async function shot(page, name, { full = true, idle = true } = {}) {
  // (A sandboxed srcdoc frame — the document preview — never reports "network idle" to Playwright.)
  if (idle) await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400); // charts finish their entry animation
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: full });
  shots.push(file);
  process.stdout.write(`  ${path.relative(ROOT, file)}\n`);
}

try {
  // Login, anonymous.
  {
    const { context, page } = await newUserPage(browser, server.url);
    await page.goto('/login');
    await page.getByText('Account dimostrativi').waitFor();
    await shot(page, '01-login');
    await context.close();
  }
  const { planPath, period } = await foggiaPlan(browser, server.url);
  const at = (p) => `${planPath}/${p}${p.includes('?') ? '&' : '?'}periodo=${period}`;
  await prepareWorkflow(browser, server.url, planPath, period);

  const { context, page } = await newUserPage(browser, server.url);
  await login(page, DEMO.controllo);
  await page.goto(at('cruscotto'));
  await page.getByTestId('entity-score').waitFor();
  await shot(page, '02-cruscotto');

  await page.goto(at('albero'));
  await page.getByTestId('tree-viewport').waitFor();
  await page.getByRole('button', { name: 'Espandi tutto' }).click();
  await shot(page, '03-albero', { full: false });
  await page.getByRole('button', { name: 'Grafico' }).click();
  await shot(page, '04-albero-grafico', { full: false });

  await page.goto(at('obiettivi/OP.02.01.01'));
  await page.getByTestId('objective-card').waitFor();
  await page.getByRole('button', { name: /Perché/ }).click();
  await page.getByTestId('explain').waitFor();
  await shot(page, '05-scheda-obiettivo');

  await page.getByTestId('indicator-table').getByRole('link').nth(1).click();
  await page.getByTestId('measurement-history').waitFor();
  await shot(page, '06-scheda-indicatore');

  await page.goto(at('monitoraggio'));
  await page.getByTestId('monitoring-table').waitFor();
  await shot(page, '09-monitoraggio', { full: false });

  await page.goto(at('metodologia'));
  await page.getByTestId('opt-atMost').waitFor();
  await page.getByLabel(/Rapporto: target \/ consuntivo/).check({ force: true });
  await page.getByTestId('preview-entity').waitFor();
  await shot(page, '10-metodologia');

  await page.goto(at('importa'));
  await page.setInputFiles('#imp-file', path.join(ROOT, 'fixtures/foggia-2021.json'));
  await page.getByTestId('import-preview').waitFor();
  await shot(page, '11-importa');

  await page.goto(at('periodi'));
  await page.getByTestId('periods-table').waitFor();
  await shot(page, '13-periodi');

  // Documents: a narrative written in the editor, then a Relazione in PDF and in HTML (previewed).
  await page.goto(at('documenti/testi'));
  const premessa = page.getByTestId('narrative-premessa');
  await premessa.getByRole('textbox', { name: 'Premessa' }).fill(SAMPLE_PREMESSA);
  await premessa.getByRole('button', { name: 'Salva: Premessa' }).click();
  await premessa.getByText('Salvato').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '17-testi-documento', { full: false });

  await page.goto(at('documenti'));
  const gen = page.getByRole('region', { name: 'Genera un documento' });
  const rows = page.getByTestId('documents-table').locator('tbody tr');
  for (const format of ['pdf', 'html']) {
    const before = await rows.count();
    await gen.getByLabel('Formato').selectOption(format);
    await gen.getByRole('button', { name: 'Genera', exact: true }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=documents-table] tbody tr').length > n, before);
  }
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=documents-table] tbody tr')];
    return rows.length >= 2 && rows.every((r) => r.getAttribute('data-status') === 'done');
  }, undefined, { timeout: 90_000 });
  await page.getByTestId('documents-table').getByRole('button', { name: /^Anteprima/ }).first().click();
  await page.frameLocator('[data-testid=document-preview] iframe').locator('body').getByText('Premessa').first().waitFor();
  await shot(page, '16-documenti', { idle: false });

  await page.goto(at('dati-mancanti'));
  await page.getByRole('heading', { level: 1, name: 'Dati mancanti' }).waitFor();
  await page.getByLabel('Ente', { exact: true }).selectOption('cciaa-bergamo'); // a plan still to be measured
  await page.waitForURL(/cciaa-bergamo/);
  await page.getByRole('heading', { level: 1, name: 'Dati mancanti' }).waitFor();
  await shot(page, '15-dati-mancanti', { full: false });
  await context.close();

  {
    const { context: c, page: p } = await newUserPage(browser, server.url);
    await login(p, DEMO.referente);
    await p.goto(at('rilevazione'));
    await p.getByRole('heading', { level: 1, name: 'Rilevazione' }).waitFor();
    await p.locator('form.panel').first().waitFor();
    await shot(p, '07-rilevazione', { full: false });
    await c.close();
  }
  {
    const { context: c, page: p } = await newUserPage(browser, server.url);
    await login(p, DEMO.dirigente);
    await p.goto(at('validazione'));
    await p.getByRole('heading', { level: 1, name: 'Validazione' }).waitFor();
    await p.waitForLoadState('networkidle');
    await shot(p, '08-validazione');
    await c.close();
  }
  {
    const { context: c, page: p } = await newUserPage(browser, server.url);
    await login(p, DEMO.oiv);
    await p.goto(at('neutralizzazioni'));
    await p.getByRole('heading', { level: 1, name: 'Neutralizzazioni' }).waitFor();
    await shot(p, '14-neutralizzazioni');
    await c.close();
  }
  {
    // Last, because it changes the scores: adoption and a rimodulazione, then the versions side by side.
    const { context: c, page: p } = await newUserPage(browser, server.url);
    await login(p, DEMO.controllo);
    await p.goto(at('versioni'));
    await reviseTarget(p);
    await p.getByTestId('compare-table').waitFor();
    await shot(p, '12-versioni');
    await c.close();
  }
  process.stdout.write(`${shots.length} screenshots in ${path.relative(ROOT, OUT)}/\n`);
} catch (error) {
  process.stderr.write(`${error?.stack ?? error}\n--- server log (tail) ---\n${server.log().slice(-3000)}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
