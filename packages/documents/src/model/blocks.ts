/** Small constructors of model blocks shared by the document builders. */
import type { Block, Cell, CellObject, TableModel } from './types.js';
import { para } from './rich-text.js';

/** A stable, URL- and bookmark-safe anchor from any text. */
export function anchorOf(...parts: string[]): string {
  const base = parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `s-${base || 'x'}`.slice(0, 60);
}

export function heading(level: 1 | 2 | 3, text: string, anchor?: string, toc = true): Block {
  return { type: 'heading', level, text, anchor: anchor ?? anchorOf(text), toc };
}

export function prose(...paragraphs: string[]): Block {
  return { type: 'rich', blocks: paragraphs.map(para) };
}

export function table(model: TableModel): Block {
  return { type: 'table', table: model };
}

export function asCell(cell: Cell): CellObject {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** A file name from a title: ASCII letters, digits and dashes. */
export function fileNameOf(...parts: string[]): string {
  return anchorOf(...parts).replace(/^s-/, '');
}
