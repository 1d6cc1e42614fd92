import type { Store } from '@performa/storage';
import { missingData } from '../../queries/missing-data.js';
import { Scoring } from '../../queries/scoring.js';
import type { Db } from '../users.js';
import { buildDigests } from './digest.js';
import type { MissingValue } from './model.js';
import { reminderRecipients } from './recipients.js';
import { createMailer, smtpSettingsFromEnv, type Mailer, type OutgoingMail, type SmtpSettings } from './smtp.js';

export interface ReminderOptions {
  /** Today (AAAA-MM-GG), for escalation; default: the current date in Rome. */
  today?: string;
  /** Default: from PERFORMA_SMTP_URL / PERFORMA_SMTP_FROM / PERFORMA_PUBLIC_URL. */
  smtp?: SmtpSettings | null;
  /** A mailer instead of one built from `smtp` (tests). */
  mailer?: Mailer;
  /** The server's scoring cache, when the caller has one (default: a new one). */
  scoring?: Scoring;
  /** The "dati mancanti" rows; default: the server's query (queries/missing-data.ts), due dates included. */
  missing?: (args: { entityId: string; planId: string; period?: string; today: string }) => Promise<MissingValue[]>;
}

export interface ReminderRequest extends ReminderOptions {
  entityId: string;
  /** The plan key (the API's planId); its current version is used. */
  planId: string;
  /** One period; default: every open period of the plan. */
  period?: string;
}

export interface ReminderReport {
  /** false when SMTP is not configured: nothing was sent. */
  configured: boolean;
  missing: number;
  sent: Array<Pick<OutgoingMail, 'to' | 'subject'>>;
  failed: Array<{ to: string; error: string }>;
}

export class ReminderInputError extends Error {}

const romeToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

interface Run {
  store: Store;
  smtp: SmtpSettings | null;
  mailer: Mailer;
  today: string;
  scoring: Scoring;
  options: ReminderOptions;
  report: ReminderReport;
}

/** Sends the "dati mancanti" digests of one plan (one period, or every open one). */
export async function sendReminders(store: Store, request: ReminderRequest): Promise<ReminderReport> {
  return withRun(store, request, (run) => remindPlan(run, request.entityId, request.planId, request.period));
}

/** Sends the digests of every open period of every entity's current plans (a daily job). */
export async function sendAllReminders(store: Store, options: ReminderOptions = {}): Promise<ReminderReport> {
  return withRun(store, options, async (run) => {
    const { rows } = await store.pool.query<{ entity_id: string; plan_key: string }>(
      'SELECT entity_id, plan_key FROM plans WHERE superseded_at IS NULL ORDER BY entity_id, plan_key',
    );
    for (const plan of rows) await remindPlan(run, plan.entity_id, plan.plan_key);
  });
}

async function withRun(store: Store, options: ReminderOptions, body: (run: Run) => Promise<void>): Promise<ReminderReport> {
  const smtp = options.smtp === undefined ? smtpSettingsFromEnv() : options.smtp;
  const report: ReminderReport = { configured: Boolean(smtp || options.mailer), missing: 0, sent: [], failed: [] };
  if (!report.configured) return report;
  const mailer = options.mailer ?? createMailer(smtp!);
  try {
    await body({ store, smtp, mailer, today: options.today ?? romeToday(), scoring: options.scoring ?? new Scoring(store), options, report });
  } finally {
    if (!options.mailer) mailer.close();
  }
  return report;
}

async function remindPlan(run: Run, entityId: string, planId: string, period?: string): Promise<void> {
  const db: Db = run.store.pool;
  const plan = await db.query<{ id: number; title: string | null; entity_name: string }>(
    `SELECT p.id, p.title, e.name AS entity_name FROM plans p JOIN entities e ON e.id = p.entity_id
      WHERE p.entity_id = $1 AND p.plan_key = $2 AND p.superseded_at IS NULL`,
    [entityId, planId],
  );
  const row = plan.rows[0];
  if (!row) throw new ReminderInputError(`Piano sconosciuto: ${entityId}/${planId}.`);
  const args = { entityId, planId, today: run.today, ...(period ? { period } : {}) };
  const missing = run.options.missing
    ? await run.options.missing(args)
    : await missingData({ pool: run.store.pool, scoring: run.scoring }, { ...args, planKey: planId });
  run.report.missing += missing.length;
  if (missing.length === 0) return;
  const recipients = await reminderRecipients(db, entityId, row.id);
  const byPeriod = new Map<string, MissingValue[]>();
  for (const m of missing) byPeriod.set(m.period, [...(byPeriod.get(m.period) ?? []), m]);
  for (const [periodId, rows] of byPeriod) {
    const mails = buildDigests(rows, recipients, {
      entityName: row.entity_name,
      planTitle: row.title,
      period: periodId,
      dueDate: rows.find((m) => m.dueDate)?.dueDate ?? null,
      today: run.today,
      publicUrl: run.smtp?.publicUrl ?? null,
    });
    for (const mail of mails) {
      try {
        await run.mailer.send(mail);
        run.report.sent.push({ to: mail.to, subject: mail.subject });
      } catch (error) {
        run.report.failed.push({ to: mail.to, error: (error as Error).message });
      }
    }
  }
}
