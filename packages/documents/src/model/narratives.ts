/**
 * Narrative sections: text written by the administration (stored per plan and year in the app),
 * keyed by section. Missing ones get a visible placeholder, so a draft is never mistaken for a
 * finished document.
 */
import { parseRichText } from './rich-text.js';
import type { Block } from './types.js';

/** Section key → narrative text in the safe Markdown subset of rich-text.ts. */
export type Narratives = Readonly<Record<string, string | null | undefined>>;

export const PLACEHOLDER = "[Testo da completare a cura dell'amministrazione]";

/** The narrative keys each document reads, with what the text should say (shown in the placeholder). */
export const NARRATIVE_KEYS = {
  relazione: {
    premessa: 'finalità del documento e riferimenti al Piano',
    risultati: 'commento ai principali risultati',
    contesto: 'analisi del contesto esterno e delle risorse',
    albero: "commento all'albero della performance",
    strategici: 'commento agli obiettivi strategici',
    operativi: 'commento agli obiettivi operativi',
    valutazione: "esito della valutazione dell'OIV e presa d'atto della Giunta",
    genere: 'bilancio di genere',
    individuali: 'commento agli obiettivi individuali',
    processo: 'fasi, tempi e soggetti del processo di misurazione e valutazione',
  },
  piano: {
    premessa: 'finalità del Piano e raccordo con la programmazione',
    missione: "missione e presentazione dell'ente",
    contesto: 'analisi del contesto esterno e interno',
    strategia: 'commento alla mappa strategica',
    individuali: 'dalla performance organizzativa alla performance individuale',
  },
  monitoraggio: {
    premessa: 'finalità e modalità del monitoraggio',
    conclusioniOiv: "conclusioni dell'OIV",
  },
  scheda: {
    noteValutazione: 'osservazioni emerse nel colloquio di valutazione',
  },
} as const;

/** Keys whose absence leaves the section out instead of printing a placeholder. */
const OPTIONAL = new Set(['risultati', 'albero', 'strategici', 'operativi', 'individuali', 'strategia']);

/**
 * The blocks of a narrative section: the parsed text, or the placeholder (marked, in italics).
 * Optional commentary sections return nothing when empty.
 */
export function narrativeBlocks(narratives: Narratives | undefined, key: string, hint?: string): Block[] {
  const text = narratives?.[key];
  if (typeof text === 'string' && text.trim()) return [{ type: 'rich', blocks: parseRichText(text) }];
  if (OPTIONAL.has(key)) return [];
  const placeholder = hint ? `${PLACEHOLDER.slice(0, -1)}: ${hint}]` : PLACEHOLDER;
  return [{ type: 'rich', placeholder: true, blocks: [{ type: 'paragraph', inlines: [{ text: placeholder, italic: true }] }] }];
}

/** Checks that a parsed JSON value is a narratives map (string values only). */
export function asNarratives(value: unknown): Narratives | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'il file dei testi deve essere un oggetto JSON { "chiave": "testo", ... }';
  }
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v !== 'string') return `il testo "${k}" deve essere una stringa`;
  }
  return value as Narratives;
}
