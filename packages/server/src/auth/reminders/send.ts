import type { Store } from '@performa/storage';
import type { Db } from '../users.js';
import { buildDigests } from './digest.js';
import { missingFromPlan } from './missing.js';
import type { MissingValue } from './model.js';
import { reminderRecipients } from './recipients.js';
import { createMailer, smtpSettingsFromEnv, type Mailer, type OutgoingMail, type SmtpSettings } from './smtp.js';

export interface ReminderRequest {
  entityId: string;
  /** The plan key (the API's planId); its current version is used. */
  planId: string;
  period: string;
  /** The period's due date (AAAA-MM-GG); default: the one on the missing rows, else none. */
  dueDate?: string | null;
  /** Today (AAAA-MM-GG), for escalation; default: the current date in Rome. */
  today?: string;
  /** The server's "dati mancanti" query; default: the fallback over the imported plan. */
  missing?: (db: Db, args: { entityId: string; planId: string; period: string }) => Promise<MissingValue[]>;
  /** Default: from PERFORMA_SMTP_URL / PERFORMA_SMTP_FROM. */
  smtp?: SmtpSettings | null;
  /** For tests: a mailer instead of one built from `smtp`. */
  mailer?: Mailer;
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

/** Sends the "dati mancanti" digest of one period (docs/auth.md, "Promemoria"). */
export async function sendReminders(store: Pick<Store, 'pool'>, request: ReminderRequest): Promise<ReminderReport> {
  const db: Db = store.pool;
  const smtp = request.smtp === undefined ? smtpSettingsFromEnv() : request.smtp;
  if (!smtp && !request.mailer) return { configured: false, missing: 0, sent: [], failed: [] };
  const plan = await db.query<{ id: number; title: string | null; entity_name: string }>(
    `SELECT p.id, p.title, e.name AS entity_name FROM plans p JOIN entities e ON e.id = p.entity_id
      WHERE p.entity_id = $1 AND p.plan_key = $2 AND p.superseded_at IS NULL`,
    [request.entityId, request.planId],
  );
  const row = plan.rows[0];
  if (!row) throw new ReminderInputError(`Piano sconosciuto: ${request.entityId}/${request.planId}.`);
  const today = request.today ?? romeToday();
  const missing = request.missing
    ? await request.missing(db, { entityId: request.entityId, planId: request.planId, period: request.period })
    : await missingFromPlan(db, row.id, request.period, request.dueDate ?? null, today);
  const dueDate = request.dueDate !== undefined ? request.dueDate : (missing.find((m) => m.dueDate)?.dueDate ?? null);
  const recipients = await reminderRecipients(db, request.entityId, row.id);
  const mails = buildDigests(missing, recipients, {
    entityName: row.entity_name,
    planTitle: row.title,
    period: request.period,
    dueDate,
    today,
    publicUrl: smtp?.publicUrl ?? null,
  });
  const mailer = request.mailer ?? createMailer(smtp!);
  const report: ReminderReport = { configured: true, missing: missing.length, sent: [], failed: [] };
  try {
    for (const mail of mails) {
      try {
        await mailer.send(mail);
        report.sent.push({ to: mail.to, subject: mail.subject });
      } catch (error) {
        report.failed.push({ to: mail.to, error: (error as Error).message });
      }
    }
  } finally {
    if (!request.mailer) mailer.close();
  }
  return report;
}
