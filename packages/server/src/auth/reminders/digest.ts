import { daysBetween } from '@performa/core';
import type { DigestContext, MissingValue, Recipient } from './model.js';
import type { OutgoingMail } from './smtp.js';

/** 2022-01-31 → 31/01/2022. */
export const italianDate = (iso: string) => iso.split('-').reverse().join('/');


const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const STATE_LABELS: Record<string, string> = {
  vuoto: 'non inserito',
  bozza: 'in bozza, non inviato',
  restituito: 'restituito, da correggere e reinviare',
};

function listByUnit(rows: MissingValue[]): string {
  const units = new Map<string, { name: string; rows: MissingValue[] }>();
  for (const row of rows) {
    const unit = units.get(row.unit.id) ?? { name: row.unit.name, rows: [] };
    unit.rows.push(row);
    units.set(row.unit.id, unit);
  }
  return [...units.values()]
    .map((u) => `${u.name}\n${u.rows.map((r) => `  - ${r.indicator.id} ${r.indicator.name} (${STATE_LABELS[r.state] ?? r.state})`).join('\n')}`)
    .join('\n\n');
}

function deadlineSentence(ctx: DigestContext): string {
  if (!ctx.dueDate) return 'Non è fissata una scadenza: si raccomanda di inserirli appena disponibili.';
  const days = daysBetween(ctx.today, ctx.dueDate);
  const date = italianDate(ctx.dueDate);
  if (days > 0) return `La scadenza è il ${date} (tra ${days} ${plural(days, 'giorno', 'giorni')}).`;
  if (days === 0) return `La scadenza è oggi, ${date}.`;
  return `La scadenza del ${date} è passata da ${-days} ${plural(-days, 'giorno', 'giorni')}.`;
}

/** "… in Performa, sezione «Rilevazione» (https://…/)." and the signature. */
function footer(ctx: DigestContext, sentence: string, section: string): string {
  const where = `${sentence} in Performa, sezione «${section}»${ctx.publicUrl ? ` (${ctx.publicUrl}/)` : ''}.`;
  return `${where}\n\n--\nMessaggio automatico di Performa: non rispondere a questo indirizzo.\n`;
}

/**
 * The reminder e-mails for one period: each referente gets the values missing in their units;
 * after the due date (escalation) each dirigente also gets those of their units' subtrees, and the
 * referenti's message becomes a "sollecito". Recipients with nothing missing get nothing.
 */
export function buildDigests(rows: MissingValue[], recipients: Recipient[], ctx: DigestContext): OutgoingMail[] {
  const overdue = ctx.dueDate !== null && daysBetween(ctx.today, ctx.dueDate) < 0;
  const where = `${ctx.entityName}${ctx.planTitle ? `, ${ctx.planTitle}` : ''}`;
  const mails: OutgoingMail[] = [];
  for (const recipient of recipients) {
    if (recipient.role === 'dirigente' && !overdue) continue;
    const mine = rows.filter((r) => recipient.units.has(r.unit.id));
    if (mine.length === 0) continue;
    const n = mine.length;
    const values = `${n} ${plural(n, 'valore', 'valori')}`;
    const greeting = `Gentile ${recipient.name ?? recipient.email},\n\n`;
    if (recipient.role === 'referente') {
      const subject = overdue
        ? `Performa – SOLLECITO: ${values} ancora ${plural(n, 'mancante', 'mancanti')} per il periodo ${ctx.period} (scadenza ${italianDate(ctx.dueDate!)} superata)`
        : `Performa – Promemoria: ${values} da inserire per il periodo ${ctx.period}${ctx.dueDate ? ` entro il ${italianDate(ctx.dueDate)}` : ''}`;
      const text =
        greeting +
        `per il periodo ${ctx.period} (${where}) ${plural(n, 'manca', 'mancano')} ancora ${values} degli indicatori di cui è referente.\n` +
        `${deadlineSentence(ctx)}\n\n${listByUnit(mine)}\n\n` +
        (overdue ? 'Il dirigente responsabile è stato informato del ritardo.\n\n' : '') +
        footer(ctx, plural(n, 'Si può inserire e inviare al dirigente', 'Si possono inserire e inviare al dirigente'), 'Rilevazione');
      mails.push({ to: recipient.email, subject, text });
    } else {
      const subject = `Performa – Dati mancanti scaduti nelle sue unità: ${values} per il periodo ${ctx.period}`;
      const text =
        greeting +
        `nelle unità di cui è responsabile ${plural(n, 'manca', 'mancano')} ancora ${values} per il periodo ${ctx.period} (${where}).\n` +
        `${deadlineSentence(ctx)} I referenti hanno ricevuto un sollecito.\n\n${listByUnit(mine)}\n\n` +
        footer(ctx, 'L’elenco aggiornato è', 'Dati mancanti');
      mails.push({ to: recipient.email, subject, text });
    }
  }
  return mails;
}
