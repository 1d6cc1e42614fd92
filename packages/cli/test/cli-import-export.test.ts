/**
 * `performa import | export | demo`, run as users run them: the compiled CLI (npm run build first)
 * on an embedded server in a temporary data folder, and once on the external server (DATABASE_URL).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fixture, runCli } from './run-cli.js';
import { clone, loadFixture, normalise } from '../../storage/test/documents.js';
import { externalProblem, throwAwayDatabase } from '../../storage/test/servers.js';

const EMBEDDED = { DATABASE_URL: '' };
let dir: string;
const cli = (...args: string[]) => runCli([...args, '--data', dir], { env: EMBEDDED });

beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'performa-cli-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('performa import / export', () => {
  const foggia = loadFixture('foggia-2021.json');

  it('imports a plan and says what it created', () => {
    const r = cli('import', fixture('foggia-2021.json'));
    expect(r.stderr).not.toContain('Errore');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Importato il piano "2021" dell'ente "cciaa-foggia" (${foggia.entity.name})`);
    expect(r.stdout).toContain(`obiettivi: ${foggia.objectives.length}`);
    expect(r.stdout).toContain(`indicatori: ${foggia.indicators!.length}`);
    expect(r.stdout).toContain(`rilevazioni: ${foggia.measurements!.length}`);
  });

  it('exports it as performa/1 JSON on stdout, nothing else', () => {
    const r = cli('export', 'cciaa-foggia');
    expect(r.code).toBe(0);
    expect(normalise(JSON.parse(r.stdout))).toEqual(normalise(foggia));
    const pretty = cli('export', 'cciaa-foggia', '--plan', '2021', '--pretty');
    expect(pretty.code).toBe(0);
    expect(pretty.stdout.split('\n')[1]).toBe('  "format": "performa/1",');
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(r.stdout));
  });

  it('exits 2 on an unknown entity or plan', () => {
    const entity = cli('export', 'ente-che-non-esiste');
    expect(entity.code).toBe(2);
    expect(entity.stdout).toBe('');
    expect(entity.stderr).toContain('Ente sconosciuto: "ente-che-non-esiste"');
    const plan = cli('export', 'cciaa-foggia', '--plan', '1999');
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('"1999"');
    const english = runCli(['export', 'ente-che-non-esiste', '--data', dir, '--lang', 'en'], { env: EMBEDDED });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('Unknown entity "ente-che-non-esiste"');
  });

  it('refuses to overwrite a stored plan without --replace, replaces it with it', async () => {
    const again = cli('import', fixture('foggia-2021.json'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('già archiviato');
    expect(again.stderr).toContain('--replace');
    const revised = clone(foggia);
    revised.measurements![0]!.value = 1234;
    const file = join(dir, 'revised.json');
    await writeFile(file, JSON.stringify(revised));
    const replaced = cli('import', file, '--replace');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('Sostituito il piano "2021"');
    expect(replaced.stdout).toContain('versione 2');
    expect(normalise(JSON.parse(cli('export', 'cciaa-foggia').stdout))).toEqual(normalise(revised));
  });

  it('exits 2 on an invalid document, naming the JSON path, and writes nothing', async () => {
    const before = cli('export', 'cciaa-foggia').stdout;
    const broken = clone(loadFixture('bergamo-2022-plan.json'));
    const index = broken.assignments!.length - 1;
    broken.assignments![index]!.indicator = 'I-inesistente';
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    const r = cli('import', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`/assignments/${index}/indicator`);
    expect(cli('export', 'cciaa-bergamo').code).toBe(2);
    expect(cli('export', 'cciaa-foggia').stdout).toBe(before);
    const missing = cli('import', join(dir, 'non-esiste.json'));
    expect(missing.code).toBe(2);
  });

  it('has an Italian --help for each command', () => {
    for (const command of ['import', 'export', 'demo']) {
      const r = runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Uso: performa ${command}`);
      expect(r.stdout).toContain('Codici di uscita');
    }
  });
});

describe('performa demo', () => {
  it('loads the three public fixtures, and says so when they are already there', () => {
    const first = cli('demo');
    expect(first.code).toBe(0);
    // foggia was imported by the tests above: demo leaves it alone and loads the other two.
    expect(first.stdout).toContain(`Il piano "2021" dell'ente "cciaa-foggia"`);
    expect(first.stdout).toContain('è già caricato');
    for (const name of ['bergamo-2022-plan.json', 'riviere-2023-plan.json']) {
      const doc = loadFixture(name);
      expect(first.stdout).toContain(`Importato il piano "${doc.plan!.years![0]}" dell'ente "${doc.entity.id}"`);
      expect(normalise(JSON.parse(cli('export', doc.entity.id).stdout))).toEqual(normalise(doc));
    }
    const second = cli('demo');
    expect(second.code).toBe(0);
    expect(second.stdout.match(/è già caricato/g)).toHaveLength(3);
  });
});

describe.skipIf(externalProblem !== null && process.env.CI !== 'true')('performa with DATABASE_URL', () => {
  it('imports into and exports from the external server', async () => {
    const db = await throwAwayDatabase();
    try {
      const env = { DATABASE_URL: db.url };
      const imported = runCli(['import', fixture('riviere-2023-plan.json')], { env });
      expect(imported.code).toBe(0);
      const exported = runCli(['export', 'cciaa-riviere-di-liguria'], { env });
      expect(exported.code).toBe(0);
      expect(normalise(JSON.parse(exported.stdout))).toEqual(normalise(loadFixture('riviere-2023-plan.json')));
    } finally {
      await db.drop();
    }
  });
});
