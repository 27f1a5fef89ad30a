import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AppContext } from '../platform/context';
import { startPageRoutes } from './start-page';

/** Where the built web application lives (`npm run build` writes it). */
export const DEFAULT_WEB_ROOT = resolve('dist/app');

/**
 * Serves the built single-page application from `webRoot`, with every
 * non-API path falling back to its index.html (client-side routing). Without
 * a build, a plain start page is served instead.
 */
export function webAppRoutes(
  ctx: AppContext,
  webRoot: string | null | undefined,
): FastifyPluginAsync {
  return async (app) => {
    const root = webRoot === undefined ? DEFAULT_WEB_ROOT : webRoot;
    if (!root || !existsSync(resolve(root, 'index.html'))) {
      await app.register(startPageRoutes(ctx));
      return;
    }
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
    app.get('/*', { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.callNotFound();
      }
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    });
  };
}
