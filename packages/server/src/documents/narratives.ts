import type { DocumentKind, Narratives } from '@performa/documents';
import type pg from 'pg';
import type { PeriodRow, PlanMeta } from '../queries/plan-meta.js';

/**
 * The year whose texts a document uses: the period's year (`2021-S1` → 2021), or the year itself
 * for a Piano made for a plan year.
 */
export function documentYear(meta: PlanMeta, period: string): string {
  const row: PeriodRow | undefined = meta.periods.find((p) => p.id === period);
  if (row) return row.year ?? row.end.slice(0, 4);
  return /^\d{4}$/.test(period) ? period : period.slice(0, 4);
}

/**
 * The narratives of a document, from the plan's texts of that year (`listNarratives`): a section
 * named `KEY` (e.g. `contesto`) serves every document that reads KEY; a section named `KIND.KEY`
 * (e.g. `relazione.premessa`) serves only that kind and wins over the plain one. An empty text
 * counts as none: emptying a document's own text gives the shared one back.
 */
export async function narrativesFor(db: Pick<pg.Pool, 'query'>, meta: PlanMeta, kind: DocumentKind, year: string): Promise<Narratives> {
  const { rows } = await db.query<{ section: string; content: string }>(
    'SELECT section, content FROM narratives WHERE entity_id = $1 AND plan_key = $2 AND year = $3 ORDER BY section',
    [meta.entityId, meta.planKey, year],
  );
  return narrativesOf(rows, kind);
}

export function narrativesOf(rows: { section: string; content: string }[], kind: DocumentKind): Narratives {
  const plain: Record<string, string> = {};
  const specific: Record<string, string> = {};
  for (const { section, content } of rows) {
    if (content.trim() === '') continue;
    const dot = section.indexOf('.');
    if (dot < 0) plain[section] = content;
    else if (section.slice(0, dot) === kind) specific[section.slice(dot + 1)] = content;
  }
  return { ...plain, ...specific };
}
