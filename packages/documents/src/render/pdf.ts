/** PDF: the HTML document printed by Chromium, A4, with running header, page numbers and bookmarks. */
import type { ReportModel } from '../model/types.js';
import type { DocumentBrowser } from './browser.js';
import { escapeHtml } from './html/escape.js';
import { fixDoubledOutlineTitles } from './pdf-outline.js';
import { destinationPages } from './pdf-pages.js';

const TEMPLATE_FONT = "font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:7.5pt;color:#5c6f82;";

export function headerTemplate(model: ReportModel): string {
  return (
    `<div style="${TEMPLATE_FONT}width:100%;margin:0 15mm;display:flex;justify-content:space-between;">` +
    `<span>${escapeHtml(model.entity)}</span><span>${escapeHtml(model.title)}</span></div>`
  );
}

export function footerTemplate(): string {
  return (
    `<div style="${TEMPLATE_FONT}width:100%;margin:0 15mm;text-align:right;">` +
    'Pagina <span class="pageNumber"></span> di <span class="totalPages"></span></div>'
  );
}

export interface PdfOptions {
  /**
   * Write the page numbers in the table of contents. Chromium does not give them, so the document
   * is printed twice: the first PDF says on which page each heading is (its named destinations),
   * the numbers fill space already reserved in the index, and the second print is the result.
   */
  tocPageNumbers?: boolean;
}

const as8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export async function renderPdf(model: ReportModel, html: string, browser: DocumentBrowser, options: PdfOptions = {}): Promise<Uint8Array> {
  const context = await browser.context();
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const print = async () =>
      as8(
        await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: headerTemplate(model),
          footerTemplate: footerTemplate(),
          margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
          outline: true,
          tagged: true,
        }),
      );
    let pdf = await print();
    if (options.tocPageNumbers && model.blocks.some((b) => b.type === 'toc')) {
      const pages = Object.fromEntries(destinationPages(pdf));
      // Runs in Playwright's utility world: the page itself has JavaScript disabled.
      const filled = await page.evaluate((numbers: Record<string, number>) => {
        let n = 0;
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.toc [data-page-of]'))) {
          const page = numbers[el.dataset.pageOf ?? ''];
          if (page) {
            el.textContent = String(page);
            n++;
          }
        }
        return n;
      }, pages);
      if (filled > 0) pdf = await print();
    }
    return fixDoubledOutlineTitles(pdf);
  } finally {
    await context.close();
  }
}
