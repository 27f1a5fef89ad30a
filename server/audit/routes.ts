import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { authorize } from '../access/policy';
import { verifyAuditChain } from './verify-audit-chain';

const entryView = z.object({
  seq: z.number(),
  at: z.string(),
  actorKind: z.string(),
  actorName: z.string(),
  action: z.string(),
  outcome: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  details: z.unknown(),
});

/** The audit trail (administrators): recent entries and chain verification. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký thao tác (mới nhất trước)',
          querystring: z
            .object({
              entity: z.string().max(50).optional(),
              entityId: z.string().max(50).optional(),
              outcome: z.enum(['ok', 'refused']).optional(),
              limit: z.coerce.number().int().min(1).max(500).default(100),
              beforeSeq: z.coerce.number().int().positive().optional(),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(entryView) }), ...errorResponses },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'audit.read');
        const f = request.query;
        let q = ctx.db.q.selectFrom('audit_log').selectAll();
        if (f.entity) q = q.where('entity', '=', f.entity);
        if (f.entityId) q = q.where('entity_id', '=', f.entityId);
        if (f.outcome) q = q.where('outcome', '=', f.outcome);
        if (f.beforeSeq) q = q.where('seq', '<', f.beforeSeq);
        const rows = await q.orderBy('seq', 'desc').limit(f.limit).execute();
        const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));
        return {
          items: rows.map((r) => ({
            seq: r.seq,
            at: r.at,
            actorKind: r.actor_kind,
            actorName: r.actor_name,
            action: r.action,
            outcome: r.outcome,
            entity: r.entity,
            entityId: r.entity_id,
            before: parse(r.before),
            after: parse(r.after),
            details: parse(r.details),
          })),
        };
      },
    );
    app.get(
      '/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: 'Kiểm tra tính toàn vẹn của chuỗi nhật ký',
          response: {
            200: z.object({
              ok: z.boolean(),
              entries: z.number(),
              brokenAt: z
                .object({ id: z.number(), seq: z.number(), reason: z.string() })
                .optional(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'audit.read');
        return verifyAuditChain(ctx.db.q);
      },
    );
  };
}
