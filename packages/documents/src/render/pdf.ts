/** PDF: the HTML document printed by Chromium, A4, with running header, page numbers and bookmarks. */
import type { ReportModel } from '../model/types.js';
import type { DocumentBrowser } from './browser.js';
import { escapeHtml } from './html/escape.js';
import { fixDoubledOutlineTitles } from './pdf-outline.js';

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

export async function renderPdf(model: ReportModel, html: string, browser: DocumentBrowser): Promise<Uint8Array> {
  const context = await browser.context();
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(model),
      footerTemplate: footerTemplate(),
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      outline: true,
      tagged: true,
    });
    return fixDoubledOutlineTitles(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  } finally {
    await context.close();
  }
}
