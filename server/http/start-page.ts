import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../platform/context';
import { getSetting } from '../platform/settings';
import { PRODUCT_VERSION } from '../platform/version';
import { formatShortDate } from '../../shared/vi/date';

/**
 * The start page served at `/` until the web application is built: what the
 * product is, the clock in use, and links to the API.
 */
export function startPageRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', { schema: { hide: true }, config: { public: true } }, async (_request, reply) => {
      const demo = await getSetting(ctx.db.q, 'demo');
      const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Điều hành — UBND tỉnh</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
.badge{display:inline-block;background:#fff3cd;color:#664d03;border:1px solid #ffe69c;border-radius:4px;padding:.1rem .5rem;font-size:.9rem}</style>
</head><body>
<h1>Điều hành</h1>
<p>Hệ thống chỉ đạo, điều hành của Ủy ban nhân dân tỉnh — phiên bản ${PRODUCT_VERSION}.</p>
${demo ? '<p><span class="badge">Dữ liệu minh họa</span></p>' : ''}
<p>Ngày làm việc của hệ thống: <strong>${formatShortDate(ctx.clock.today())}</strong> (${ctx.clock.source === 'system' ? 'theo đồng hồ máy chủ' : 'ngày cố định'}).</p>
<ul><li><a href="/api/health">/api/health</a> — tình trạng hệ thống</li></ul>
</body></html>`;
      return reply.type('text/html; charset=utf-8').send(html);
    });
  };
}
