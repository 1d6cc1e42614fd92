/**
 * Formula injection: a cell whose text starts with = + - @ (or their full-width forms), a tab or a
 * carriage return could be taken for a formula by a spreadsheet. Such text is written as rich text
 * in a cell formatted as Text ("@"), so Excel and LibreOffice show it and never evaluate it, not even
 * after the user edits the cell. Numbers are written as numbers, never as text.
 */
import type { Cell as XlsxCell } from 'exceljs';

const DANGEROUS = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function isDangerous(text: string): boolean {
  return DANGEROUS.test(text);
}

export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');
}

/** Writes text into a cell so that it stays text. */
export function setText(cell: XlsxCell, text: string): void {
  const value = cleanText(text);
  if (isDangerous(value)) {
    cell.value = { richText: [{ text: value }] };
    cell.numFmt = '@';
  } else {
    cell.value = value;
  }
}
