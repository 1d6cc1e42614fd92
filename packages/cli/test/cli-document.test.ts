/**
 * `performa document`, run as users run it (the compiled CLI): exit 2 with an Italian message on
 * bad input, a file written on success, from a file or from the stored plan of an entity.
 * The PDF and DOCX formats are tested in packages/documents; here only the cheap HTML/XLSX ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fixture, runCli } from './run-cli.js';

const EMBEDDED = { DATABASE_URL: '' };
let dir: string;
const foggia = fixture('foggia-2021.json');

beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'performa-cli-document-'));
  await chmod(dir, 0o755); // the embedded PostgreSQL runs as user postgres and must reach its data folder
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('performa document: bad input exits 2 with a clear Italian message', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown document kind', ['nota', foggia, '--period', '2021', '--format', 'html', '--out', 'x.html'], /Documento "nota" sconosciuto: usare relazione, piano, monitoraggio, scheda/],
    ['unknown format', ['relazione', foggia, '--period', '2021', '--format', 'odt', '--out', 'x.odt'], /Formato "odt" sconosciuto: usare docx, pdf, html, xlsx/],
    ['missing format', ['relazione', foggia, '--period', '2021', '--out', 'x.html'], /Manca --format/],
    ['missing --out', ['relazione', foggia, '--period', '2021', '--format', 'html'], /Manca --out PERCORSO/],
    ['missing --period', ['relazione', foggia, '--format', 'html', '--out', 'x.html'], /Manca --period P/],
    ['unknown period', ['relazione', foggia, '--period', '2030', '--format', 'html', '--out', 'x.html'], /Periodo "2030" sconosciuto\. I periodi del documento sono: 2021/],
    ['unknown scorecard', ['scheda', foggia, '--period', '2021', '--scorecard', 'nessuno', '--format', 'html', '--out', 'x.html'], /Scheda "nessuno" sconosciuta\. Le schede del documento sono: sg/],
    ['--scorecard on another document', ['relazione', foggia, '--period', '2021', '--scorecard', 'sg', '--format', 'html', '--out', 'x.html'], /--scorecard vale solo/],
    ['no file nor entity', ['relazione'], /Indicare un solo FILE/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = runCli(['document', ...args], { env: EMBEDDED });
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    });
  }

  it('an invalid narratives file', async () => {
    const bad = join(dir, 'testi.json');
    await writeFile(bad, JSON.stringify({ premessa: 42 }));
    const r = runCli(['document', 'relazione', foggia, '--period', '2021', '--format', 'html', '--out', join(dir, 'x.html'), '--narratives', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('il testo "premessa" deve essere una stringa');
  });
});

describe('performa document: writes the document', () => {
  it('--help is Italian', () => {
    const r = runCli(['document', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Uso: performa document TIPO FILE_O_ENTE --period P --format docx|pdf|html|xlsx --out PERCORSO');
  });

  it('a Relazione in HTML from a file, with narratives, progress on stderr', async () => {
    const narratives = join(dir, 'testi.json');
    await writeFile(narratives, JSON.stringify({ premessa: 'La **Relazione** del 2021.' }));
    const out = join(dir, 'relazione.html');
    const r = runCli(['document', 'relazione', foggia, '--period', '2021', '--format', 'html', '--out', out, '--narratives', narratives]);
    expect(r.stderr).toContain('Calcolo dei risultati e composizione del documento…');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Scritto ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('La <strong>Relazione</strong> del 2021.');
    expect(html).toContain('97,81 %');
  });

  it('a Piano in XLSX into a folder, default period = first plan year', () => {
    const r = runCli(['document', 'piano', fixture('bergamo-2022-plan.json'), '--format', 'xlsx', '--out', `${dir}/`]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'piano-cciaa-bergamo-2022.xlsx'))).toBe(true);
  });

  it('from the stored plan of an entity (--data), and exit 2 for an unknown entity', () => {
    const data = join(dir, 'data');
    expect(runCli(['import', foggia, '--data', data], { env: EMBEDDED }).code).toBe(0);
    const out = join(dir, 'archiviata.html');
    const r = runCli(['document', 'scheda', 'cciaa-foggia', '--period', '2021', '--format', 'html', '--out', out, '--data', data], { env: EMBEDDED });
    expect(r.stderr).not.toContain('Errore');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Risultato complessivo della scheda');
    const missing = runCli(['document', 'relazione', 'cciaa-nessuna', '--period', '2021', '--format', 'html', '--out', out, '--data', data], { env: EMBEDDED });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"cciaa-nessuna" non è un file esistente');
  });
});
