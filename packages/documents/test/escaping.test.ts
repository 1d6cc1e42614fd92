/**
 * Every user string stays inert text in every format: an objective named <script>…</script> or
 * =HYPERLINK(…) is shown as typed and never runs, links or evaluates. One browser for the file.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../src/api/render.js';
import type { OutputFormat } from '../src/api/render.js';
import { openBrowser, type DocumentBrowser } from '../src/render/browser.js';
import { EVIL, evilDoc } from './fixtures.js';
import { docxParts, docxText, pdfText } from './text.js';

let browser: DocumentBrowser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const narratives = { premessa: '<script>alert(2)</script> **grassetto** <a href="http://x">link</a>', conclusioniOiv: EVIL.formula };
const render = async (format: OutputFormat, kind: 'relazione' | 'monitoraggio' = 'relazione') =>
  (await renderDocument({ kind, format, doc: evilDoc(), period: '2024-S1', narratives, browser })).data;

describe('HTML', () => {
  it('escapes every user string: no script, no injected element or attribute', async () => {
    for (const kind of ['relazione', 'monitoraggio'] as const) {
      const html = new TextDecoder().decode(await render('html', kind));
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img src=x/i);
      expect(html).not.toMatch(/<a href="http:\/\/x"/i);
      expect(html).not.toContain('<b>associati</b>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
      if (kind === 'relazione') expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('Camera &quot;di prova&quot; &amp; &lt;b&gt;associati&lt;/b&gt;');
      expect(html).toContain('<strong>grassetto</strong>');
      // Charts are inline SVG with the labels escaped (the area is named "</text><script>…").
      expect(html).not.toMatch(/<img|<foreignObject|<iframe|<object|<embed|javascript:/i);
      expect(html).toContain('&lt;/text&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    }
  });
});

describe('PDF', () => {
  it('shows the strings as typed and carries no script or external link', async () => {
    const pdf = await render('pdf');
    const text = pdfText(pdf, false);
    expect(text).toContain(EVIL.script);
    expect(text).toContain(EVIL.formula);
    expect(text).toContain(EVIL.cmd);
    expect(text).toContain('<script>alert(2)</script>');
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).not.toContain('/JavaScript');
    expect(raw).not.toContain('/JS ');
    expect(raw).not.toMatch(/\/URI\s*\(http:\/\/x/);
  });
});

describe('DOCX', () => {
  it('writes the strings as text runs: no field, no hyperlink, valid XML', async () => {
    const parts = await docxParts(await render('docx'));
    const xml = parts['word/document.xml']!;
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(docxText(xml)).toContain(EVIL.formula);
    expect(docxText(xml)).toContain(EVIL.script);
    expect(docxText(xml)).toContain('Camera "di prova" & <b>associati</b>');
    const instructions = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]!);
    expect(instructions.every((i) => /^(TOC|PAGEREF|PAGE|NUMPAGES)\b/.test(i.trim()))).toBe(true);
    expect(xml).not.toContain('<w:fldSimple');
    for (const [name, content] of Object.entries(parts)) if (name.endsWith('.rels')) expect(content).not.toContain('http://x');
  });
});

describe('XLSX', () => {
  it('writes formula-like strings as text (rich text, Text format), never as formulas', async () => {
    const xlsx = await render('xlsx', 'monitoraggio');
    const zip = await JSZip.loadAsync(xlsx);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(3);
    for (const name of sheets) expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    const dangerous: { text: string; type: number; numFmt: string | undefined }[] = [];
    const seen = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          const text = cell.text;
          seen.add(text);
          if (/^[=+\-@]/.test(text)) dangerous.push({ text, type: cell.type, numFmt: cell.numFmt });
        }),
      ),
    );
    expect([...seen].some((t) => t.includes(EVIL.formula))).toBe(true);
    expect(seen.has(EVIL.cmd)).toBe(true);
    expect(dangerous.length).toBeGreaterThan(2);
    for (const d of dangerous) {
      expect(d.type, d.text).toBe(ExcelJS.ValueType.RichText);
      expect(d.numFmt, d.text).toBe('@');
    }
  });
});
