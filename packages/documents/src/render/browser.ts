/**
 * The system Chromium, driven by playwright-core (loaded lazily: only PDF and DOCX charts need it).
 * Pages run with JavaScript disabled and every network request refused: a document is printed from
 * its own HTML and data URLs, nothing else.
 */
import type { Browser, BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  return process.env.PERFORMA_CHROMIUM || '/usr/bin/chromium';
}

/** A browser a caller may keep open across documents (a job worker, a test file). */
export interface DocumentBrowser {
  readonly browser: Browser;
  /** An isolated context: no JavaScript, no network. */
  context(options?: { deviceScaleFactor?: number }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export interface OpenBrowserOptions {
  /**
   * Leave SIGINT/SIGTERM/SIGHUP to the caller (default: Playwright closes the browser on them). A
   * server that finishes the documents under way before it stops closes the browser itself.
   */
  keepOnSignals?: boolean;
}

export async function openBrowser(options: OpenBrowserOptions = {}): Promise<DocumentBrowser> {
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    const signals = options.keepOnSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {};
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...signals });
  } catch (error) {
    throw new Error(
      `Impossibile avviare Chromium (${chromiumPath()}): ${(error as Error).message.split('\n')[0]}. ` +
        'Installare il pacchetto "chromium" o indicare il percorso con la variabile PERFORMA_CHROMIUM.',
      { cause: error },
    );
  }
  return {
    browser,
    async context(options = {}) {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        offline: true,
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
      });
      await context.route('**/*', (route) => route.abort());
      return context;
    },
    close: () => browser.close(),
  };
}

/** Runs `work` with the given browser, or with one opened (and closed) for the occasion. */
export async function withBrowser<T>(given: DocumentBrowser | undefined, work: (b: DocumentBrowser) => Promise<T>): Promise<T> {
  if (given) return work(given);
  const opened = await openBrowser();
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}
