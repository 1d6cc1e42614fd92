import { DocumentError, resolvePeriod } from '@performa/documents';
import { createDocument } from '../commands/create-document.js';
import { invalidFields, wrongState } from '../http/errors.js';
import { documentJobBody } from '../presenters/document-job.js';
import { getDocumentFile, getDocumentJob, listDocumentJobs } from '../queries/document-jobs.js';
import { versionFor } from '../queries/plan-meta.js';
import { planOf } from './load.js';
import { RawFile, type Handlers } from './types.js';


export const documentHandlers: Pick<Handlers, 'createDocument' | 'listDocuments' | 'getDocument' | 'downloadDocument'> = {
  async createDocument({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    const fields: { path: string; message: string }[] = [];
    let scorecard: string | null = null;
    if (body.kind !== 'scheda' && body.scorecard !== undefined) {
      fields.push({ path: 'body.scorecard', message: 'La scheda individuale si indica solo per il documento «scheda».' });
    }
    if (body.kind === 'piano') {
      // The Piano is made for a plan year (or one of its periods), from the current version.
      const base = await ctx.app.scoring.base(meta, meta.current);
      try {
        resolvePeriod('piano', base, body.period);
      } catch (error) {
        if (!(error instanceof DocumentError)) throw error;
        fields.push({
          path: 'body.period',
          message: `Anno o periodo sconosciuto: ${body.period} (anni del piano: ${(meta.years ?? []).join(', ') || '–'}; periodi: ${meta.periods.map((p) => p.id).join(', ')}).`,
        });
      }
    } else {
      const period = meta.periods.find((p) => p.id === body.period);
      if (!period) {
        fields.push({ path: 'body.period', message: `Periodo sconosciuto: ${body.period} (periodi del piano: ${meta.periods.map((p) => p.id).join(', ')}).` });
      } else if (body.kind === 'scheda') {
        const cards = (await ctx.app.scoring.base(meta, versionFor(meta, period))).scorecards ?? [];
        const card = body.scorecard === undefined ? cards[0] : cards.find((c) => c.id === body.scorecard);
        if (cards.length === 0) fields.push({ path: 'body.kind', message: 'Il piano non contiene schede individuali: la scheda non si può generare.' });
        else if (!card) fields.push({ path: 'body.scorecard', message: `Scheda sconosciuta: ${body.scorecard} (schede del piano: ${cards.map((c) => c.id).join(', ')}).` });
        else scorecard = card.id;
      }
    }
    if (fields.length) throw invalidFields(fields);
    return createDocument({ app: ctx.app, actor: ctx.me() }, meta, { kind: body.kind, format: body.format, period: body.period, scorecard });
  },

  async listDocuments({ params }, ctx) {
    const meta = await planOf(ctx, params);
    const rows = await listDocumentJobs(ctx.app.pool, meta.entityId, meta.planKey);
    return rows.map((r) => documentJobBody(r, meta.dataVersion));
  },

  async getDocument({ params }, ctx) {
    const meta = await planOf(ctx, params);
    return documentJobBody(await getDocumentJob(ctx.app.pool, meta.entityId, meta.planKey, params.jobId), meta.dataVersion);
  },

  async downloadDocument({ params }, ctx) {
    const meta = await planOf(ctx, params);
    const row = await getDocumentFile(ctx.app.pool, meta.entityId, meta.planKey, params.jobId);
    if (row.status !== 'done' || !row.file || !row.mime_type || !row.file_name) {
      throw wrongState(
        row.status === 'failed'
          ? `Il documento ${params.jobId} non è stato generato${row.message ? `: ${row.message}` : '.'}`
          : `Il documento ${params.jobId} ${row.status === 'queued' ? 'è in coda' : 'è in preparazione'}: il file non è ancora pronto.`,
      );
    }
    return new RawFile(row.file, row.mime_type, row.file_name);
  },
};
