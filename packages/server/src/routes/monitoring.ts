import type { TargetBody } from '@performa/api';
import { saveNarrative } from '../commands/save-narrative.js';
import { saveNote } from '../commands/save-note.js';
import { invalid } from '../http/errors.js';
import { monitoringOf } from '../presenters/monitoring.js';
import { narrativeBody } from '../presenters/narrative.js';
import { loadNarratives, loadNotes } from '../queries/overlay.js';
import { unitIndex } from '../queries/units.js';
import { periodBase, planOf } from './load.js';
import type { Handlers } from './types.js';

export const monitoringHandlers: Pick<Handlers, 'getMonitoring' | 'saveMonitoringNote' | 'listNarratives' | 'saveNarrative'> = {
  async getMonitoring({ params, query }, ctx) {
    const meta = await planOf(ctx, params);
    const scored = await ctx.app.scoring.score(meta, query.period);
    const notes = await loadNotes(ctx.app.pool, meta.entityId, meta.planKey);
    const base = await ctx.app.scoring.base(meta, scored.version);
    return { ...monitoringOf(scored.doc, scored.results, base, notes, query.period), version: scored.version.version } as never;
  },

  async saveMonitoringNote({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    const { base } = await periodBase(ctx, meta, body.period, 'body.period');
    if (!base.objectives.some((o) => o.id === body.objective)) throw invalid('body.objective', `Obiettivo sconosciuto: ${body.objective}.`);
    if (body.indicator && !(base.assignments ?? []).some((a) => a.objective === body.objective && a.indicator === body.indicator)) {
      throw invalid('body.indicator', `L'obiettivo ${body.objective} non ha l'indicatore ${body.indicator}.`);
    }
    const units = unitIndex(base);
    ctx.authorize('note.write', { units: units.ofObjective(body.objective), rootUnits: units.roots });
    return saveNote({ app: ctx.app, actor: ctx.me() }, meta, {
      id: body.id,
      expectedVersion: body.expectedVersion,
      period: body.period,
      objective: body.objective,
      indicator: body.indicator ?? null,
      cause: body.cause ?? null,
      action: body.action ?? null,
      proposal: (body.proposal as TargetBody | null | undefined) ?? null,
      flags: body.flags ?? [],
    });
  },

  async listNarratives({ params }, ctx) {
    const meta = await planOf(ctx, params);
    return (await loadNarratives(ctx.app.pool, meta.entityId, meta.planKey)).map(narrativeBody);
  },

  async saveNarrative({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    return saveNarrative({ app: ctx.app, actor: ctx.me() }, meta, params.year, params.section, body.content, body.expectedVersion);
  },
};
