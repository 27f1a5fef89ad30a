import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AppContext } from '../platform/context';
import { startPageRoutes } from './start-page';

/** Where the built web application lives (`npm run build` writes it). */
export const DEFAULT_WEB_ROOT = resolve('dist/app');

/** The built application's folder, or null when there is none. */
export function resolveWebRoot(webRoot: string | null | undefined): string | null {
  const root = webRoot === undefined ? DEFAULT_WEB_ROOT : webRoot;
  return root && existsSync(resolve(root, 'index.html')) ? root : null;
}

/**
 * Serves the built single-page application from `webRoot` (files looked up
 * on each request, so a rebuild needs no restart). Without a build, a plain
 * start page is served instead.
 */
export function webAppRoutes(ctx: AppContext, webRoot: string | null): FastifyPluginAsync {
  return async (app) => {
    if (!webRoot) {
      await app.register(startPageRoutes(ctx));
      return;
    }
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ['index.html'] });
  };
}

/**
 * The fallback for unknown addresses: client-side routes of the application
 * get its index.html; API addresses and missing asset files get a 404.
 */
export function isApplicationRoute(request: FastifyRequest): boolean {
  return (
    request.method === 'GET' &&
    !request.url.startsWith('/api/') &&
    !request.url.startsWith('/assets/') &&
    // A file name in the path, not in the query (`?q=KN.20230420.0002` is a page's filter).
    !/\.[a-z0-9]{1,5}$/i.test(request.url.split('?')[0] ?? '')
  );
}

/** Sends the application's index.html (for client-side routes). */
export function sendApplication(reply: FastifyReply): FastifyReply {
  return reply.type('text/html; charset=utf-8').sendFile('index.html');
}
