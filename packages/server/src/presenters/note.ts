import type { MonitoringNote as NoteBody } from '@performa/api';
import type { MonitoringNote } from '@performa/core';
import type { NoteRow } from '../queries/overlay.js';

export function noteBody(row: NoteRow): NoteBody {
  return {
    id: String(row.id),
    period: row.period,
    objective: row.objective,
    indicator: row.indicator,
    cause: row.cause,
    action: row.action,
    proposal: (row.proposal as NoteBody['proposal']) ?? null,
    flags: row.flags ?? [],
    by: row.by_whom,
    source: 'monitoraggio',
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by ? { userId: row.updated_by, name: row.updated_by_name ?? row.updated_by } : null,
  };
}

export function importedNoteBody(n: MonitoringNote, index: number): NoteBody {
  return {
    id: `import-${index}`,
    period: n.period,
    objective: n.objective ?? null,
    indicator: n.indicator ?? null,
    cause: n.cause ?? null,
    action: n.action ?? null,
    proposal: (n.proposal as NoteBody['proposal']) ?? null,
    flags: n.flags ?? [],
    by: n.by ?? null,
    source: 'import',
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}
