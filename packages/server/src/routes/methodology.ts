import { resolveMethodology, scorePlan, validateDocument, type Methodology } from '@performa/core';
import { applyPlanChanges } from '../commands/apply-plan-changes.js';
import { invalid, invalidFields } from '../http/errors.js';
import { planDetail } from '../presenters/plan.js';
import { previewOf } from '../presenters/preview.js';
import { loadPlanMeta, versionFor } from '../queries/plan-meta.js';
import { periodBase, planOf } from './load.js';
import type { Handlers } from './types.js';

export const methodologyHandlers: Pick<Handlers, 'getMethodology' | 'updateMethodology' | 'previewMethodology'> = {
  async getMethodology({ params }, ctx) {
    const meta = await planOf(ctx, params);
    const doc = await ctx.app.scoring.base(meta, meta.current);
    return {
      methodology: (doc.methodology ?? {}) as Record<string, unknown>,
      resolved: resolveMethodology(doc.methodology) as unknown as Record<string, unknown>,
      version: meta.current.version,
      editableInPlace: meta.state === 'bozza',
    };
  },

  async updateMethodology({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    const changes = [{ type: 'methodology' as const, methodology: body.methodology, reason: body.reason }];
    const command = { app: ctx.app, actor: ctx.me() };
    if (meta.state === 'bozza') await applyPlanChanges(command, meta, changes, { kind: 'modifica' });
    else {
      if (!body.act || !body.actDate) {
        throw invalidFields([
          ...(body.act ? [] : [{ path: 'body.act', message: 'Il piano è adottato: indicare l’atto della rimodulazione.' }]),
          ...(body.actDate ? [] : [{ path: 'body.actDate', message: 'Indicare la data dell’atto.' }]),
        ]);
      }
      await applyPlanChanges(command, meta, changes, { kind: 'rimodulazione', act: body.act, actDate: body.actDate, effectiveFrom: body.actDate });
    }
    const after = await loadPlanMeta(ctx.app.pool, params.entityId, params.planId);
    return planDetail(after, await ctx.app.scoring.base(after, after.current));
  },

  async previewMethodology({ params, body }, ctx) {
    const meta = await planOf(ctx, params);
    const { period } = await periodBase(ctx, meta, body.period, 'body.period');
    const doc = await ctx.app.scoring.document(meta, versionFor(meta, period));
    const changed = { ...doc, methodology: body.methodology as Methodology };
    const checked = validateDocument(changed, 'it');
    if (!checked.ok) {
      const problems = checked.problems.filter((p) => p.pointer.startsWith('/methodology'));
      if (problems.length === 0) throw invalid('body.methodology', checked.problems[0]!.message);
      throw invalidFields(problems.map((p) => ({ path: `body${p.pointer.replaceAll('/', '.')}`, message: p.message })));
    }
    const before = (await ctx.app.scoring.score(meta, period.id)).results;
    return previewOf(doc, before, scorePlan(checked.document, period.id));
  },
};
