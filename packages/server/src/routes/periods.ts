import { setDueDate } from '../commands/set-due-date.js';
import { setPeriodState, type PeriodOperation } from '../commands/set-period-state.js';
import { loadPlanMeta, periodInfo, periodOf } from '../queries/plan-meta.js';
import { planOf } from './load.js';
import type { HandlerContext, Handlers } from './types.js';

type Params = { entityId: string; planId: string; periodId: string };

async function operate(ctx: HandlerContext, params: Params, operation: PeriodOperation | { op: 'dueDate'; dueDate: string | null }) {
  const meta = await planOf(ctx, params);
  periodOf(meta, params.periodId);
  const command = { app: ctx.app, actor: ctx.me() };
  if (operation.op === 'dueDate') await setDueDate(command, meta, params.periodId, operation.dueDate);
  else await setPeriodState(command, meta, params.periodId, operation);
  const after = await loadPlanMeta(ctx.app.pool, params.entityId, params.planId);
  return periodInfo(after, periodOf(after, params.periodId));
}

export const periodHandlers: Pick<Handlers, 'listPeriods' | 'openPeriod' | 'closePeriod' | 'reopenPeriod' | 'setPeriodDueDate'> = {
  async listPeriods({ params }, ctx) {
    const meta = await planOf(ctx, params);
    return meta.periods.map((p) => periodInfo(meta, p));
  },
  openPeriod: ({ params, body }, ctx) => operate(ctx, params, { op: 'open', dueDate: body.dueDate }),
  closePeriod: ({ params, body }, ctx) => operate(ctx, params, { op: 'close', note: body.note }),
  reopenPeriod: ({ params, body }, ctx) => operate(ctx, params, { op: 'reopen', reason: body.reason, dueDate: body.dueDate }),
  setPeriodDueDate: ({ params, body }, ctx) => operate(ctx, params, { op: 'dueDate', dueDate: body.dueDate }),
};
