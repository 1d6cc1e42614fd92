/** DOCX: an editable Word document with real heading styles, a TOC field, a table style and page numbers. */
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun, AlignmentType, type FileChild } from 'docx';
import type { ReportModel } from '../../model/types.js';
import { blockChildren, type DocxContext } from './blocks.js';
import { documentNumbering, documentStyles, externalStyles } from './styles.js';
import { CONTENT_WIDTH, clean } from './text.js';

const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 850, right: 850, header: 500, footer: 500 } };

function cover(model: ReportModel): FileChild[] {
  const c = model.cover;
  const out: FileChild[] = [
    new Paragraph({ style: 'CoverEntity', children: [new TextRun(clean(c.entity))] }),
    new Paragraph({ heading: undefined, style: 'Title', children: [new TextRun(clean(c.title))] }),
  ];
  if (c.subtitle) out.push(new Paragraph({ style: 'CoverSubtitle', children: [new TextRun(clean(c.subtitle))] }));
  for (const line of c.lines) out.push(new Paragraph({ children: [new TextRun(clean(line))] }));
  if (!c.compact) {
    out.push(new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: 'Documento generato con Performa dai dati del ciclo della performance.', size: 16, color: '5C6F82' })] }));
  }
  return out;
}

function header(model: ReportModel): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [new TextRun({ text: clean(model.entity), size: 15, color: '5C6F82' }), new TextRun({ text: `\t${clean(model.title)}`, size: 15, color: '5C6F82' })],
      }),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES], size: 15, color: '5C6F82' })],
      }),
    ],
  });
}

/** Table rows of a model: the size that drives the cost of laying the document out. */
function rowCount(model: ReportModel): number {
  let n = 0;
  for (const b of model.blocks) {
    if (b.type === 'table') n += b.table.rows.length;
    else if (b.type === 'card') n += b.card.fields.length + (b.card.table?.rows.length ?? 0);
    else if (b.type === 'tree') n += b.tree.paths.length;
  }
  return n;
}

/** Up to this many rows the TOC page numbers are worked out when writing (≈ 1,5 s for the Foggia Relazione). */
export const ESTIMATE_PAGES_MAX_ROWS = 1500;

export interface DocxOptions {
  /**
   * Write the page numbers of the table of contents (docx's own layout of the pages, as Word would).
   * `auto` (default): for documents up to ESTIMATE_PAGES_MAX_ROWS rows; larger ones leave them to
   * Word, which updates the fields when it opens the document.
   */
  tocPageNumbers?: boolean | 'auto';
}

export async function renderDocx(model: ReportModel, png: Map<string, Uint8Array>, options: DocxOptions = {}): Promise<Uint8Array> {
  const ctx: DocxContext = { png, lists: 0, afterToc: false, continuous: !!model.cover.compact };
  const body: FileChild[] = [];
  for (const block of model.blocks) body.push(...blockChildren(block, ctx));
  const sections = model.cover.compact
    ? [{ properties: { page: PAGE }, headers: { default: header(model) }, footers: { default: footer() }, children: [...cover(model), ...body] }]
    : [
        { properties: { page: PAGE }, children: cover(model) },
        { properties: { page: PAGE }, headers: { default: header(model) }, footers: { default: footer() }, children: body },
      ];
  const estimate = options.tocPageNumbers ?? 'auto';
  const pageNumbers =
    estimate === true || (estimate === 'auto' && rowCount(model) <= ESTIMATE_PAGES_MAX_ROWS) ? (await import('docx/layout')).estimatePageNumbers : undefined;
  const doc = new Document({
    creator: 'Performa',
    title: clean(`${model.entity} – ${model.title}`),
    description: clean(model.title),
    externalStyles: externalStyles(),
    styles: documentStyles(),
    numbering: documentNumbering(),
    // Word refreshes the TOC and page fields on opening; other applications show what is written.
    features: { updateFields: true },
    ...(pageNumbers ? { pageNumbers } : {}),
    sections,
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
