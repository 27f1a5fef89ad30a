import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { actorOf } from '../../http/request-actor';
import { dateParam, errorResponses } from '../../http/schemas';
import type { AnnexFile } from './sheet-writer';
import { tasksAnnex } from './tasks-annex';
import { disbursementAnnex } from './disbursement-annex';
import { indicatorsAnnex } from './indicators-annex';
import { REGISTER_DIRECTIONS, registerAnnex } from './register-annex';

/** A province or a unit by id or code. */
const unitParam = z.string().trim().min(1).max(300);
const yearParam = z.coerce.number().int().min(2000).max(2100);

function download(reply: FastifyReply, file: AnnexFile): FastifyReply {
  return reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.bytes);
}

/** XLSX annexes on their own: tasks (VPCP), disbursement, indicators, register books. */
export function annexRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/reports/annexes/tasks',
      {
        schema: {
          tags: ['reports'],
          summary:
            'Phụ lục XLSX: tình hình thực hiện nhiệm vụ theo mẫu Văn phòng Chính phủ (bảng theo đơn vị hoặc lãnh đạo, danh sách, quá hạn)',
          querystring: z
            .object({ at: dateParam.optional(), by: z.enum(['unit', 'leader']).default('unit') })
            .strict(),
          response: errorResponses,
        },
      },
      async (request, reply) =>
        download(reply, await tasksAnnex(ctx, { actor: actorOf(request), input: request.query })),
    );
    app.get(
      '/reports/annexes/disbursement',
      {
        schema: {
          tags: ['reports'],
          summary:
            'Phụ lục XLSX: giải ngân vốn đầu tư công theo dự án, chủ đầu tư, nguồn vốn (hai mẫu số)',
          querystring: z
            .object({ province: unitParam.optional(), year: yearParam, at: dateParam.optional() })
            .strict(),
          response: errorResponses,
        },
      },
      async (request, reply) =>
        download(
          reply,
          await disbursementAnnex(ctx, { actor: actorOf(request), input: request.query }),
        ),
    );
    app.get(
      '/reports/annexes/indicators',
      {
        schema: {
          tags: ['reports'],
          summary: 'Phụ lục XLSX: bảng chỉ tiêu kinh tế - xã hội và thu ngân sách theo nguồn',
          querystring: z
            .object({
              province: unitParam.optional(),
              year: yearParam,
              period: z.string().trim().min(4).max(20).optional(),
            })
            .strict(),
          response: errorResponses,
        },
      },
      async (request, reply) =>
        download(
          reply,
          await indicatorsAnnex(ctx, { actor: actorOf(request), input: request.query }),
        ),
    );
    app.get(
      '/reports/annexes/register',
      {
        schema: {
          tags: ['reports'],
          summary:
            'Phụ lục XLSX: sổ đăng ký văn bản đi hoặc đến của một kỳ (Nghị định 30/2020, Phụ lục IV)',
          querystring: z
            .object({
              direction: z.enum(REGISTER_DIRECTIONS),
              from: dateParam,
              to: dateParam,
              register: unitParam.optional(),
            })
            .strict(),
          response: errorResponses,
        },
      },
      async (request, reply) =>
        download(
          reply,
          await registerAnnex(ctx, { actor: actorOf(request), input: request.query }),
        ),
    );
  };
}
