import type { Handlers } from './types.js';

export const systemHandlers: Pick<Handlers, 'health'> = {
  async health(_input, ctx) {
    await ctx.app.pool.query('SELECT 1');
    return { status: 'ok' as const, database: 'ok' as const, version: ctx.app.version };
  },
};
