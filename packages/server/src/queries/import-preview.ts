import type { ImportPreview } from '@performa/api';
import { formatProblems, validateDocument, type PlanDocument, type Problem } from '@performa/core';
import { planKeyOf } from '@performa/storage';
import type pg from 'pg';

type Q = Pick<pg.ClientBase, 'query'>;

export type CheckedImport = { ok: false; problems: Problem[] } | { ok: true; doc: PlanDocument; planKey: string };

/** Validates a document for import into `entityId` (it must be that entity's). */
export function checkImport(entityId: string, input: unknown): CheckedImport {
  const checked = validateDocument(input, 'it');
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const doc = checked.document;
  const problems: Problem[] = [];
  if (doc.entity.id !== entityId) {
    problems.push({ pointer: '/entity/id', code: 'entity.mismatch', message: `Il documento è dell'ente "${doc.entity.id}", non di "${entityId}".` });
  }
  const planKey = planKeyOf(doc);
  if (planKey === null) problems.push({ pointer: '/plan', code: 'plan.id', message: 'Il piano non ha né un id né un anno: impossibile identificarlo.' });
  if (problems.length || planKey === null) return { ok: false, problems };
  return { ok: true, doc, planKey };
}

/** Dry run of an import: the validation report, or what would be created. Writes nothing. */
export async function importPreview(db: Q, entityId: string, input: unknown): Promise<ImportPreview> {
  const checked = checkImport(entityId, input);
  if (!checked.ok) return { ok: false, problems: checked.problems, report: formatProblems(checked.problems, 'it') };
  const { doc, planKey } = checked;
  const entity = await db.query('SELECT 1 FROM entities WHERE id = $1', [entityId]);
  const plan = await db.query<{ version: number }>(
    'SELECT version FROM plans WHERE entity_id = $1 AND plan_key = $2 AND superseded_at IS NULL',
    [entityId, planKey],
  );
  const current = plan.rows[0]?.version ?? 0;
  const count = (list: unknown[] | null | undefined) => (list ?? []).length;
  return {
    ok: true,
    entityId,
    entityName: doc.entity.name,
    planId: planKey,
    exists: current > 0,
    entityExists: (entity.rowCount ?? 0) > 0,
    version: current + 1,
    counts: {
      periods: count(doc.periods),
      units: count(doc.units),
      perspectives: count(doc.perspectives),
      objectives: count(doc.objectives),
      indicators: count(doc.indicators),
      assignments: count(doc.assignments),
      measurements: count(doc.measurements),
      overrides: count(doc.overrides),
      scorecards: count(doc.scorecards),
      incentives: count(doc.incentives),
      monitoring: count(doc.monitoring),
    },
    periods: doc.periods.map((p) => ({ id: p.id, start: p.start, end: p.end })),
  };
}
