import type pg from 'pg';
import type { NarrativeRow } from '../presenters/narrative.js';

type Q = Pick<pg.ClientBase, 'query'>;

export interface EntryRow {
  indicator: string;
  period: string;
  value_number: number | null;
  value_date: string | null;
  value_bool: boolean | null;
  status: 'ND' | 'NC' | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  state: 'bozza' | 'inviato' | 'validato' | 'restituito';
  comment: string | null;
  version: number;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
}

export interface OverrideRow {
  id: number;
  objective: string;
  indicator: string | null;
  period: string;
  score: number;
  reason: string;
  state: 'proposto' | 'approvato' | 'respinto';
  proposed_by: string | null;
  proposed_by_name: string | null;
  proposed_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

export interface NoteRow {
  id: number;
  period: string;
  objective: string;
  indicator: string | null;
  cause: string | null;
  action: string | null;
  proposal: Record<string, unknown> | null;
  flags: string[];
  by_whom: string | null;
  version: number;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
}

/** What the application added to a plan beyond its imported versions. */
export interface Overlay {
  entries: EntryRow[];
  overrides: OverrideRow[];
  notes: NoteRow[];
}

export async function loadEntries(db: Q, entityId: string, planKey: string): Promise<EntryRow[]> {
  const { rows } = await db.query<EntryRow>('SELECT * FROM entries WHERE entity_id = $1 AND plan_key = $2', [entityId, planKey]);
  return rows;
}

export async function loadOverrides(db: Q, entityId: string, planKey: string): Promise<OverrideRow[]> {
  const { rows } = await db.query<OverrideRow>(
    'SELECT * FROM override_requests WHERE entity_id = $1 AND plan_key = $2 ORDER BY id',
    [entityId, planKey],
  );
  return rows;
}

export async function loadNotes(db: Q, entityId: string, planKey: string): Promise<NoteRow[]> {
  const { rows } = await db.query<NoteRow>('SELECT * FROM notes WHERE entity_id = $1 AND plan_key = $2 ORDER BY id', [entityId, planKey]);
  return rows;
}

/** The plan's texts (narratives), every year and section. */
export async function loadNarratives(db: Q, entityId: string, planKey: string): Promise<NarrativeRow[]> {
  const { rows } = await db.query<NarrativeRow>(
    'SELECT * FROM narratives WHERE entity_id = $1 AND plan_key = $2 ORDER BY year, section',
    [entityId, planKey],
  );
  return rows;
}

export async function loadOverlay(db: Q, entityId: string, planKey: string): Promise<Overlay> {
  const [entries, overrides, notes] = await Promise.all([
    loadEntries(db, entityId, planKey),
    loadOverrides(db, entityId, planKey),
    loadNotes(db, entityId, planKey),
  ]);
  return { entries, overrides, notes };
}

/** The measured value of an entry row (the column of its kind). */
export const entryValue = (r: Pick<EntryRow, 'value_number' | 'value_date' | 'value_bool'>): number | string | boolean | null =>
  r.value_number ?? r.value_date ?? r.value_bool ?? null;
