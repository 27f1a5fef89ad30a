import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { searchEverything, searchEverythingInput, searchResultSchema } from './search-everything';

/** Tìm kiếm chung: one search across every area the caller may read. */
export function searchRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/search',
      {
        schema: {
          tags: ['search'],
          summary:
            'Tìm kiếm chung: văn bản, nhiệm vụ, dự án, đơn thư (số, tóm tắt), cán bộ, đơn vị — không dấu, viết tắt, số/ký hiệu',
          querystring: searchEverythingInput,
          response: { 200: searchResultSchema, ...errorResponses },
        },
      },
      async (request) => searchEverything(ctx, { actor: actorOf(request), input: request.query }),
    );
  };
}
