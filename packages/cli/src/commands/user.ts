import type { Readable, Writable } from 'node:stream';
import type { Store, StoreOptions } from '@performa/storage';
import type { Command } from '../command.js';
import { BadInput, EXIT } from '../io.js';

/** Kept in step with ROLE_CODES and MIN_PASSWORD_LENGTH of @performa/server (a test checks). */
const ROLES_TEXT = 'amministratore, controllo, dirigente, referente, oiv, lettore';
const MIN_LENGTH = 10;

const HELP = `Uso: performa user add --email E --role RUOLO [--entity ENTE] [--unit UNITÀ]...
                       [--name NOME] [--fiscal-code CF] [--password-stdin] [--data CARTELLA]

Crea un account di Performa con un ruolo, o aggiunge il ruolo all'account che ha già quell'e-mail
(aggiornando nome, codice fiscale e password se indicati).

Opzioni:
  --email E          indirizzo e-mail (è anche il nome utente)
  --role RUOLO       ${ROLES_TEXT}
  --entity ENTE      id dell'ente (es. cciaa-foggia); obbligatorio tranne che per l'amministratore:
                     un amministratore senza --entity vale per tutti gli enti, anche quelli futuri
  --unit UNITÀ       unità organizzativa (id del piano, es. svc-regolazione), ripetibile;
                     obbligatoria per dirigente (l'unità e le sue sottostanti) e referente
  --name NOME        nome e cognome
  --fiscal-code CF   codice fiscale: l'accesso con SPID/CIE (OpenID Connect) trova l'account da qui
  --password-stdin   legge la password dallo standard input (senza mostrarla se è un terminale,
                     chiedendola due volte); almeno ${MIN_LENGTH} caratteri. Senza questa opzione
                     l'account entra solo con OpenID Connect (SPID/CIE)
  --data CARTELLA    cartella del database incorporato (default: PERFORMA_DATA, poi ./data);
                     con DATABASE_URL si usa quel server PostgreSQL

Il primo amministratore, su un'installazione nuova:
  performa user add --email admin@ente.it --role amministratore --name "Nome Cognome" --password-stdin

Codici di uscita: 0 fatto, 2 dati non validi (ruolo o ente sconosciuto, e-mail non valida…), 1 errore interno.
`;

export interface UserCommandDeps {
  openStore: (options: StoreOptions) => Promise<Store>;
  readPassword: () => Promise<string>;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function makeUserCommand(deps: UserCommandDeps): Command {
  return {
    name: 'user',
    summary: 'crea gli account e assegna i ruoli (performa user add)',
    help: HELP,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      entity: { type: 'string' },
      unit: { type: 'string', multiple: true },
      name: { type: 'string' },
      'fiscal-code': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      data: { type: 'string' },
    },
    async run(positionals, options, io) {
      if (positionals[0] !== 'add' || positionals.length > 1) throw new BadInput(`Uso: performa user add --email E --role RUOLO … ("performa user --help").`);
      const email = asText(options.email);
      const role = asText(options.role);
      if (!email || !role) throw new BadInput('Indicare --email e --role ("performa user --help").');
      // Loaded here, not at start-up: the other commands do not need the server package.
      const { AccountInputError, addUser, ROLE_CODES } = await import('@performa/server');
      if (!(ROLE_CODES as readonly string[]).includes(role)) throw new BadInput(`Ruolo sconosciuto: "${role}". I ruoli sono: ${ROLE_CODES.join(', ')}.`);
      const password = options['password-stdin'] ? await deps.readPassword() : null;
      const store = await deps.openStore({ dataDir: asText(options.data), log: (m) => io.err(`${m}\n`) });
      try {
        const result = await addUser(store, {
          email,
          role,
          entityId: asText(options.entity) ?? null,
          units: asList(options.unit),
          name: asText(options.name) ?? null,
          fiscalCode: asText(options['fiscal-code']) ?? null,
          password,
        });
        const scope = result.entityId ? `nell'ente ${result.entityId}` : 'per tutti gli enti';
        const units = result.units.length > 0 ? `, unità ${result.units.join(', ')}` : '';
        const access = password ? 'con password' : result.created ? 'solo con OpenID Connect (SPID/CIE)' : 'come prima (password non modificata)';
        io.out(`${result.created ? 'Account creato' : 'Account aggiornato'}: ${result.email}, ruolo ${result.role} ${scope}${units}; accesso ${access}.\n`);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof AccountInputError) throw new BadInput(error.message);
        throw error;
      } finally {
        await store.close();
      }
    },
  };
}

export const userCommand = makeUserCommand({
  openStore: async (options) => (await import('@performa/storage')).openStore(options),
  readPassword: () => readPassword(process.stdin, process.stderr, MIN_LENGTH),
});

/**
 * A password from standard input. On a terminal it is asked twice with nothing echoed; from a
 * pipe (`echo … | performa user add … --password-stdin`) it is the first line.
 */
export async function readPassword(input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }, prompt: Writable, minLength: number): Promise<string> {
  let password: string;
  if (input.isTTY && input.setRawMode) {
    password = await readHidden(input, prompt, 'Password: ');
    const again = await readHidden(input, prompt, 'Ripetere la password: ');
    if (again !== password) throw new BadInput('Le due password non coincidono.');
  } else {
    password = await firstLine(input);
  }
  if (password.length < minLength) throw new BadInput(`La password deve avere almeno ${minLength} caratteri.`);
  return password;
}

async function firstLine(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '');
}

function readHidden(input: Readable & { setRawMode?: (raw: boolean) => unknown }, prompt: Writable, question: string): Promise<string> {
  prompt.write(question);
  input.setRawMode!(true);
  input.resume();
  let typed = '';
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode!(false);
      input.pause();
      prompt.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003' || char === '\u0004') return done(new BadInput('Annullato.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}
