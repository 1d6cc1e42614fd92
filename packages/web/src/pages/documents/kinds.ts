import { NARRATIVE_KEYS, narrativeBlocks } from '@performa/documents/narratives';
import type { DictKey } from '../../i18n/dict.js';

/** The documents of `performa document`, in the order of the CLI. */
export const KINDS = ['relazione', 'piano', 'monitoraggio', 'scheda'] as const;
export type Kind = (typeof KINDS)[number];
export const FORMATS = ['pdf', 'docx', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export const KIND_LABEL: Record<Kind, DictKey> = {
  relazione: 'doc.kind.relazione',
  piano: 'doc.kind.piano',
  monitoraggio: 'doc.kind.monitoraggio',
  scheda: 'doc.kind.scheda',
};

export const FORMAT_LABEL: Record<Format, string> = { pdf: 'PDF', docx: 'DOCX (Word)', html: 'HTML', xlsx: 'XLSX (Excel)' };

/** Every narrative section a document reads (the keys of @performa/documents). */
export type SectionKey = { [K in Kind]: keyof (typeof NARRATIVE_KEYS)[K] }[Kind];

export const SECTION_LABEL: Record<SectionKey, DictKey> = {
  premessa: 'doc.section.premessa',
  risultati: 'doc.section.risultati',
  contesto: 'doc.section.contesto',
  albero: 'doc.section.albero',
  strategici: 'doc.section.strategici',
  operativi: 'doc.section.operativi',
  valutazione: 'doc.section.valutazione',
  genere: 'doc.section.genere',
  individuali: 'doc.section.individuali',
  processo: 'doc.section.processo',
  missione: 'doc.section.missione',
  strategia: 'doc.section.strategia',
  conclusioniOiv: 'doc.section.conclusioniOiv',
  noteValutazione: 'doc.section.noteValutazione',
};

/** The sections of one document, each with what its text should say (Italian, from the generators). */
export function sectionsOf(kind: Kind): { key: SectionKey; hint: string }[] {
  return Object.entries(NARRATIVE_KEYS[kind]).map(([key, hint]) => ({ key: key as SectionKey, hint: hint as string }));
}

/**
 * The other documents that print a section: texts are stored per plan, year and section, so the
 * "premessa" of a year is the same text in the Relazione, the Piano and the Monitoraggio.
 */
export function sharedWith(kind: Kind, key: SectionKey): Kind[] {
  return KINDS.filter((k) => k !== kind && key in NARRATIVE_KEYS[k]);
}

/**
 * What a document prints for a section without text: nothing for the optional comments, else the
 * generators' own highlighted placeholder ("[Testo da completare a cura dell'amministrazione: …]").
 */
export function emptySection(key: SectionKey, hint: string): string | null {
  const block = narrativeBlocks(undefined, key, hint)[0];
  if (!block || block.type !== 'rich') return null;
  const first = block.blocks[0];
  return first && first.type === 'paragraph' ? first.inlines.map((i) => i.text).join('') : null;
}
