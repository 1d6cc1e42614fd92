/** Text for Word: control characters removed (they would make the XML invalid); docx escapes the rest. */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');
}

/** "#1e7b34" → "1E7B34" (docx colours); anything else → neutral grey. */
export function hex(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color.slice(1).toUpperCase() : '5C6F82';
}

export const FONT = 'Calibri';
export const PRIMARY = '0B4F8A';
/** A4 width minus 15 mm margins, in twips. */
export const CONTENT_WIDTH = 11906 - 2 * 850;
