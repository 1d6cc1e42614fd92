import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { loadDocumentFile } from '../load-document.js';
import { BadInput } from '../io.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'controlla un file performa/1 (schema, riferimenti, regole)',
  help: `Uso: performa validate FILE [--lang en]

Controlla che FILE sia un documento performa/1 valido: lo schema JSON, che ogni riferimento
(obiettivo padre, indicatore, unità, prospettiva, periodo) esista, che non ci siano cicli
negli alberi né id duplicati, che i pesi e i valori rilevati rispettino le regole della
specifica. Se trova problemi li elenca tutti, ognuno con la sua posizione (JSON Pointer,
es. /assignments/12/indicator), ed esce con codice 2.

Codici di uscita: 0 valido, 2 non valido o illeggibile, 1 errore interno.
`,
  options: {},
  async run(positionals, _options, io) {
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new BadInput('Indicare un solo FILE: performa validate FILE');
    const doc = await loadDocumentFile(file, io);
    io.out(
      io.lang === 'en'
        ? `${file}: valid performa/1 (${doc.objectives.length} objectives, ${(doc.assignments ?? []).length} assignments).\n`
        : `${file}: documento performa/1 valido (${doc.objectives.length} obiettivi, ${(doc.assignments ?? []).length} assegnazioni di indicatori).\n`,
    );
    return EXIT.ok;
  },
};
