import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { getSetting } from '../platform/settings';
import { PRODUCT_VERSION } from '../platform/version';
import { defaultProvince } from '../organisation/province';
import { isAppError } from '../platform/errors';

const metaResponse = z.object({
  version: z.string(),
  demo: z.boolean(),
  /** "Dữ liệu minh họa" when the database holds the demo. */
  dataLabel: z.string().nullable(),
  /** The product's today (the demo: 2023-07-10); the web uses it, never the browser's date. */
  today: z.string(),
  now: z.string(),
  clockSource: z.enum(['env', 'database', 'system']),
  timeZone: z.string(),
  province: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
});

/** GET /api/v1/meta: what the web shell needs before sign-in (demo label, product date, province). */
export function metaRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/meta',
      {
        config: { public: true },
        schema: {
          tags: ['system'],
          summary: 'Thông tin chung (ngày hệ thống, dữ liệu minh họa)',
          response: { 200: metaResponse },
        },
      },
      async () => {
        const demo = await getSetting(ctx.db.q, 'demo');
        const today = ctx.clock.today();
        let province: { id: number; code: string; name: string } | null = null;
        try {
          const p = await defaultProvince(ctx.db.q, today);
          province = { id: p.id, code: p.code, name: p.name };
        } catch (e) {
          if (!isAppError(e)) throw e;
        }
        return {
          version: PRODUCT_VERSION,
          demo,
          dataLabel: demo ? 'Dữ liệu minh họa' : null,
          today,
          now: ctx.clock.now().toISOString(),
          clockSource: ctx.clock.source,
          timeZone: ctx.clock.timeZone,
          province,
        };
      },
    );
  };
}
