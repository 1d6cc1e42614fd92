/**
 * The one entry point of the package: a document kind, a format and the plan in, the bytes out.
 * Heavy libraries (playwright-core, docx, exceljs) are imported only when their format is asked for.
 */
import type { ChartModel, ReportModel } from '../model/types.js';
import type { DocumentBrowser } from '../render/browser.js';
import { buildReport, resolvePeriod, type ReportRequest } from './build.js';
import { DocumentError } from './errors.js';
import { inputHash } from './hash.js';

export type OutputFormat = 'html' | 'pdf' | 'docx' | 'xlsx';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['html', 'pdf', 'docx', 'xlsx'];

export const FORMAT_INFO: Record<OutputFormat, { mimeType: string; extension: string }> = {
  html: { mimeType: 'text/html; charset=utf-8', extension: 'html' },
  pdf: { mimeType: 'application/pdf', extension: 'pdf' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

export interface Progress {
  /** What is being done, in Italian, for a progress bar or a log line. */
  message: string;
  /** 0–1. */
  fraction: number;
}

export interface RenderRequest extends ReportRequest {
  format: OutputFormat;
  onProgress?: (progress: Progress) => void;
  /** A browser to reuse (job workers, tests); otherwise one is started and closed for PDF/DOCX. */
  browser?: DocumentBrowser;
  /**
   * Page numbers in the table of contents. PDF: off by default (true prints twice, ≈ +40 % time);
   * DOCX: by default for documents up to 1.500 table rows, otherwise left to Word's field update.
   */
  tocPageNumbers?: boolean;
}

export interface RenderedDocument {
  data: Uint8Array;
  mimeType: string;
  /** Suggested file name, with extension. */
  fileName: string;
  /** The hash of the inputs (store it with the file: `inputHash(...)` of today's data tells if it is stale). */
  inputHash: string;
  period: string;
}

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

function chartsOf(model: ReportModel): ChartModel[] {
  return model.blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : b.type === 'charts' ? b.charts : []));
}

/** The HTML of a document (the app's preview), with Titillium Web embedded when available. */
export async function renderDocumentHtml(model: ReportModel): Promise<string> {
  const [{ renderHtml }, { loadFontCss }] = await Promise.all([import('../render/html/document.js'), import('../render/fonts.js')]);
  return renderHtml(model, { fontCss: await loadFontCss() });
}

export async function renderDocument(request: RenderRequest): Promise<RenderedDocument> {
  const { format } = request;
  if (!isOutputFormat(format)) {
    throw new DocumentError('format.unknown', `Formato "${String(format)}" sconosciuto: usare ${OUTPUT_FORMATS.join(', ')}.`);
  }
  const progress = request.onProgress ?? (() => {});
  // The request is checked (kind, period, scorecard) before any progress is announced.
  const period = resolvePeriod(request.kind, request.doc, request.period);
  progress({ message: 'Calcolo dei risultati e composizione del documento', fraction: 0.05 });
  const model = buildReport(request);
  const hash = inputHash({ ...request, period });
  let data: Uint8Array;
  switch (format) {
    case 'html':
      data = new TextEncoder().encode(await renderDocumentHtml(model));
      break;
    case 'xlsx': {
      progress({ message: 'Scrittura del foglio di calcolo', fraction: 0.4 });
      const { renderXlsx } = await import('../render/xlsx/index.js');
      data = await renderXlsx(model);
      break;
    }
    case 'pdf': {
      const html = await renderDocumentHtml(model);
      const { withBrowser } = await import('../render/browser.js');
      const { renderPdf } = await import('../render/pdf.js');
      progress({ message: 'Stampa del PDF con Chromium', fraction: 0.3 });
      data = await withBrowser(request.browser, (b) => renderPdf(model, html, b, { tocPageNumbers: request.tocPageNumbers ?? false }));
      break;
    }
    case 'docx': {
      const charts = chartsOf(model);
      let png = new Map<string, Uint8Array>();
      if (charts.length) {
        progress({ message: 'Conversione dei grafici in immagini', fraction: 0.2 });
        const { withBrowser } = await import('../render/browser.js');
        const { rasterizeCharts } = await import('../render/raster.js');
        png = await withBrowser(request.browser, (b) => rasterizeCharts(charts, b));
      }
      progress({ message: 'Scrittura del documento Word', fraction: 0.5 });
      const { renderDocx } = await import('../render/docx/index.js');
      data = await renderDocx(model, png, { tocPageNumbers: request.tocPageNumbers ?? 'auto' });
      break;
    }
  }
  progress({ message: 'Documento pronto', fraction: 1 });
  const info = FORMAT_INFO[format];
  return { data, mimeType: info.mimeType, fileName: `${model.fileName}.${info.extension}`, inputHash: hash, period };
}
