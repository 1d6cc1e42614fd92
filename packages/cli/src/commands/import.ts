import type { ImportSummary, Store } from '@performa/storage';
import type { Command } from '../command.js';
import { BadInput, EXIT, type Io } from '../io.js';
import { loadDocumentFile } from '../load-document.js';
import { withStore } from '../store-session.js';


/**
 * Opens the archive for one command: `--data DIR` (else PERFORMA_DATA, else ./data) or the server
 * of DATABASE_URL. The storage package is loaded only here, so that commands without a database do
 * not pay for it. Store errors the user can fix become BadInput (exit 2); other store errors are
 * printed without a stack trace (exit 1).
 */

const PARTS_IT: [keyof ImportSummary['created'], string][] = [
  ['periods', 'periodi'], ['units', 'unità organizzative'], ['perspectives', 'prospettive'],
  ['objectives', 'obiettivi'], ['indicators', 'indicatori'], ['assignments', 'assegnazioni'],
  ['targets', 'target'], ['revisions', 'rimodulazioni'], ['measurements', 'rilevazioni'],
  ['overrides', 'neutralizzazioni'], ['scorecards', 'schede individuali'], ['incentives', 'fondi incentivanti'],
  ['monitoring', 'osservazioni di monitoraggio'],
];

/** The Italian (or English) account of an import, for stdout. */
export function describeImport(summary: ImportSummary, entityName: string, lang: 'it' | 'en'): string {
  const counts = PARTS_IT.filter(([key]) => summary.created[key] > 0)
    .map(([key, label]) => `${lang === 'en' ? key : label}: ${summary.created[key]}`)
    .join(', ');
  const what =
    lang === 'en'
      ? `${summary.replaced ? 'Replaced' : 'Imported'} plan "${summary.planId}" of entity "${summary.entityId}" (${entityName})` +
        (summary.replaced ? `: version ${summary.version}, the previous one is kept as history` : '')
      : `${summary.replaced ? 'Sostituito' : 'Importato'} il piano "${summary.planId}" dell'ente "${summary.entityId}" (${entityName})` +
        (summary.replaced ? `: versione ${summary.version}, la precedente resta nello storico` : '');
  return `${what}.\n  ${counts || (lang === 'en' ? 'no rows' : 'nessuna riga')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary: "archivia un piano performa/1 nel database (--replace per sostituirlo)",
  help: `Uso: performa import FILE [--data DIR] [--replace] [--lang en]

Controlla FILE (un documento performa/1) e lo archivia nel database di Performa, tutto o
niente: se c'è un problema non viene scritto nulla. Stampa che cosa è stato creato
(periodi, obiettivi, indicatori, target, rilevazioni, ...).

Un piano è identificato dall'ente (entity.id) e dal suo id (plan.id, altrimenti il primo
anno del piano). Un piano già archiviato non viene toccato, a meno di --replace: allora il
documento diventa la nuova versione e la precedente resta nello storico.

Opzioni:
  --data DIR     cartella dei dati del PostgreSQL incorporato (predefinita: PERFORMA_DATA,
                 altrimenti ./data); con DATABASE_URL impostata si usa quel server
  --replace      sostituisce il piano se è già archiviato
  --lang en      messaggi in inglese

Codici di uscita: 0 archiviato, 2 file non valido o piano già presente senza --replace,
1 errore interno.
`,
  options: { data: { type: 'string' }, replace: { type: 'boolean' } },
  async run(positionals, options, io) {
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new BadInput('Indicare un solo FILE: performa import FILE [--data DIR] [--replace]');
    const doc = await loadDocumentFile(file, io);
    const { importPlanOffline } = await import('@performa/server');
    return withStore(options, io, async (store) => {
      io.err(io.lang === 'en' ? `Writing ${file}…\n` : `Scrivo ${file} nel database…\n`);
      const summary = await importPlanOffline(store, doc, { replace: Boolean(options.replace), lang: io.lang, label: 'performa import (riga di comando)' });
      io.out(describeImport(summary, doc.entity.name, io.lang));
      return EXIT.ok;
    });
  },
};
