import type { Db } from '../users.js';
import type { MissingValue } from './model.js';

/**
 * Fallback "dati mancanti" over the imported plan alone (migration 0001): for each unit named by
 * an objective, the indicators of that objective with a target in the period and no measurement.
 * The server's own query (with entry states and the period's due date) supersedes it when given
 * to sendReminders.
 */
export async function missingFromPlan(db: Db, planRowId: number, period: string, dueDate: string | null, today: string): Promise<MissingValue[]> {
  const { rows } = await db.query<{ unit_id: string; unit_name: string; indicator_id: string; indicator_name: string }>(
    `SELECT DISTINCT un.key AS unit_id, un.name AS unit_name, i.key AS indicator_id, i.name AS indicator_name
       FROM assignments a
       JOIN targets t ON t.assignment_id = a.id AND t.period = $2
       JOIN objectives o ON o.plan_id = a.plan_id AND o.key = a.objective
       JOIN units un ON un.plan_id = a.plan_id AND un.key = ANY (o.units)
       JOIN indicators i ON i.plan_id = a.plan_id AND i.key = a.indicator
      WHERE a.plan_id = $1
        AND NOT EXISTS (SELECT 1 FROM measurements m WHERE m.plan_id = a.plan_id AND m.indicator = a.indicator AND m.period = $2)
      ORDER BY un.key, i.key`,
    [planRowId, period],
  );
  const late = dueDate ? Math.round((Date.parse(today) - Date.parse(dueDate)) / 86_400_000) : null;
  return rows.map((r) => ({
    period,
    unit: { id: r.unit_id, name: r.unit_name },
    indicator: { id: r.indicator_id, name: r.indicator_name },
    state: 'mancante',
    dueDate,
    overdue: late !== null && late > 0,
    daysLate: late !== null && late > 0 ? late : null,
  }));
}
