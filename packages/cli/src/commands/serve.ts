import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '@performa/storage';
import type { Command } from '../command.js';
import { BadInput, EXIT } from '../io.js';
import { loadDemo } from './demo.js';

const HELP = `Uso: performa serve [--port 3000] [--host 127.0.0.1] [--data DIR] [--demo]

Avvia Performa: l'applicazione web e l'API (documentazione su /api/docs) in un solo processo,
sul PostgreSQL incorporato nella cartella dei dati (o sul server di DATABASE_URL).
Le migrazioni del database sono applicate all'avvio. SIGTERM o Ctrl+C lo fermano in ordine:
le richieste e i documenti in corso terminano, poi si chiude il database.

Opzioni:
  --port N       porta HTTP (predefinita: PORT, altrimenti 3000)
  --host H       indirizzo di ascolto (predefinito: PERFORMA_HOST, altrimenti 127.0.0.1;
                 0.0.0.0 dietro un reverse proxy o in un container)
  --data DIR     cartella dei dati del PostgreSQL incorporato (predefinita: PERFORMA_DATA,
                 altrimenti ./data)
  --demo         modalità dimostrativa: su un database nuovo, creato ora, carica i tre piani
                 di esempio e gli account dimostrativi (password «demo»), elencati nella
                 pagina di accesso. Non parte mai su un database che non ha creato.

Variabili: PERFORMA_LOG_LEVEL (info, warn, error…; log JSON su stdout), DATABASE_URL.
Documenti in background (coda pg-boss nello stesso database, condivisa tra i processi):
PERFORMA_DOCUMENT_WORKER=0 (questo processo non genera documenti, li accoda soltanto),
PERFORMA_DOCUMENT_CONCURRENCY (documenti generati insieme, predefinito 1),
PERFORMA_DOCUMENT_TIMEOUT (secondi dopo i quali un documento in corso è dato per perso e
riassegnato, predefinito 900), PERFORMA_CHROMIUM (percorso di Chromium per PDF e DOCX).

Codici di uscita: 0 arresto ordinato, 2 opzioni non valide o demo rifiutata, 1 errore interno.
`;

/** A data folder with no PostgreSQL cluster yet: the server will create (initialise) it now. */
function isFresh(dataDir: string): boolean {
  const cluster = join(dataDir, 'pg');
  return !existsSync(cluster) || readdirSync(cluster).length === 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: "avvia l'applicazione web e l'API (--demo: con i piani e gli account di esempio)",
  help: HELP,
  options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, demo: { type: 'boolean' } },
  async run(positionals, options, io) {
    if (positionals.length > 0) throw new BadInput('performa serve non vuole argomenti: vedere "performa serve --help".');
    const port = Number(options.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BadInput(`Porta non valida: "${String(options.port)}".`);
    const demo = options.demo === true;
    const storage = await import('@performa/storage');
    const server = await import('@performa/server');
    const target = storage.resolveTarget({ dataDir: options.data as string | undefined });
    if (demo && 'databaseUrl' in target) {
      throw new BadInput('La modalità demo usa solo il database incorporato che crea lei: togliere DATABASE_URL o avviare senza --demo.');
    }
    const fresh = 'dataDir' in target && isFresh(target.dataDir);
    let store: Store;
    try {
      store = await storage.openStore({ dataDir: options.data as string | undefined, log: (m) => io.err(`${m}\n`) });
    } catch (error) {
      if (error instanceof storage.StoreError) {
        io.err(`Errore: ${error.message}\n`);
        return error instanceof storage.StoreInputError ? EXIT.badInput : EXIT.internal;
      }
      throw error;
    }
    if (demo && !(await server.demoMarker(store))) {
      if (!fresh || !(await server.databaseIsEmpty(store))) {
        await store.close();
        const where = 'dataDir' in target ? target.dataDir : '';
        throw new BadInput(
          `La modalità demo parte solo su un database creato da essa: ${where} esiste già e non è un database dimostrativo.\n` +
            'Usare un\'altra cartella (--data DIR) o avviare senza --demo.',
        );
      }
      io.err('Database nuovo: carico i piani di esempio e creo gli account dimostrativi…\n');
      await loadDemo(store, storage, { ...io, out: (text) => io.err(text) });
      await server.createDemoAccounts(store);
      await server.markDemoDatabase(store, { by: 'performa serve --demo', at: new Date().toISOString() });
    }
    const running = await server.startServer({
      store,
      port,
      host: options.host as string | undefined,
      demo,
      logger: { level: process.env.PERFORMA_LOG_LEVEL ?? 'info' },
    });
    io.err(`Performa è in ascolto su ${running.url} (API: ${running.url}/api/docs).\n`);
    if (demo) {
      io.err(`Modalità demo: accedere con uno di questi account, password «${server.DEMO_PASSWORD}»:\n`);
      for (const a of server.demoAccountList()) io.err(`  ${a.email.padEnd(34)} ${a.role}\n`);
    }
    return new Promise<number>(() => {
      /* runs until SIGTERM/SIGINT: startServer shuts down in order and exits */
    });
  },
};
