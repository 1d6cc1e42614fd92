/**
 * Chromium (156) sometimes writes a bookmark title twice ("PremessaPremessa") when headings use a
 * web font. The titles are plain strings in the PDF's outline objects, so the second copy is
 * overwritten with spaces of the same byte length: no offset moves, the cross-reference table
 * stays valid, and viewers show the title once.
 */

const HEX_TITLE = /\/Title <FEFF((?:[0-9A-Fa-f]{4})+)>/g;
const LITERAL_TITLE = /\/Title \(((?:[^()\\]|\\.)*)\)/g;

const doubled = (s: string) => s.length > 0 && s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2);

export function fixDoubledOutlineTitles(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let changed = false;
  const fixed = text
    .replace(HEX_TITLE, (whole, hex: string) => {
      if (!doubled(hex.toUpperCase())) return whole;
      changed = true;
      const half = hex.slice(0, hex.length / 2);
      return `/Title <FEFF${half}${'0020'.repeat(half.length / 4)}>`;
    })
    .replace(LITERAL_TITLE, (whole, body: string) => {
      if (!doubled(body)) return whole;
      changed = true;
      const half = body.slice(0, body.length / 2);
      return `/Title (${half}${' '.repeat(half.length)})`;
    });
  if (!changed) return pdf;
  const out = Buffer.from(fixed, 'latin1');
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
