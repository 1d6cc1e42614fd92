export interface NarrativeRow {
  year: string;
  section: string;
  content: string;
  version: number;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
}

export const narrativeBody = (r: NarrativeRow) => ({
  year: r.year,
  section: r.section,
  content: r.content,
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
  updatedBy: r.updated_by ? { userId: r.updated_by, name: r.updated_by_name ?? r.updated_by } : null,
});
