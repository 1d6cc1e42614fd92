/**
 * Tiny helpers for the SVG charts: XML escaping, label fitting, a shared font stack.
 * Charts are pure functions (data → SVG text); every label passes through `xml()`.
 */

export const FONT = "'Titillium Web', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
export const INK = '#1a1a1a';
export const MUTED = '#5c6f82';
export const GRID = '#d5dce3';

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Splits a label into at most `lines` lines that fit `width`; the last one ends with "…" if cut. */
export function fitLines(text: string, width: number, size: number, lines: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (size * 0.53)));
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= maxChars) {
      current = next;
      continue;
    }
    if (current) out.push(current);
    current = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (out.length === lines) break;
  }
  if (out.length < lines && current) out.push(current);
  if (out.length > lines) out.length = lines;
  const used = out.join(' ').replace(/…/g, '').split(/\s+/).length;
  if (used < words.length && out.length) {
    const last = out[out.length - 1]!;
    out[out.length - 1] = last.length >= maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`;
  }
  return out;
}

export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" font-family="${xml(FONT)}"><title>${xml(title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`
  );
}

export const r1 = (x: number) => Math.round(x * 10) / 10;
