/** Model blocks as Word paragraphs and tables. */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, ChartModel, Inline, RichBlock } from '../../model/types.js';
import { cardTable, legendTable, modelTable, treeTable } from './tables.js';
import { CONTENT_WIDTH, clean } from './text.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export interface DocxContext {
  /** PNG of each chart (by id), for Word versions that do not show SVG. */
  png: Map<string, Uint8Array>;
  /** Counter for numbered lists (each list restarts at 1). */
  lists: number;
  /** Whether the previous block was the table of contents (no page break before the next heading). */
  afterToc: boolean;
  /** Compact documents (the scheda) never break pages before headings. */
  continuous: boolean;
}

function runs(inlines: Inline[], placeholder = false): TextRun[] {
  return inlines.map((i) => new TextRun({ text: clean(i.text), bold: i.bold, italics: i.italic || placeholder }));
}

function richParagraphs(blocks: RichBlock[], ctx: DocxContext, placeholder = false): Paragraph[] {
  const style = placeholder ? 'Placeholder' : undefined;
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(new Paragraph({ style, alignment: AlignmentType.JUSTIFIED, children: runs(b.inlines, placeholder) }));
    else if (b.type === 'subheading') out.push(new Paragraph({ style: 'Subheading', children: runs(b.inlines) }));
    else {
      const instance = ++ctx.lists;
      for (const item of b.items) {
        out.push(
          new Paragraph({
            children: runs(item, placeholder),
            ...(b.ordered ? { numbering: { reference: 'numbered', level: 0, instance } } : { bullet: { level: 0 } }),
          }),
        );
      }
    }
  }
  return out;
}

function chartParagraph(chart: ChartModel, ctx: DocxContext): Paragraph {
  const png = ctx.png.get(chart.id);
  const width = 600;
  const height = Math.round((chart.height / chart.width) * width);
  if (!png) return new Paragraph({ style: 'Placeholder', children: [new TextRun(clean(`[Grafico: ${chart.alt}]`))] });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(chart.svg),
        fallback: { type: 'png', data: png },
        transformation: { width, height },
        altText: { name: clean(chart.id), title: clean(chart.title), description: clean(chart.alt) },
      }),
    ],
  });
}

function signatures(labels: string[]): Table {
  const w = Math.round(CONTENT_WIDTH / labels.length);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: labels.map(() => w),
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: labels.map(
          (l) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              margins: { left: 200, right: 200 },
              borders: { top: { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A' }, bottom: none, left: none, right: none },
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(clean(l))] })],
            }),
        ),
      }),
    ],
  });
}

const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });

export function blockChildren(block: Block, ctx: DocxContext): FileChild[] {
  const afterToc = ctx.afterToc;
  ctx.afterToc = false;
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.level === 1 && !afterToc && !ctx.continuous,
          children: [new Bookmark({ id: block.anchor.replace(/-/g, '_'), children: [new TextRun(clean(block.text))] })],
        }),
      ];
    case 'rich':
      return richParagraphs(block.blocks, ctx, block.placeholder);
    case 'table': {
      const caption = block.table.title ? [new Paragraph({ style: 'Caption', children: [new TextRun(clean(block.table.title))] })] : [];
      const note = block.table.note ? [new Paragraph({ style: 'TableNote', children: [new TextRun(clean(block.table.note))] })] : [];
      return [...caption, modelTable(block.table), ...note, spacer()];
    }
    case 'card': {
      const out: FileChild[] = [cardTable(block.card)];
      if (block.card.table) out.push(modelTable(block.card.table));
      out.push(spacer());
      return out;
    }
    case 'chart':
      return [chartParagraph(block.chart, ctx)];
    case 'charts':
      return block.charts.map((c) => chartParagraph(c, ctx));
    case 'tree':
      return [treeTable(block.tree), spacer()];
    case 'legend':
      return [legendTable(block.title, block.items), spacer()];
    case 'signatures':
      return [new Paragraph({ spacing: { before: 1200 }, children: [] }), signatures(block.labels)];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'toc':
      ctx.afterToc = true;
      return [
        new Paragraph({ style: 'TocTitle', pageBreakBefore: false, children: [new TextRun('Indice')] }),
        new TableOfContents('Indice', { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({ pageBreakBefore: true, children: [] }),
      ];
  }
}
