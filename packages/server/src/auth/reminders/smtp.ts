import nodemailer from 'nodemailer';

/** Outgoing mail, from the environment: PERFORMA_SMTP_URL (smtp://user:pass@host:587, smtps://…) and PERFORMA_SMTP_FROM. */
export interface SmtpSettings {
  url: string;
  from: string;
  /** PERFORMA_PUBLIC_URL: the address of Performa, for the link in the messages (optional). */
  publicUrl: string | null;
}

type Env = Record<string, string | undefined>;

/** null when SMTP is not configured: reminders are then not sent (the "dati mancanti" view stays). */
export function smtpSettingsFromEnv(env: Env = process.env): SmtpSettings | null {
  const url = env.PERFORMA_SMTP_URL?.trim();
  if (!url) return null;
  const from = env.PERFORMA_SMTP_FROM?.trim();
  if (!from) throw new Error('PERFORMA_SMTP_URL è impostato ma manca PERFORMA_SMTP_FROM (il mittente dei promemoria).');
  return { url, from, publicUrl: env.PERFORMA_PUBLIC_URL?.trim().replace(/\/+$/, '') || null };
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport(settings.url);
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
