import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.js';

const foggia = () => JSON.parse(readFileSync(fixture('foggia-2021.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'performa-cli-'));
const write = (name: string, doc: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return path;
};

describe('performa score', () => {
  it('prints the results document of spec §4 for Foggia 2021 (ente 98,40 %, OP.02.01.01 97,81 %)', () => {
    const r = runCli(['score', fixture('foggia-2021.json'), '--period', '2021']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results.format).toBe('performa/1-results');
    expect(results.period).toBe('2021');
    // Relazione 2021, lines 55 and 281: "98,40 %"; OP.02.01.01 card: 97,81 %.
    expect(Math.round(results.entity.score * 10000) / 100).toBe(98.4);
    expect(Math.round(results.objectives['OP.02.01.01'].score * 10000) / 100).toBe(97.81);
    expect(results.assignments).toHaveLength(115);
  });

  it('--explain shows how OP.02.01.01 reaches 97,81 % and the ≤ rule and 30/70 mix of OS.03.02', () => {
    const r = runCli(['score', fixture('foggia-2021.json'), '--period', '2021', '--explain']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    const op = results.objectives['OP.02.01.01'].explain;
    const text = op.text.join('\n');
    expect(text).toContain('≥ 73 %');
    expect(text).toContain('69,8 / 73');
    expect(text).toContain('95,62 %');
    expect(text).toContain('entro il 31/03/2021');
    expect(text).toContain('97,81 %');
    expect(op.members.map((m: { share: number }) => m.share)).toEqual([0.5, 0.5]);
    const os = results.objectives['OS.03.02'].explain;
    expect(os.blocks.mix).toEqual({ indicators: 0.3, children: 0.7 });
    expect(os.text.join('\n')).toContain('1 − (42,88 − 40) / 40');
    expect(os.text.join('\n')).toContain('92,80 %');
    expect(os.text.join('\n')).toMatch(/0,3 × 98,2 % \+ 0,7 × 99,83\d* % = 99,34 %/);
  });

  it('--format table prints an Italian report', () => {
    const r = runCli(['score', fixture('foggia-2021.json'), '--period', '2021', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Performance organizzativa dell'ente: 98,40 %  Raggiunto");
    expect(r.stdout).toMatch(/OP\.02\.01\.01 .* 97,81 %  Raggiunto/);
    expect(r.stdout).toContain('scostamento -116,00 gg');
  });

  it('an unknown period is bad input: exit 2, the periods listed, nothing on stdout', () => {
    const r = runCli(['score', fixture('foggia-2021.json'), '--period', '2031']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Periodo "2031" sconosciuto');
    expect(r.stderr).toContain('2021');
  });

  it('a missing file and broken JSON are bad input with a clear message', () => {
    const missing = runCli(['score', join(tmp, 'nope.json'), '--period', '2021']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('il file non esiste');
    const broken = runCli(['score', write('broken.json', '{"format": "performa/1",'), '--period', '2021']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('non è un JSON valido');
  });
});

describe('performa validate', () => {
  it('accepts the three public fixtures', () => {
    for (const name of ['foggia-2021.json', 'bergamo-2022-plan.json', 'riviere-2023-plan.json']) {
      const r = runCli(['validate', fixture(name)]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('reports every problem once, each with its JSON Pointer, and exits 2', () => {
    const doc = foggia();
    doc.assignments[100].indicator = 'I-does-not-exist';
    doc.objectives[5].parent = 'AS.99';
    doc.measurements[3].period = '2099';
    doc.assignments[7].weight = -1;
    const r = runCli(['validate', write('bad.json', doc)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // Schema errors come first (a negative weight); references are checked on a schema-valid document.
    expect(r.stderr).toContain('/assignments/7/weight: deve essere maggiore o uguale a 0');
    doc.assignments[7].weight = null;
    const r2 = runCli(['validate', write('bad2.json', doc)]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('3 problemi');
    expect(r2.stderr).toContain('/assignments/100/indicator: l\'indicatore "I-does-not-exist" non esiste');
    expect(r2.stderr).toContain('/objectives/5/parent: l\'obiettivo "AS.99" non esiste');
    expect(r2.stderr).toContain('/measurements/3/period: il periodo "2099" non esiste');
    const en = runCli(['validate', write('bad2.json', doc), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('/assignments/100/indicator: indicator "I-does-not-exist" does not exist');
  });

  it('names a dangling indicator deep in a large document', () => {
    const doc = foggia();
    const base = doc.assignments.length;
    for (let i = base; i <= 4000; i++) {
      doc.indicators.push({ id: `X${i}`, name: `Indicatore ${i}`, unit: 'N.' });
      doc.assignments.push({ objective: 'OP.01.01.01', indicator: `X${i}`, weight: null, targets: { '2021': { op: '>=', value: 1 } } });
    }
    doc.assignments[4000].indicator = 'X-missing';
    const r = runCli(['validate', write('deep.json', doc)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/assignments/4000/indicator');
  });
});

describe('performa --help', () => {
  it('every command has an Italian help', () => {
    const general = runCli(['--help']);
    expect(general.code).toBe(0);
    for (const name of ['validate', 'score', 'import', 'export', 'demo', 'serve']) {
      expect(general.stdout).toContain(name);
      const r = runCli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Uso: performa /);
    }
  });

  it('an unknown command or option is bad input', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['score', '--nope']).code).toBe(2);
  });
});
