/**
 * Page numbers of the named destinations of a Chromium PDF (one per element id that a link points
 * to: the headings the table of contents links to). Chromium writes PDF 1.4 without object
 * streams, so the catalog, the page tree and the /Dests dictionary are plain objects.
 */

function objectBody(text: string, id: string): string | null {
  const start = text.indexOf(`\n${id} 0 obj\n`);
  if (start < 0) return null;
  const end = text.indexOf('\nendobj', start);
  return end < 0 ? null : text.slice(start, end);
}

/** Page object ids in document order (depth-first through the page tree). */
function pageOrder(text: string, rootId: string): string[] {
  const out: string[] = [];
  const visit = (id: string, depth: number) => {
    const body = objectBody(text, id);
    if (!body || depth > 32) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages\b/.test(body) && kids) {
      for (const m of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) visit(m[1]!, depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(body)) out.push(id);
  };
  visit(rootId, 0);
  return out;
}

/** Anchor → 1-based page number, from the PDF's /Dests; empty when the structure is not found. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const result = new Map<string, number>();
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const catalogAt = text.lastIndexOf('/Type /Catalog');
  if (catalogAt < 0) return result;
  const catalog = text.slice(catalogAt, text.indexOf('>>', catalogAt + 1) + 200);
  const pagesRoot = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const destsId = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  if (!pagesRoot || !destsId) return result;
  const index = new Map(pageOrder(text, pagesRoot).map((id, i) => [id, i + 1]));
  const dests = objectBody(text, destsId) ?? '';
  for (const m of dests.matchAll(/\/([A-Za-z0-9_.#-]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = index.get(m[2]!);
    if (page) result.set(m[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), page);
  }
  return result;
}
