/**
 * Acceptance of issue 6: the Foggia Relazione in PDF and DOCX contains every objective card with the
 * numbers of foggia-2021.expected.json in Italian format. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../src/api/render.js';
import { openBrowser, type DocumentBrowser } from '../src/render/browser.js';
import { escapeRe, expectedDeviations, expectedObjectives, foggia } from './expected.js';
import { cardsOf, docxParts, docxText, pdfText } from './text.js';

let browser: DocumentBrowser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whitespace-tolerant match of a printed value (layout may put several spaces or a tab between parts). */
const loose = (text: string) => new RegExp(escapeRe(text).replace(/ /g, '\\s+'));

function checkCards(text: string, label: string) {
  const cards = cardsOf(text);
  for (const o of expectedObjectives()) {
    if (o.id.startsWith('AS.')) {
      expect(text, `${label} ${o.id}`).toMatch(new RegExp(`${escapeRe(o.id)} - [^\\n]*?\\s+${escapeRe(o.percent)}`));
      continue;
    }
    const card = cards.get(`${o.id.startsWith('OS.') ? 'strategico' : 'operativo'}:${o.id}`);
    expect(card, `${label}: card ${o.id}`).toBeDefined();
    expect(card!, `${label}: ${o.id} result`).toMatch(new RegExp(`Risultato misurato obiettivo\\s+${escapeRe(o.percent)}`));
    expect(card!, `${label}: ${o.id} verdict`).toMatch(new RegExp(`Valutazione obiettivo\\s+●●●\\s+${escapeRe(o.verdict ?? '')}`));
  }
  for (const d of expectedDeviations()) {
    const card = cards.get(`${d.objective.startsWith('OS.') ? 'strategico' : 'operativo'}:${d.objective}`)!;
    expect(card, `${label}: ${d.objective} ${d.indicator} ${d.text}`).toMatch(loose(d.text));
  }
  expect(cards.get('operativo:OP.02.01.01')).toMatch(/97,81 %/);
  expect(cards.get('operativo:OP.01.04.01')).toMatch(/-116,00\s+gg/);
  expect(text).toMatch(/Performance organizzativa dell'ente\s+98,40 %/);
}

describe('Relazione Foggia 2021, PDF', () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = (await renderDocument({ kind: 'relazione', format: 'pdf', doc: foggia(), period: '2021', browser, tocPageNumbers: true })).data;
    text = pdfText(pdf);
  });

  it('is an A4 PDF with page numbers, a running header, bookmarks and tags', () => {
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/StructTreeRoot');
    expect(text).toMatch(/Pagina 1 di \d+/);
    expect(text).toContain('Relazione sulla performance - anno 2021');
  });

  it('contains every objective card with the expected numbers, Italian style', () => {
    checkCards(text, 'PDF');
  });

  it('has page numbers in the table of contents that match the pages of the headings', () => {
    const pages = text.split('\f');
    const toc = pages[1]!;
    const entries = [...toc.matchAll(/^\s*(\d(?:\.\d)? – .+?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ title: m[1]!, page: Number(m[2]) }));
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const e of entries) {
      const found = pages.findIndex((p, i) => i > 1 && p.split('\n').some((line) => line.trim() === e.title));
      expect(found + 1, e.title).toBe(e.page);
    }
  });
});

describe('Relazione Foggia 2021, DOCX', () => {
  let parts: Record<string, string>;
  let text: string;
  beforeAll(async () => {
    const docx = (await renderDocument({ kind: 'relazione', format: 'docx', doc: foggia(), period: '2021', browser })).data;
    parts = await docxParts(docx);
    text = docxText(parts['word/document.xml']!);
  });

  it('is an editable Word document: heading styles, TOC field, table style, page numbers, charts as SVG + PNG', () => {
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
    expect(xml).toContain('<w:tblStyle w:val="PerformaTabella"/>');
    expect(parts['word/styles.xml']).toContain('w:styleId="PerformaTabella"');
    expect(parts['word/styles.xml']).toContain('w:styleId="Heading1"');
    const footer = Object.entries(parts).find(([k]) => k.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(Object.keys(parts['[Content_Types].xml']!.match(/svg|png/g) ?? {}).length).toBeGreaterThan(0);
    expect(parts['word/_rels/document.xml.rels']).toMatch(/media\/image\d+\.png/);
    expect(parts['word/_rels/document.xml.rels']).toMatch(/media\/image\d+\.svg/);
  });

  it('contains every objective card with the expected numbers, Italian style', () => {
    checkCards(text, 'DOCX');
  });
});
