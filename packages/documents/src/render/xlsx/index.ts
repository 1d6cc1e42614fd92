/** XLSX: every table of the document on its own sheet (ExcelJS), numbers as numbers, text always inert. */
import type { Workbook, Worksheet } from 'exceljs';
import { asCell } from '../../model/blocks.js';
import type { Block, CardModel, Cell, ReportModel, TableModel, TreeModel } from '../../model/types.js';
import { TONE_TINTS } from '../../model/verdicts.js';
import { cleanText, setText } from './safe.js';

interface SheetTable {
  name: string;
  title: string;
  headers: string[];
  widths: number[];
  rows: { cells: Cell[]; kind?: string }[];
}

const NUM_FORMATS = { percent: '0.00%', number: '#,##0.00', integer: '0' } as const;

function sheetName(wanted: string, used: Set<string>): string {
  const base = cleanText(wanted).replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Foglio';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}

function fromTable(t: TableModel): SheetTable {
  return { name: t.sheet ?? t.title ?? t.id, title: t.title ?? t.sheet ?? t.id, headers: t.columns.map((c) => c.header), widths: t.columns.map((c) => c.width ?? 1), rows: t.rows };
}

/** Cards of one sheet flattened: objective code, name and fields, then each indicator row. */
function fromCards(name: string, cards: CardModel[]): SheetTable {
  const fieldLabels = [...new Set(cards.flatMap((c) => c.fields.map((f) => f.label)))];
  const tableHeaders = cards.find((c) => c.table)?.table?.columns.map((c) => c.header) ?? [];
  const rows: SheetTable['rows'] = [];
  for (const card of cards) {
    const fields = fieldLabels.map((l) => card.fields.find((f) => f.label === l)?.value ?? '');
    const lines = card.table?.rows.length ? card.table.rows : [{ cells: [] as Cell[] }];
    for (const line of lines) rows.push({ cells: [card.code, card.name, ...fields, ...tableHeaders.map((_, i) => line.cells[i] ?? '')] });
  }
  return {
    name,
    title: name,
    headers: ['Codice', 'Obiettivo', ...fieldLabels, ...tableHeaders],
    widths: [1, 3, ...fieldLabels.map(() => 1.5), ...tableHeaders.map(() => 2)],
    rows,
  };
}

function fromTree(tree: TreeModel): SheetTable {
  const seen = new Set<string>();
  const rows: SheetTable['rows'] = [];
  for (const path of tree.paths) {
    path.forEach((node, depth) => {
      const key = path.slice(0, depth + 1).map((n) => n.id).join('>');
      if (seen.has(key)) return;
      seen.add(key);
      rows.push({ cells: [tree.levels[depth] ?? '', { text: node.label, indent: depth }, node.score ?? '', node.verdict ? { text: `${node.verdict.symbol} ${node.verdict.label}`, verdict: node.verdict } : ''] });
    });
  }
  return { name: 'Albero della performance', title: 'Albero della performance', headers: ['Livello', 'Obiettivo', 'Risultato', 'Valutazione'], widths: [1, 5, 1, 1.5], rows };
}

function collect(blocks: Block[]): SheetTable[] {
  const order: (SheetTable | string)[] = [];
  const cardSheets = new Map<string, CardModel[]>();
  for (const b of blocks) {
    if (b.type === 'table') order.push(fromTable(b.table));
    else if (b.type === 'tree') order.push(fromTree(b.tree));
    else if (b.type === 'card') {
      if (!cardSheets.has(b.card.sheet)) {
        cardSheets.set(b.card.sheet, []);
        order.push(b.card.sheet);
      }
      cardSheets.get(b.card.sheet)!.push(b.card);
    }
  }
  return order.map((s) => (typeof s === 'string' ? fromCards(s, cardSheets.get(s)!) : s));
}

function writeSheet(ws: Worksheet, t: SheetTable): void {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  ws.columns = t.headers.map((_, i) => ({ width: Math.max(10, Math.min(60, Math.round(((t.widths[i] ?? 1) / total) * 140))) }));
  const head = ws.getRow(1);
  t.headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    setText(cell, h);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDBE6F1' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  t.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 2);
    row.cells.forEach((raw, i) => {
      const c = asCell(raw);
      const cell = xrow.getCell(i + 1);
      if (typeof c.num === 'number' && Number.isFinite(c.num) && c.numFormat) {
        cell.value = c.num;
        cell.numFmt = NUM_FORMATS[c.numFormat];
      } else {
        setText(cell, c.note ? `${c.text}\n${c.note}` : c.text);
      }
      const bold = c.bold || (row.kind !== undefined && row.kind !== 'data');
      if (bold || c.italic) cell.font = { bold, italic: !!c.italic };
      cell.alignment = { wrapText: true, vertical: 'top', ...(c.indent ? { indent: c.indent } : {}), ...(c.align === 'right' ? { horizontal: 'right' } : {}) };
      if (c.verdict) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${TONE_TINTS[c.verdict.tone].slice(1).toUpperCase()}` } };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = 'Performa';
  wb.title = cleanText(`${model.entity} – ${model.title}`);
  const used = new Set<string>();
  const sheets = collect(model.blocks);
  const index = wb.addWorksheet(sheetName('Documento', used));
  index.columns = [{ width: 28 }, { width: 80 }];
  const info: [string, string][] = [
    ['Ente', model.entity],
    ['Documento', model.title],
    ['Periodo', model.period],
    ['Generato da', 'Performa'],
  ];
  info.forEach(([k, v], i) => {
    setText(index.getCell(i + 1, 1), k);
    index.getCell(i + 1, 1).font = { bold: true };
    setText(index.getCell(i + 1, 2), v);
  });
  setText(index.getCell(info.length + 2, 1), 'Fogli');
  index.getCell(info.length + 2, 1).font = { bold: true };
  sheets.forEach((t, i) => {
    const name = sheetName(t.name, used);
    writeSheet(wb.addWorksheet(name), t);
    setText(index.getCell(info.length + 3 + i, 1), name);
    setText(index.getCell(info.length + 3 + i, 2), t.title);
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
