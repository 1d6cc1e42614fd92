/** Piano and Monitoraggio in the formats that need no browser (HTML, XLSX, DOCX of the Piano). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../src/api/render.js';
import { fixture, interimDoc } from './fixtures.js';
import { docxParts, docxText } from './text.js';

describe('Piano Riviere 2023 (update)', () => {
  it('XLSX: one sheet per table, the revisions sheet lists old → new with reason', async () => {
    const doc = fixture('riviere-2023-plan.json');
    const revisions = (doc.assignments ?? []).flatMap((a) => a.revisions ?? []);
    const out = await renderDocument({ kind: 'piano', format: 'xlsx', doc, period: '2023' });
    expect(out.fileName).toBe('piano-cciaa-riviere-di-liguria-2023.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.data) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Documento');
    expect(names).toContain('Rimodulazioni');
    expect(names).toContain('Mappa strategica');
    const ws = wb.getWorksheet('Rimodulazioni')!;
    expect(ws.rowCount).toBe(revisions.length + 1);
    expect(ws.getRow(1).values).toEqual([undefined, 'Obiettivo', 'Indicatore', 'Anno', 'Target precedente → nuovo', 'Motivazione', 'Atto']);
    const rows = ws.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1).join(' | '));
    expect(rows).toContain(`OS.02 | Grado di adesione al cassetto digitale | 2023 | ≥ 15 % → ≥ 20 % | ${revisions[0]!.reason} | Aggiornamento 2023 degli obiettivi 2022-2024`);
    for (const name of names.filter((n) => n.startsWith('Obiettivi') || n === 'Documento')) expect(wb.getWorksheet(name)!.rowCount).toBeGreaterThan(0);
  });

  it('DOCX: targets of every year, revised ones as old → new', async () => {
    const doc = fixture('riviere-2023-plan.json');
    const out = await renderDocument({ kind: 'piano', format: 'docx', doc, period: '2023' });
    const text = docxText((await docxParts(out.data))['word/document.xml']!);
    expect(text).toMatch(/Target 2022\s+Target 2023\s+Target 2024/);
    expect(text).toContain('≥ 15 % → ≥ 20 %');
    expect(text).toContain('≥ 3.900 N. → ≥ 4.000 N.');
    expect(text).toContain('6 – Rimodulazioni dei target');
  });
});

describe('Piano Bergamo 2022', () => {
  it('HTML: cruscotto with baseline and the three years, units, scorecards', async () => {
    const out = await renderDocument({ kind: 'piano', format: 'html', doc: fixture('bergamo-2022-plan.json') });
    const html = new TextDecoder().decode(out.data);
    expect(out.period).toBe('2022');
    expect(html).toContain('<th scope="col" class="r">Target 2022</th><th scope="col" class="r">Target 2023</th><th scope="col" class="r">Target 2024</th>');
    expect(html).toContain('Baseline (anno)');
    expect(html).toMatch(/14 N\. \(2021\)<\/td><td class="r">≥ 3 N\.<\/td><td class="r">≥ 3 N\.<\/td><td class="r">≥ 3 N\.<\/td>/);
    expect(html).toContain('4.1 – Servizio Affari generali');
    expect(html).toContain('Obiettivi individuali: Dirigente');
  });
});

describe('Monitoraggio OIV', () => {
  it('HTML: annual and period targets, results against the period, observations', async () => {
    const out = await renderDocument({ kind: 'monitoraggio', format: 'html', doc: interimDoc(), period: '2024-S1', narratives: { conclusioniOiv: "L'OIV **prende atto** dello stato di avanzamento." } });
    const html = new TextDecoder().decode(out.data);
    expect(html).toContain('Target annuale 2024</th><th scope="col" class="r">Target 2024-S1</th>');
    expect(html).toMatch(/≥ 200,00 N\.<\/td><td class="r">≥ 80,00 N\.<\/td><td class="r nw">60,00 N\.<\/td><td class="r nw">75,00 %<\/td>/);
    expect(html).toContain('Ritardo nella pubblicazione del bando regionale');
    expect(html).toContain("L&#39;OIV <strong>prende atto</strong> dello stato di avanzamento.");
    expect(html).not.toContain('Testo da completare a cura dell&#39;amministrazione: conclusioni');
  });

  it('refuses an unknown format', async () => {
    await expect(renderDocument({ kind: 'monitoraggio', format: 'odt' as never, doc: interimDoc(), period: '2024-S1' })).rejects.toThrow(/Formato "odt" sconosciuto/);
  });
});
