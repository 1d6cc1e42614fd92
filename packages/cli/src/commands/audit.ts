import type { Command } from '../command.js';
import { BadInput, EXIT } from '../io.js';
import { withStore } from '../store-session.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'verifica la catena del registro di audit (performa audit verify)',
  help: `Uso: performa audit verify [--entity ID] [--data DIR]

Ricalcola la catena di hash del registro di audit (di ogni ente, o dell'ente indicato) e
segnala il primo anello spezzato: una registrazione modificata dopo la scrittura, una
mancante, una non collegata alla precedente.

Opzioni:
  --entity ID    verifica solo la catena di quell'ente
  --data DIR     cartella dei dati del PostgreSQL incorporato (predefinita: PERFORMA_DATA,
                 altrimenti ./data); con DATABASE_URL impostata si usa quel server

Codici di uscita: 0 catena integra, 1 catena spezzata (o errore interno), 2 uso errato.
`,
  options: { entity: { type: 'string' }, data: { type: 'string' } },
  async run(positionals, options, io) {
    if (positionals.length !== 1 || positionals[0] !== 'verify') throw new BadInput('Uso: performa audit verify [--entity ID] [--data DIR]');
    const { verifyAuditChain } = await import('@performa/server');
    return withStore(options, io, async (store) => {
      const report = await verifyAuditChain(store.pool, options.entity as string | undefined);
      if (report.ok) {
        io.out(`Registro di audit integro: ${report.records} registrazioni, ${report.entities} ${report.entities === 1 ? 'ente' : 'enti'}.\n`);
        return EXIT.ok;
      }
      io.out(`Registro di audit NON integro: ${report.broken!.message}\n(verificate ${report.records} registrazioni prima del primo anello spezzato)\n`);
      return EXIT.internal;
    });
  },
};
