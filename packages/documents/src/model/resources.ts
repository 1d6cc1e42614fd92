/**
 * Staff and economic tables carried by the document as the extension `x-resources` (docs/documents.md):
 *
 *   "x-resources": [ { "title": "Personale al 31/12/2021 per categoria e genere",
 *                      "columns": ["Categoria", "Donne", "Uomini", "Totale"],
 *                      "rows": [["D", 11, 4, 15], ["C", 26, 9, 35]], "note": "Fonte: ufficio personale" } ]
 *
 * Numbers are printed in Italian format; anything malformed is skipped, never guessed.
 */
import { formatNumber, type PlanDocument } from '@performa/core';
import { anchorOf } from './blocks.js';
import type { Cell, TableModel } from './types.js';

function cellOf(value: unknown): Cell | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { text: formatNumber(value, 2, { fixed: false }), num: value, numFormat: 'number', align: 'right' };
  }
  if (typeof value === 'string') return value;
  return null;
}

export function resourceTables(doc: PlanDocument): TableModel[] {
  const raw = doc['x-resources'];
  if (!Array.isArray(raw)) return [];
  const tables: TableModel[] = [];
  raw.forEach((t: unknown, i) => {
    if (!t || typeof t !== 'object') return;
    const { title, columns, rows, note } = t as Record<string, unknown>;
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string') || !Array.isArray(rows)) return;
    const parsed = rows
      .filter(Array.isArray)
      .map((r: unknown[]) => columns.map((_, k) => cellOf(r[k])))
      .filter((r) => r.every((c) => c !== null)) as Cell[][];
    const name = typeof title === 'string' && title.trim() ? title.trim() : `Tabella ${i + 1}`;
    const model: TableModel = {
      id: anchorOf('risorse', String(i + 1)),
      title: name,
      sheet: name,
      columns: columns.map((c, k) => ({ header: c as string, align: k === 0 ? 'left' : 'right' })),
      rows: parsed.map((cells) => ({ cells })),
    };
    if (typeof note === 'string' && note.trim()) model.note = note.trim();
    tables.push(model);
  });
  return tables;
}
