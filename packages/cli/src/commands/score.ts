import { scorePlan } from '@performa/core';
import type { Command } from '../command.js';
import { BadInput, EXIT } from '../io.js';
import { loadDocumentFile } from '../load-document.js';
import { renderTable } from '../presenters/table-report.js';

export const scoreCommand: Command = {
  name: 'score',
  summary: 'calcola i risultati di un periodo (JSON o tabella)',
  help: `Uso: performa score FILE --period P [--explain] [--format json|table] [--pretty]

Calcola, secondo la metodologia (SMVP) scritta nel documento, il grado di raggiungimento di
ogni indicatore, obiettivo, ambito, unità organizzativa, prospettiva, scheda individuale e
fondo incentivante nel periodo P, e stampa il documento dei risultati (performa/1-results).

Opzioni:
  --period P         il periodo da calcolare (id di un periodo del documento, es. 2021 o 2021-S1)
  --explain          aggiunge a ogni punteggio i passaggi che lo producono (target usato,
                     formula, pesi, mix), da rifare a mano
  --format json      (predefinito) il documento dei risultati in JSON su stdout
  --format table     un resoconto leggibile in italiano, per il terminale
  --pretty           JSON indentato
  --lang en          messaggi in inglese

I valori restano non arrotondati (frazioni: 0.9781 = 97,81 %); la tabella arrotonda per
difetto/eccesso (half-up) solo per la stampa.

Codici di uscita: 0 tutto bene, 2 file non valido o periodo sconosciuto, 1 errore interno.
`,
  options: {
    period: { type: 'string', short: 'p' },
    explain: { type: 'boolean' },
    format: { type: 'string' },
    pretty: { type: 'boolean' },
  },
  async run(positionals, options, io) {
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new BadInput('Indicare un solo FILE: performa score FILE --period P');
    const format = (options.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'table') throw new BadInput(`Formato "${format}" sconosciuto: usare json oppure table.`);
    const period = options.period as string | undefined;
    if (!period) throw new BadInput('Manca --period P (es. --period 2021).');
    const doc = await loadDocumentFile(file, io);
    if (!doc.periods.some((p) => p.id === period)) {
      throw new BadInput(
        io.lang === 'en'
          ? `Unknown period "${period}". The document's periods are: ${doc.periods.map((p) => p.id).join(', ')}.`
          : `Periodo "${period}" sconosciuto. I periodi del documento sono: ${doc.periods.map((p) => p.id).join(', ')}.`,
      );
    }
    const results = scorePlan(doc, period, { explain: Boolean(options.explain) });
    if (format === 'table') io.out(renderTable(doc, results, Boolean(options.explain)));
    else io.out(`${JSON.stringify(results, null, options.pretty ? 2 : undefined)}\n`);
    return EXIT.ok;
  },
};
