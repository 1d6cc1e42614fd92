/** Tables, objective cards, the performance tree and the legend as Word tables. */
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { asCell } from '../../model/blocks.js';
import type { CardModel, Cell, Column, LegendItem, TableModel, TreeModel, VerdictMark } from '../../model/types.js';
import { TONE_TINTS } from '../../model/verdicts.js';
import { TABLE_STYLE } from './styles.js';
import { CONTENT_WIDTH, PRIMARY, clean, hex } from './text.js';

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

function verdictRuns(mark: VerdictMark, extra = ''): ParagraphChild[] {
  return [new TextRun({ text: clean(mark.symbol), color: hex(mark.color) }), new TextRun({ text: clean(` ${mark.label}${extra}`), bold: true })];
}

function shade(fill: string) {
  return { type: ShadingType.CLEAR, color: 'auto', fill };
}

export function cellParagraphs(cell: Cell, column?: Column, header = false): Paragraph[] {
  const c = asCell(cell);
  const alignment = ALIGN[c.align ?? column?.align ?? 'left'];
  const indent = c.indent ? { left: 220 * c.indent } : undefined;
  const children: ParagraphChild[] =
    c.verdict && c.text === `${c.verdict.symbol} ${c.verdict.label}`
      ? verdictRuns(c.verdict)
      : [new TextRun({ text: clean(c.text), bold: header || c.bold, italics: c.italic })];
  const out = [new Paragraph({ style: 'TableText', alignment, children, ...(indent ? { indent } : {}) })];
  if (c.note) out.push(new Paragraph({ style: 'TableNote', alignment, children: [new TextRun(clean(c.note))], ...(indent ? { indent } : {}) }));
  return out;
}

function widths(columns: Column[]): number[] {
  const total = columns.reduce((a, c) => a + (c.width ?? 1), 0);
  return columns.map((c) => Math.round(((c.width ?? 1) / total) * CONTENT_WIDTH));
}

function tableOf(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({
    rows,
    style: TABLE_STYLE,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: true, noVBand: true, noHBand: true },
  });
}

export function modelTable(t: TableModel): Table {
  const w = widths(t.columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => new TableCell({ width: { size: w[i]!, type: WidthType.DXA }, children: cellParagraphs({ text: c.header, align: c.align ?? 'left' }, c, true) })),
  });
  const rows = t.rows.map((row) => {
    const fill = row.kind === 'group' || row.kind === 'total' ? 'EEF3F8' : row.kind === 'subgroup' ? 'F6F8FA' : undefined;
    const bold = row.kind && row.kind !== 'data';
    if ((row.kind === 'group' || row.kind === 'subgroup') && row.cells.length === 1) {
      const c = asCell(row.cells[0]!);
      return new TableRow({
        cantSplit: true,
        children: [new TableCell({ columnSpan: t.columns.length, shading: shade(fill!), children: cellParagraphs({ ...c, bold: true }) })],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: t.columns.map((col, i) => {
        const c = asCell(row.cells[i] ?? '');
        const tint = c.verdict ? TONE_TINTS[c.verdict.tone].slice(1).toUpperCase() : fill;
        return new TableCell({
          width: { size: w[i]!, type: WidthType.DXA },
          ...(tint ? { shading: shade(tint) } : {}),
          children: cellParagraphs(bold ? { ...c, bold: true } : c, col),
        });
      }),
    });
  });
  return tableOf([header, ...rows], w);
}

export function cardTable(card: CardModel): Table {
  const w = [Math.round(CONTENT_WIDTH * 0.3), CONTENT_WIDTH - Math.round(CONTENT_WIDTH * 0.3)];
  const title = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({ width: { size: w[0]!, type: WidthType.DXA }, shading: shade(PRIMARY), children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: clean(card.kindLabel), bold: true, color: 'FFFFFF' })] })] }),
      new TableCell({
        width: { size: w[1]!, type: WidthType.DXA },
        shading: shade(PRIMARY),
        children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: clean(card.code), bold: true, color: 'FFFFFF' }), new TextRun({ text: clean(` - ${card.name}`), color: 'FFFFFF' })] })],
      }),
    ],
  });
  const fields = card.fields.map((f) => {
    const v = asCell(f.value);
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: w[0]!, type: WidthType.DXA }, shading: shade('EEF3F8'), children: cellParagraphs({ text: f.label, bold: true }) }),
        new TableCell({ width: { size: w[1]!, type: WidthType.DXA }, ...(v.verdict ? { shading: shade(TONE_TINTS[v.verdict.tone].slice(1).toUpperCase()) } : {}), children: cellParagraphs({ ...v, align: 'left' }) }),
      ],
    });
  });
  // The header row repeats nothing here: the card head is not a table header.
  return new Table({ rows: [title, ...fields], style: TABLE_STYLE, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: w, layout: TableLayoutType.FIXED, tableLook: { firstRow: false, noVBand: true, noHBand: true } });
}

export function treeTable(tree: TreeModel): Table {
  const levels = tree.levels.length;
  const w = Array.from({ length: levels }, () => Math.round(CONTENT_WIDTH / levels));
  const header = new TableRow({ tableHeader: true, children: tree.levels.map((l, i) => new TableCell({ width: { size: w[i]!, type: WidthType.DXA }, children: cellParagraphs({ text: l }, undefined, true) })) });
  const rows = tree.paths.map((path, r) => {
    const cells: TableCell[] = [];
    path.forEach((node, c) => {
      const same = (k: number) => tree.paths[k]?.[c]?.id === node.id && tree.paths[k]?.slice(0, c).every((n, j) => n.id === path[j]?.id);
      if (r > 0 && same(r - 1)) return;
      let span = 1;
      while (same(r + span)) span++;
      const colspan = c === path.length - 1 && path.length < levels ? levels - c : 1;
      const paragraphs = [new Paragraph({ style: 'TableText', children: [new TextRun(clean(node.label))] })];
      if (node.verdict) paragraphs.push(new Paragraph({ style: 'TableText', children: verdictRuns(node.verdict, node.score ? ` · ${node.score}` : '') }));
      cells.push(
        new TableCell({
          ...(span > 1 ? { rowSpan: span } : {}),
          ...(colspan > 1 ? { columnSpan: colspan } : {}),
          ...(node.verdict ? { shading: shade(TONE_TINTS[node.verdict.tone].slice(1).toUpperCase()), borders: { left: { style: 'single', size: 24, color: hex(node.verdict.color) } } } : {}),
          children: paragraphs,
        }),
      );
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return tableOf([header, ...rows], w);
}

export function legendTable(title: string, items: LegendItem[]): Table {
  const w = [400, Math.round(CONTENT_WIDTH * 0.4), CONTENT_WIDTH - 400 - Math.round(CONTENT_WIDTH * 0.4)];
  const header = new TableRow({ tableHeader: true, children: [new TableCell({ columnSpan: 3, children: cellParagraphs({ text: title }, undefined, true) })] });
  const rows = items.map(
    (i) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: w[0]!, type: WidthType.DXA }, shading: shade(hex(i.mark.color)), children: [new Paragraph({ style: 'TableText', children: [] })] }),
          new TableCell({ width: { size: w[1]!, type: WidthType.DXA }, children: [new Paragraph({ style: 'TableText', children: verdictRuns(i.mark) })] }),
          new TableCell({ width: { size: w[2]!, type: WidthType.DXA }, children: cellParagraphs(i.range) }),
        ],
      }),
  );
  return tableOf([header, ...rows], w);
}
