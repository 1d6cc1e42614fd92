import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/**
 * Benchmark only (PERFORMA_BENCH=1 and PERFORMA_BENCH_STATIC=FILE): GET /api/bench/static answers
 * the bytes of FILE, read once, through the same Fastify stack — the floor the results route is
 * compared with (bench/sections/server.mjs). Never registered otherwise; not in the OpenAPI document.
 */
export function registerBenchRoute(app: FastifyInstance, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.PERFORMA_BENCH_STATIC;
  if (!['1', 'true'].includes(env.PERFORMA_BENCH ?? '') || !file) return;
  let bytes: string | null = null;
  app.get('/api/bench/static', { schema: { hide: true } }, async (_request, reply) => {
    bytes ??= readFileSync(file, 'utf8');
    return reply.type('application/json; charset=utf-8').send(bytes);
  });
}
