import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '@performa/core';
import type { Command } from '../command.js';
import { BadInput, EXIT, type Io } from '../io.js';
import type { Store } from '@performa/storage';
import { describeImport } from './import.js';
import { withStore } from '../store-session.js';

/** The public fixtures shipped in the repository (never ../shared), from dist/commands or src/commands. */
export const DEMO_DIR = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
export const DEMO_FILES = ['foggia-2021.json', 'bergamo-2022-plan.json', 'riviere-2023-plan.json'];

export const demoCommand: Command = {
  name: 'demo',
  summary: 'archivia i piani di esempio (tre Camere di commercio)',
  help: `Uso: performa demo [--data DIR] [--lang en]

Archivia nel database di Performa i tre piani di esempio pubblicati con Performa
(Camere di commercio di Foggia 2021, Bergamo 2022, Riviere di Liguria 2023). Si può
ripetere: i piani già presenti non vengono toccati.

Opzioni:
  --data DIR     cartella dei dati del PostgreSQL incorporato (predefinita: PERFORMA_DATA,
                 altrimenti ./data); con DATABASE_URL impostata si usa quel server
  --lang en      messaggi in inglese

Poi, per esempio: performa export cciaa-foggia --pretty

Codici di uscita: 0 tutto bene, 1 errore interno.
`,
  options: { data: { type: 'string' } },
  async run(positionals, options, io) {
    if (positionals.length > 0) throw new BadInput('performa demo non vuole argomenti (solo --data DIR).');
    return withStore(options, io, async (store, storage) => {
      await loadDemo(store, storage, io);
      return EXIT.ok;
    });
  },
};

/**
 * Loads the demo fixtures into a store (plans already there are left alone), reporting on `io`.
 * Also used by `performa serve --demo`.
 */
export async function loadDemo(store: Store, storage: typeof import('@performa/storage'), io: Io): Promise<void> {
  const docs: PlanDocument[] = [];
  for (const file of DEMO_FILES) docs.push(JSON.parse(await readFile(`${DEMO_DIR}${file}`, 'utf8')) as PlanDocument);
  const { importPlanOffline } = await import('@performa/server');
  for (const [index, doc] of docs.entries()) {
    io.err(`[${index + 1}/${docs.length}] ${DEMO_FILES[index]}…\n`);
    try {
      const summary = await importPlanOffline(store, doc, { lang: io.lang, label: 'performa demo' });
      io.out(describeImport(summary, doc.entity.name, io.lang));
    } catch (error) {
      if (!(error instanceof storage.PlanExistsError)) throw error;
      io.out(
        io.lang === 'en'
          ? `Plan "${error.planId}" of entity "${error.entityId}" (${doc.entity.name}) is already loaded.\n`
          : `Il piano "${error.planId}" dell'ente "${error.entityId}" (${doc.entity.name}) è già caricato.\n`,
      );
    }
  }
  const ids = docs.map((d) => d.entity.id).join(', ');
  io.out(io.lang === 'en' ? `Demo entities: ${ids}.\n` : `Enti di esempio: ${ids}.\n`);
}
