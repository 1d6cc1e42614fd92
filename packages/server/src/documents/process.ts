import type { ProcessRecords } from '@performa/documents';
import type pg from 'pg';
import type { PlanMeta } from '../queries/plan-meta.js';

/** The steps of the cycle recorded in the audit chain, as the Relazione §5 names them. */
const PHASES: Record<string, string> = {
  'plan.import': 'Caricamento del piano',
  'plan.replace': 'Nuova versione del piano (caricamento)',
  'plan.adopt': 'Adozione del piano',
  'plan.modifica': 'Modifica del piano',
  'plan.rimodulazione': 'Rimodulazione del piano',
  'plan.startMonitoring': 'Avvio del monitoraggio',
  'plan.close': 'Chiusura del ciclo',
  'plan.validate': 'Validazione della Relazione da parte dell’OIV',
};
const EVENTS: Record<string, string> = {
  'period.close': 'Chiusura del periodo',
  'period.reopen': 'Riapertura del periodo',
  'override.approve': 'Neutralizzazione approvata',
  'override.reject': 'Neutralizzazione respinta',
};

interface Row {
  at: Date;
  actor_name: string | null;
  object_id: string;
  action: string;
  after: Record<string, unknown> | null;
  reason: string | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Relazione §5 from the workflow: the plan's milestones (adoption with its act, revisions,
 * monitoring, closing, OIV validation) as phases, and period closings, reopenings and override
 * decisions as dated records, plus how many values were validated or returned — all read from the
 * entity's audit chain, so the document says what the system recorded.
 */
export async function processFor(db: Pick<pg.Pool, 'query'>, meta: PlanMeta): Promise<ProcessRecords> {
  const actions = [...Object.keys(PHASES), ...Object.keys(EVENTS)];
  const { rows } = await db.query<Row>(
    `SELECT a.at, a.actor_name, COALESCE(o.objective || COALESCE(':' || o.indicator, '') || ' (' || o.period || ')', a.object_id) AS object_id,
            a.action, a.after, a.reason
       FROM audit_records a
       LEFT JOIN override_requests o ON a.object_type = 'override' AND o.entity_id = a.entity_id AND o.id::text = a.object_id
      WHERE a.entity_id = $1 AND a.action = ANY($2)
        AND (a.object_id = $3 OR a.object_id LIKE $4 OR o.plan_key = $3)
      ORDER BY a.seq`,
    [meta.entityId, actions, meta.planKey, `${meta.planKey}/%`],
  );
  const counts = await db.query<{ action: string; n: string; last: Date }>(
    `SELECT action, count(*) AS n, max(at) AS last FROM audit_records
      WHERE entity_id = $1 AND action IN ('entry.approve', 'entry.return') AND object_id LIKE $2 GROUP BY action`,
    [meta.entityId, `${meta.planKey}/%`],
  );
  const phases = rows
    .filter((r) => PHASES[r.action])
    .map((r) => ({
      name: PHASES[r.action]!,
      start: day(r.at),
      actor: r.actor_name,
      note: [typeof r.after?.act === 'string' ? `${r.after.act}${typeof r.after.actDate === 'string' ? ` del ${r.after.actDate.split('-').reverse().join('/')}` : ''}` : null, r.reason]
        .filter(Boolean)
        .join(' — ') || null,
    }));
  const audit = rows
    .filter((r) => EVENTS[r.action])
    .map((r) => ({
      at: r.at.toISOString(),
      actor: r.actor_name ?? 'sistema',
      action: EVENTS[r.action]!,
      detail: [r.object_id.startsWith(`${meta.planKey}/`) ? r.object_id.slice(meta.planKey.length + 1) : r.object_id, r.reason].filter(Boolean).join(' — ') || null,
    }));
  for (const c of counts.rows) {
    audit.push({
      at: c.last.toISOString(),
      actor: 'dirigenti e PO',
      action: c.action === 'entry.approve' ? 'Valori validati' : 'Valori restituiti con commento',
      detail: `${c.n} ${c.action === 'entry.approve' ? 'validazioni' : 'restituzioni'} nel ciclo`,
    });
  }
  return { phases, audit };
}
