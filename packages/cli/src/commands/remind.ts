import type { Command } from '../command.js';
import { BadInput, EXIT } from '../io.js';
import { withStore } from '../store-session.js';

export const remindCommand: Command = {
  name: 'remind',
  summary: 'invia per e-mail i promemoria dei dati mancanti (da cron)',
  help: `Uso: performa remind [--entity ENTE --plan PIANO [--period P]] [--data DIR]

Invia a ogni referente, e al suo dirigente dopo la scadenza, il riepilogo dei valori ancora da
inserire o da inviare nei periodi aperti. Senza --entity considera ogni piano in vigore di ogni
ente. Pensato per essere eseguito ogni giorno da cron.

Le e-mail partono solo se è configurato un server SMTP (PERFORMA_SMTP_URL, PERFORMA_SMTP_FROM;
vedere docs/auth.md); altrimenti il comando lo dice e non invia nulla.

Opzioni:
  --entity ENTE   solo questo ente (richiede --plan)
  --plan PIANO    solo questo piano
  --period P      solo questo periodo
  --data DIR      cartella del database incorporato (con DATABASE_URL si usa quel server)

Codici di uscita: 0 fatto, 2 dati non validi, 1 errore interno o invio fallito.
`,
  options: { entity: { type: 'string' }, plan: { type: 'string' }, period: { type: 'string' }, data: { type: 'string' } },
  async run(positionals, options, io) {
    if (positionals.length > 0) throw new BadInput('performa remind non vuole argomenti posizionali.');
    const entityId = options.entity as string | undefined;
    const planId = options.plan as string | undefined;
    if (Boolean(entityId) !== Boolean(planId)) throw new BadInput('Indicare --entity e --plan insieme (o nessuno dei due).');
    const server = await import('@performa/server');
    return withStore(options, io, async (store) => {
      let report;
      try {
        report = entityId
          ? await server.sendReminders(store, { entityId, planId: planId!, ...(options.period ? { period: options.period as string } : {}) })
          : await server.sendAllReminders(store);
      } catch (error) {
        if (error instanceof server.ReminderInputError) throw new BadInput(error.message);
        throw error;
      }
      if (!report.configured) {
        io.out('SMTP non configurato (PERFORMA_SMTP_URL): nessun promemoria inviato.\n');
        return EXIT.ok;
      }
      io.out(`Valori mancanti: ${report.missing}. E-mail inviate: ${report.sent.length}. Non riuscite: ${report.failed.length}.\n`);
      return report.failed.length > 0 ? EXIT.internal : EXIT.ok;
    });
  },
};
