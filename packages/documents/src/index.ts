/**
 * @performa/documents: the official documents of the performance cycle (Relazione, Piano,
 * Monitoraggio OIV, Scheda individuale) in HTML, PDF, DOCX and XLSX, from a performa/1 document.
 */
export { renderDocument, renderDocumentHtml, isOutputFormat, OUTPUT_FORMATS, FORMAT_INFO } from './api/render.js';
export type { OutputFormat, Progress, RenderRequest, RenderedDocument } from './api/render.js';
export { buildReport, isDocumentKind, resolvePeriod, DOCUMENT_KINDS, KIND_TITLES } from './api/build.js';
export type { ReportRequest } from './api/build.js';
export { DocumentError, type DocumentErrorCode } from './api/errors.js';
export { inputHash, canonicalJson, DOCUMENTS_VERSION, type HashInput } from './api/hash.js';
export { openBrowser, type DocumentBrowser, type OpenBrowserOptions } from './render/browser.js';
export { renderHtml } from './render/html/document.js';
export { escapeHtml } from './render/html/escape.js';
export { parseRichText, parseInline } from './model/rich-text.js';
export { asNarratives, NARRATIVE_KEYS, PLACEHOLDER, type Narratives } from './model/narratives.js';
export type { AuditRecord, BuildInput, ProcessPhase, ProcessRecords } from './model/input.js';
export type * from './model/types.js';
