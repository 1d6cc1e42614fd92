import { PassThrough } from 'node:stream';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan, openStore, type Store } from '@performa/storage';
import { MIN_PASSWORD_LENGTH, ROLE_CODES, verifyPassword } from '@performa/server';
import { main } from '../src/main.js';
import { readPassword } from '../src/commands/user.js';
import { loadFixture } from '../../storage/test/documents.js';
import { tempDataDir } from '../../storage/test/servers.js';

/**
 * `performa user add`, run in-process through the CLI's main() on an embedded database (--data),
 * with the password fed to standard input.
 */
let dir: string;
let store: Store;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  delete process.env.DATABASE_URL;
  dir = await tempDataDir();
  store = await openStore({ dataDir: dir, databaseUrl: null });
  await importPlan(store, loadFixture('foggia-2021.json'));
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
  if (savedUrl !== undefined) process.env.DATABASE_URL = savedUrl;
});

/** Runs `performa ARGS` with `stdin` as standard input; returns exit code and output. */
async function performa(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const input = new PassThrough();
  input.end(stdin);
  const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { value: input, configurable: true });
  try {
    const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), lang: 'it' });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    Object.defineProperty(process, 'stdin', original);
  }
}
const add = (...args: string[]) => ['user', 'add', ...args, '--data', dir];
const grantsOf = async (email: string) =>
  (await store.pool.query(
    `SELECT g.entity_id, g.role, g.units, u.password_hash, u.name, u.fiscal_code FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = $1 ORDER BY g.id`,
    [email],
  )).rows;

describe('performa user add', () => {
  it('has an Italian --help that explains the first administrator', async () => {
    const r = await performa(['user', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: performa user add --email E --role RUOLO/);
    expect(r.stdout).toContain('Il primo amministratore');
    expect(r.stdout).toContain(`--role RUOLO       ${ROLE_CODES.join(', ')}`);
    expect(r.stdout).toContain(`almeno ${MIN_PASSWORD_LENGTH} caratteri`);
  });

  it('creates the first administrator, valid for every entity, with a password read from stdin', async () => {
    const r = await performa(add('--email', 'Admin@Ente.IT', '--role', 'amministratore', '--name', 'Anna Admin', '--password-stdin'), 'una-password-lunga\n');
    expect(r.stderr).not.toMatch(/errore/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Account creato: admin@ente.it, ruolo amministratore per tutti gli enti');
    const [grant] = await grantsOf('admin@ente.it');
    expect(grant).toMatchObject({ entity_id: null, role: 'amministratore', units: [], name: 'Anna Admin' });
    expect(await verifyPassword(grant.password_hash, 'una-password-lunga')).toBe(true);
  });

  it('scopes a referente to units of an entity (--unit repeatable) and adds roles to an existing account', async () => {
    const r = await performa(
      add('--email', 'ref@foggia.it', '--role', 'referente', '--entity', 'cciaa-foggia', '--unit', 'svc-regolazione', '--unit', 'svc-anagrafe', '--fiscal-code', 'rssmra80a01h501u'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('solo con OpenID Connect');
    const again = await performa(add('--email', 'ref@foggia.it', '--role', 'lettore', '--entity', 'cciaa-foggia'));
    expect(again.stdout).toContain('Account aggiornato');
    const grants = await grantsOf('ref@foggia.it');
    expect(grants.map((g) => [g.entity_id, g.role, g.units])).toEqual([
      ['cciaa-foggia', 'referente', ['svc-regolazione', 'svc-anagrafe']],
      ['cciaa-foggia', 'lettore', []],
    ]);
    expect(grants[0].password_hash).toBeNull();
    expect(grants[0].fiscal_code).toBe('RSSMRA80A01H501U');
  });

  it.each([
    [['--email', 'x@ente.it', '--role', 'capo'], /Ruolo sconosciuto: "capo"\. I ruoli sono: amministratore, controllo/],
    [['--email', 'non-una-mail', '--role', 'lettore', '--entity', 'cciaa-foggia'], /Indirizzo e-mail non valido: "non-una-mail"/],
    [['--email', 'x@ente.it', '--role', 'lettore', '--entity', 'cciaa-nessuna'], /Ente sconosciuto: "cciaa-nessuna"\. Gli enti sono: cciaa-foggia/],
    [['--email', 'x@ente.it', '--role', 'controllo'], /Indicare l'ente \(--entity\) per il ruolo controllo/],
    [['--email', 'x@ente.it', '--role', 'referente', '--entity', 'cciaa-foggia'], /richiede almeno un'unità/],
    [['--email', 'x@ente.it', '--role', 'dirigente', '--entity', 'cciaa-foggia', '--unit', 'svc-marte'], /Unità sconosciuta nell'ente cciaa-foggia: svc-marte/],
    [['--email', 'x@ente.it', '--role', 'oiv', '--entity', 'cciaa-foggia', '--unit', 'svc-anagrafe'], /valgono solo per i ruoli dirigente e referente/],
    [['--email', 'x@ente.it', '--role', 'lettore', '--entity', 'cciaa-foggia', '--fiscal-code', 'ABC'], /Codice fiscale non valido/],
    [['--email', 'x@ente.it', '--role', 'lettore', '--entity', 'cciaa-foggia', '--password-stdin'], /almeno 10 caratteri/],
    [['--role', 'lettore'], /Indicare --email e --role/],
  ])('exits 2 on bad input %j', async (args, message) => {
    const r = await performa(add(...args), 'corta\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect((await store.pool.query(`SELECT 1 FROM users WHERE email = 'x@ente.it'`)).rowCount).toBe(0);
  });

  it('refuses a fiscal code that belongs to another account', async () => {
    const r = await performa(add('--email', 'altro@foggia.it', '--role', 'lettore', '--entity', 'cciaa-foggia', '--fiscal-code', 'RSSMRA80A01H501U'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("è già dell'account ref@foggia.it");
  });
});

describe('reading the password', () => {
  it('takes the first line from a pipe', async () => {
    const input = new PassThrough();
    input.end('segreto-lungo\naltro\n');
    expect(await readPassword(input, new PassThrough(), 10)).toBe('segreto-lungo');
  });

  it('on a terminal asks twice without echoing what is typed', async () => {
    const typing = (_unused: string) => Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
    const input = typing('');
    const prompt = new PassThrough();
    const shown: string[] = [];
    prompt.on('data', (d) => {
      shown.push(String(d));
      if (String(d).includes('Password: ')) setImmediate(() => input.write('segreto-lungo\r'));
      if (String(d).includes('Ripetere')) setImmediate(() => input.write('segreto-lungo\r'));
    });
    expect(await readPassword(input, prompt, 10)).toBe('segreto-lungo');
    expect(shown.join('')).not.toContain('segreto');

    const mismatch = typing('');
    const prompt2 = new PassThrough();
    prompt2.on('data', (d) => {
      if (String(d).includes('Password: ')) setImmediate(() => mismatch.write('segreto-lungo\r'));
      if (String(d).includes('Ripetere')) setImmediate(() => mismatch.write('segreto-diverso\r'));
    });
    await expect(readPassword(mismatch, prompt2, 10)).rejects.toThrow('Le due password non coincidono.');
  });
});
