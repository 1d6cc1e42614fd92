import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (packages/web/dist) and, for any other GET outside /api, its
 * index.html (the app routes in the browser). Without a build, non-API paths say how to make one.
 */
export async function registerWeb(app: FastifyInstance, webDir: string | null): Promise<void> {
  const index = webDir ? join(webDir, 'index.html') : null;
  const built = index !== null && existsSync(index);
  if (built) await app.register(fastifyStatic, { root: webDir!, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (path === '/api' || path.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply.code(404).send({ error: 'not_found', message: `Indirizzo sconosciuto: ${request.method} ${path}` });
    }
    if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply
      .code(404)
      .type('text/plain; charset=utf-8')
      .send("L'applicazione web non è stata compilata: eseguire `npm run build` (l'API risponde su /api, la documentazione su /api/docs).");
  });
}
