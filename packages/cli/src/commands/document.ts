import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatProblems, validateDocument, type PlanDocument } from '@performa/core';
import type { Command } from '../command.js';
import { BadInput, EXIT, type Io } from '../io.js';
import { loadDocumentFile } from '../load-document.js';

const KINDS = ['relazione', 'piano', 'monitoraggio', 'scheda'] as const;
const FORMATS = ['docx', 'pdf', 'html', 'xlsx'] as const;
type Kind = (typeof KINDS)[number];

async function exists(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function loadStoredPlan(entityId: string, planId: string | undefined, dataDir: string | undefined, io: Io): Promise<PlanDocument> {
  const { openStore, exportPlan, StoreInputError } = await import('@performa/storage');
  io.err(`Apertura dell'archivio${dataDir ? ` in ${dataDir}` : ''}…\n`);
  const store = await openStore({ ...(dataDir ? { dataDir } : {}), log: (m) => io.err(`${m}\n`) });
  try {
    const doc = await exportPlan(store, entityId, planId, { lang: io.lang });
    const checked = validateDocument(doc, io.lang);
    if (!checked.ok) throw new BadInput(formatProblems(checked.problems, io.lang, `${entityId} (archivio)`));
    return checked.document;
  } catch (error) {
    // Unknown entity or plan (PlanNotFoundError), invalid stored document: the user's to fix.
    if (error instanceof StoreInputError) {
      throw new BadInput(`"${entityId}" non è un file esistente; come ente dell'archivio: ${error.message}`);
    }
    throw error;
  } finally {
    await store.close();
  }
}

async function loadNarratives(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BadInput(`Impossibile leggere il file dei testi "${path}" (${(error as NodeJS.ErrnoException).code}).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadInput(`"${path}" non è un JSON valido: ${(error as Error).message}`);
  }
  const { asNarratives } = await import('@performa/documents');
  const narratives = asNarratives(value);
  if (typeof narratives === 'string') throw new BadInput(`${path}: ${narratives}.`);
  return narratives as Record<string, string>;
}

export const documentCommand: Command = {
  name: 'document',
  summary: 'genera Relazione, Piano, Monitoraggio OIV o Scheda individuale (docx, pdf, html, xlsx)',
  help: `Uso: performa document TIPO FILE_O_ENTE --period P --format docx|pdf|html|xlsx --out PERCORSO
             [--scorecard ID] [--narratives TESTI.json] [--plan PIANO] [--data CARTELLA]

Genera un documento ufficiale del ciclo della performance dai dati: ogni numero è quello
calcolato da Performa secondo la metodologia (SMVP) del documento.

TIPO
  relazione      Relazione sulla performance del periodo P (schema Unioncamere)
  piano          Piano della performance: mappa strategica, cruscotto con baseline e target
                 di ogni anno, obiettivi per unità, obiettivi individuali, rimodulazioni
                 (--period facoltativo: anno di riferimento, predefinito il primo del piano)
  monitoraggio   Monitoraggio intermedio per l'OIV del periodo P (es. 2021-S1): target annuali
                 e del periodo, valori, cause degli scostamenti e azioni correttive
  scheda         Scheda individuale per il colloquio di valutazione (--scorecard ID; predefinita
                 la prima scheda del documento)

FILE_O_ENTE
  un file performa/1 (JSON), oppure l'id di un ente dell'archivio: in tal caso si usa il piano
  archiviato (--plan PIANO per sceglierne uno, --data CARTELLA per l'archivio incorporato).

Opzioni:
  --period P           il periodo (id di un periodo del documento, es. 2021 o 2021-S1)
  --format F           docx (Word modificabile), pdf (A4, con segnalibri e numeri di pagina),
                       html (anteprima), xlsx (una tabella per foglio)
  --out PERCORSO       il file da scrivere (o una cartella: il nome è scelto da Performa)
  --scorecard ID       la scheda individuale (solo per "scheda")
  --narratives FILE    testi dell'amministrazione: JSON { "premessa": "...", "contesto": "..." }
                       in Markdown semplificato (paragrafi, **grassetto**, *corsivo*, elenchi
                       con "- " o "1. ", sottotitoli con "### "); i testi mancanti sono segnalati
                       come "[Testo da completare a cura dell'amministrazione]"
  --plan PIANO         il piano dell'ente nell'archivio (predefinito: il più recente)
  --data CARTELLA      la cartella dell'archivio incorporato (predefinita: PERFORMA_DATA o ./data)
  --toc-pages          numeri di pagina nell'indice del PDF (il PDF viene stampato due volte);
                       nel DOCX sono scritti da soli fino a 1.500 righe di tabella, oltre li
                       aggiorna Word all'apertura

Chiavi dei testi: relazione: premessa, risultati, contesto, albero, strategici, operativi,
valutazione, genere, individuali, processo; piano: premessa, missione, contesto, strategia,
individuali; monitoraggio: premessa, conclusioniOiv; scheda: noteValutazione.

PDF e grafici del DOCX usano Chromium (/usr/bin/chromium o la variabile PERFORMA_CHROMIUM).
L'avanzamento è scritto su stderr.

Codici di uscita: 0 documento scritto, 2 dati o opzioni non validi, 1 errore interno.
`,
  options: {
    period: { type: 'string', short: 'p' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    scorecard: { type: 'string' },
    narratives: { type: 'string' },
    plan: { type: 'string' },
    data: { type: 'string' },
    'toc-pages': { type: 'boolean' },
  },
  async run(positionals, options, io) {
    const [kind, source, ...extra] = positionals;
    if (!kind || !(KINDS as readonly string[]).includes(kind)) {
      throw new BadInput(
        `${kind ? `Documento "${kind}" sconosciuto` : 'Manca il tipo di documento'}: usare ${KINDS.join(', ')}.\nUso: performa document TIPO FILE_O_ENTE --period P --format F --out PERCORSO`,
      );
    }
    if (!source || extra.length) throw new BadInput('Indicare un solo FILE o id di ente: performa document TIPO FILE_O_ENTE ...');
    const format = options.format as string | undefined;
    if (!format) throw new BadInput(`Manca --format: usare ${FORMATS.join(', ')}.`);
    if (!(FORMATS as readonly string[]).includes(format)) throw new BadInput(`Formato "${format}" sconosciuto: usare ${FORMATS.join(', ')}.`);
    const out = options.out as string | undefined;
    if (!out) throw new BadInput('Manca --out PERCORSO: il file da scrivere.');
    const period = options.period as string | undefined;
    if (!period && kind !== 'piano') throw new BadInput('Manca --period P (es. --period 2021).');
    const scorecard = options.scorecard as string | undefined;
    if (scorecard && kind !== 'scheda') throw new BadInput('--scorecard vale solo per il documento "scheda".');
    const narratives = options.narratives ? await loadNarratives(options.narratives as string) : undefined;

    const doc =
      (await exists(source)) === 'file'
        ? await loadDocumentFile(source, io)
        : await loadStoredPlan(source, options.plan as string | undefined, options.data as string | undefined, io);

    const { renderDocument, DocumentError } = await import('@performa/documents');
    let rendered;
    try {
      rendered = await renderDocument({
        kind: kind as Kind,
        format: format as (typeof FORMATS)[number],
        doc,
        ...(period ? { period } : {}),
        ...(narratives ? { narratives } : {}),
        ...(scorecard ? { scorecard } : {}),
        ...(options['toc-pages'] ? { tocPageNumbers: true } : {}),
        onProgress: (p) => io.err(`${p.message}${p.fraction < 1 ? '…' : '.'}\n`),
      });
    } catch (error) {
      if (error instanceof DocumentError) throw new BadInput(error.message);
      throw error;
    }
    const target = out.endsWith('/') || (await exists(out)) === 'dir' ? join(out, rendered.fileName) : out;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, rendered.data);
    io.out(`Scritto ${target} (${rendered.data.byteLength.toLocaleString('it-IT')} byte, periodo ${rendered.period}).\n`);
    return EXIT.ok;
  },
};
