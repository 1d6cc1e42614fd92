/** Table cells, verdict marks and inline runs as HTML (everything escaped). */
import { asCell } from '../../model/blocks.js';
import type { Cell, Column, Inline, Row, TableModel, VerdictMark } from '../../model/types.js';
import { escapeHtml, safeColor } from './escape.js';

export function inlinesHtml(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      let t = escapeHtml(i.text);
      if (i.italic) t = `<em>${t}</em>`;
      if (i.bold) t = `<strong>${t}</strong>`;
      return t;
    })
    .join('');
}

export function verdictHtml(mark: VerdictMark, extra = ''): string {
  return (
    `<span class="verdict tone-${mark.tone}" style="--c:${safeColor(mark.color)}">` +
    `<span class="sym" aria-hidden="true">${escapeHtml(mark.symbol)}</span> ${escapeHtml(mark.label)}${extra}</span>`
  );
}

export function cellHtml(cell: Cell, column: Column | undefined, tag: 'td' | 'th' = 'td', colspan = 1): string {
  const c = asCell(cell);
  const classes: string[] = [];
  const align = c.align ?? column?.align;
  if (align === 'right') classes.push('r');
  if (align === 'center') classes.push('c');
  if (c.bold) classes.push('b');
  if (c.italic) classes.push('i');
  if (c.num !== undefined && c.text.length <= 16) classes.push('nw');
  const style = c.indent ? ` style="padding-left:${(1.6 + c.indent * 4).toFixed(1)}mm"` : '';
  const span = colspan > 1 ? ` colspan="${colspan}"` : '';
  const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
  const body = c.verdict && c.text === `${c.verdict.symbol} ${c.verdict.label}` ? verdictHtml(c.verdict) : escapeHtml(c.text);
  const note = c.note ? `<span class="note">${escapeHtml(c.note)}</span>` : '';
  return `<${tag}${cls}${span}${style}>${body}${note}</${tag}>`;
}

function rowHtml(row: Row, columns: Column[]): string {
  const kind = row.kind && row.kind !== 'data' ? ` class="${row.kind}"` : '';
  if ((row.kind === 'group' || row.kind === 'subgroup') && row.cells.length === 1) {
    return `<tr${kind}>${cellHtml(row.cells[0]!, undefined, 'td', columns.length)}</tr>`;
  }
  return `<tr${kind}>${columns.map((col, i) => cellHtml(row.cells[i] ?? '', col)).join('')}</tr>`;
}

export function tableHtml(t: TableModel, extraClass = ''): string {
  const total = t.columns.reduce((a, c) => a + (c.width ?? 1), 0);
  const cols = t.columns.map((c) => `<col style="width:${(((c.width ?? 1) / total) * 100).toFixed(2)}%">`).join('');
  const head = t.columns
    .map((c) => `<th scope="col"${c.align === 'right' ? ' class="r"' : ''}>${escapeHtml(c.header)}</th>`)
    .join('');
  const classes = ['grid', t.dense ? 'dense' : '', extraClass].filter(Boolean).join(' ');
  const caption = t.title ? `<caption>${escapeHtml(t.title)}</caption>` : '';
  const body = t.rows.map((r) => rowHtml(r, t.columns)).join('');
  const note = t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : '';
  return `<table class="${classes}" id="${escapeHtml(t.id)}">${caption}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}`;
}
