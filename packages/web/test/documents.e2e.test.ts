// Issue 6 in the browser: the controllo writes a narrative (safe Markdown subset, live preview),
// generates the Relazione in HTML through the background queue, reads it back (sandboxed preview
// and download) with the narrative and the numbers of the system, then a PDF; a value saved later
// marks both as stale; axe-core on both pages.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, launchBrowser, login, newUserPage, seriousViolations } from '../scripts/lib/browser.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const violations: Record<string, unknown[]> = {};
const NARRATIVE = 'La Camera di commercio ha rendicontato il ciclo 2021 con Performa';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  ({ context, page } = await newUserPage(browser, server.url));
}, 150_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const nav = () => page.getByRole('navigation', { name: 'Navigazione principale' });

async function axe(screen: string) {
  await page.waitForLoadState('networkidle');
  const found = await seriousViolations(page);
  if (found.length) violations[screen] = found;
}

/** The newest row of the documents table once it reaches `done` (or fails: then its message is shown). */
async function waitDone(rows: number): Promise<Locator> {
  const table = page.getByTestId('documents-table');
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(rows);
  const row = table.locator('tbody tr').first();
  await expect
    .poll(async () => {
      const status = await row.getAttribute('data-status');
      return status === 'failed' ? `failed: ${await row.innerText()}` : status;
    }, { timeout: 40_000, intervals: [250] })
    .toBe('done');
  return row;
}

describe('web app: official documents (issue 6)', { timeout: 60_000 }, () => {
  it('writes a narrative, generates the Relazione in HTML and PDF and reads them back', async () => {
    await login(page, DEMO.controllo);
    await page.goto('/');
    await page.getByLabel('Ente', { exact: true }).selectOption('cciaa-foggia');
    await page.getByTestId('entity-score').waitFor();

    // The narrative: typed, one word made bold with the toolbar, raw HTML stays text; saved.
    await nav().getByRole('link', { name: 'Testi del documento' }).click();
    await page.getByRole('heading', { level: 1, name: 'Testi del documento' }).waitFor();
    expect(await page.getByLabel('Anno', { exact: true }).inputValue()).toBe('2021');
    const premessa = page.getByTestId('narrative-premessa');
    const text = premessa.getByRole('textbox', { name: 'Premessa' });
    await text.fill(`${NARRATIVE}.\n\nPunti salienti <b>non HTML</b>`);
    await text.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('Performa');
      el.setSelectionRange(at, at + 'Performa'.length);
    });
    await premessa.getByRole('button', { name: 'Grassetto' }).click();
    await expect.poll(() => text.inputValue()).toContain('**Performa**');
    const preview = premessa.getByTestId('narrative-preview');
    expect(await preview.locator('strong').innerText()).toBe('Performa');
    expect(await preview.innerText()).toContain('<b>non HTML</b>');
    expect(await preview.locator('b').count()).toBe(0);
    await premessa.getByRole('button', { name: 'Salva: Premessa' }).click();
    await expect.poll(() => premessa.getByTestId('narrative-status').innerText()).toContain('Salvato');
    await axe('testi');

    // The Relazione in HTML: queued, done, previewed in a sandboxed frame and downloaded.
    await nav().getByRole('link', { name: 'Documenti', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Documenti' }).waitFor();
    const before = await page.getByTestId('documents-table').locator('tbody tr').count().catch(() => 0);
    const gen = page.getByRole('region', { name: 'Genera un documento' });
    await gen.getByLabel('Documento', { exact: true }).selectOption('relazione');
    await gen.getByLabel('Periodo', { exact: true }).selectOption('2021');
    await gen.getByLabel('Formato').selectOption('html');
    await gen.getByRole('button', { name: 'Genera', exact: true }).click();
    const html = await waitDone(before + 1);
    expect(await html.innerText()).toContain('Relazione sulla performance');
    expect(await html.getByTestId('document-stale').count()).toBe(0);
    // axe before the preview opens: axe-core cannot be injected into a frame that runs no script.
    await axe('documenti');

    await html.getByRole('button', { name: /^Anteprima/ }).click();
    const frame = page.getByTestId('document-preview').locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('[data-testid=document-preview] iframe').locator('body');
    await expect.poll(() => body.innerText(), { timeout: 10_000 }).toContain('97,81 %');
    expect(await body.innerText()).toContain(NARRATIVE.replace('Performa', '').trim());

    const href = await html.getByTestId('document-download').getAttribute('href');
    expect(href).toMatch(/\/documents\/\d+\/file$/);
    const file = await context.request.get(href!);
    expect(file.ok()).toBe(true);
    const content = await file.text();
    expect(content).toContain('<strong>Performa</strong>');
    expect(content).toContain('97,81 %');
    expect(content).toContain('&lt;b&gt;non HTML&lt;/b&gt;');
    expect(content).not.toMatch(/<script/i);

    // The same in PDF: done, with its download link.
    await gen.getByLabel('Formato').selectOption('pdf');
    await gen.getByRole('button', { name: 'Genera', exact: true }).click();
    const pdf = await waitDone(before + 2);
    expect(await pdf.innerText()).toContain('PDF');
    const link = pdf.getByTestId('document-download');
    expect(await link.innerText()).toMatch(/Scarica/);
    const res = await context.request.get((await link.getAttribute('href'))!);
    expect(res.ok()).toBe(true);
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A value saved afterwards moves the plan's data: both documents say they must be made again.
    await nav().getByRole('link', { name: 'Rilevazione' }).click();
    const form = page.getByTestId('entry-OP.02.01.02-I1');
    await form.getByLabel('Valore', { exact: true }).check({ force: true });
    await form.getByLabel(/^Valore \(/).fill('4');
    await form.getByRole('button', { name: 'Salva bozza' }).click();
    await page.getByTestId('entry-OP.02.01.02-I1').locator('[data-state=bozza]').first().waitFor();
    await nav().getByRole('link', { name: 'Documenti', exact: true }).click();
    const stale = page.getByTestId('documents-table').getByTestId('document-stale');
    await expect.poll(() => stale.count()).toBe(2);
    expect(await stale.first().innerText()).toContain('I dati sono cambiati dopo la generazione: rigenerare il documento');
  });

  it('has no serious or critical axe-core violation on the Documenti and Testi pages', () => {
    expect(violations).toEqual({});
  });
});
