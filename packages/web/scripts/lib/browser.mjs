// One Chromium per test file (the system one, never a download), a fresh context per user.
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=it-IT'];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** @param {import('playwright-core').Browser} browser @param {string} baseURL */
export async function newUserPage(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Logs in through the form, as a user would. */
/** @param {import('playwright-core').Page} page @param {string} email */
export async function login(page, email, password = 'demo') {
  await page.goto('/login');
  await page.getByLabel('Indirizzo e-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** axe-core on the current page: the serious and critical violations (none expected). */
/** @param {import('playwright-core').Page} page */
export async function seriousViolations(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

export const DEMO = {
  amministratore: 'amministratore@demo.performa.it',
  controllo: 'controllo@demo.performa.it',
  dirigente: 'dirigente@demo.performa.it',
  referente: 'referente@demo.performa.it',
  oiv: 'oiv@demo.performa.it',
  lettore: 'lettore@demo.performa.it',
};
