// The shared set-up of the browser tests: one `performa serve --demo` (temporary data folder) and one
// system Chromium per test file, started before its tests and stopped after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newUserPage } from '../scripts/lib/browser.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

/** Registers the file's beforeAll/afterAll; `newUser()` opens a fresh browser context (one user) on the app. */
export function startDemoApp() {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 150_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { newUser: () => newUserPage(browser!, server!.url) };
}
