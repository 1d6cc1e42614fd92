import type { Command } from '../command.js';
import { BadInput, EXIT } from '../io.js';
import { withStore } from '../store-session.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'stampa un piano archiviato come documento performa/1',
  help: `Uso: performa export ENTE [--plan PIANO] [--data DIR] [--pretty] [--lang en]

Stampa su stdout, come documento performa/1 (JSON), la versione attuale del piano PIANO
dell'ente ENTE (il suo entity.id). Il documento ha lo stesso contenuto di quello importato,
estensioni x- comprese, con le proprietà nell'ordine della specifica.

Opzioni:
  --plan PIANO   l'id del piano (plan.id, altrimenti il primo anno, es. 2021); si può
                 omettere quando l'ente ha un solo piano
  --data DIR     cartella dei dati del PostgreSQL incorporato (predefinita: PERFORMA_DATA,
                 altrimenti ./data); con DATABASE_URL impostata si usa quel server
  --pretty       JSON indentato
  --lang en      messaggi in inglese

Esempio: performa export cciaa-foggia --plan 2021 > foggia.json

Codici di uscita: 0 tutto bene, 2 ente o piano sconosciuto (o da scegliere con --plan),
1 errore interno.
`,
  options: { plan: { type: 'string' }, data: { type: 'string' }, pretty: { type: 'boolean' } },
  async run(positionals, options, io) {
    const [entityId] = positionals;
    if (!entityId || positionals.length > 1) throw new BadInput('Indicare un solo ENTE: performa export ENTE [--plan PIANO]');
    return withStore(options, io, async (store, storage) => {
      const doc = await storage.exportPlan(store, entityId, options.plan as string | undefined, { lang: io.lang });
      io.out(`${JSON.stringify(doc, null, options.pretty ? 2 : undefined)}\n`);
      return EXIT.ok;
    });
  },
};
