import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { dateParam, errorResponses } from '../http/schemas';
import { browseMeetings, showMeeting } from './browse-meetings';
import { createMeeting, createMeetingInput } from './create-meeting';
import { refreshAgenda } from './refresh-agenda';
import { addAgendaItem, addAgendaItemInput } from './add-agenda-item';
import { removeAgendaItem } from './remove-agenda-item';
import { recordConclusion, recordConclusionInput } from './record-conclusion';
import { removeConclusion } from './remove-conclusion';
import { issueConclusionNotice, issueConclusionNoticeInput } from './issue-conclusion-notice';
import { agendaRefreshSchema, meetingSummarySchema, meetingViewSchema } from './http-schemas';

const id = z.coerce.number().int().positive();
const idParams = z.object({ id }).strict();

/** Monthly review meetings: agenda from data, conclusions, the Thông báo kết luận. */
export function meetingRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/meetings',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Danh sách hội nghị đánh giá (mới nhất trước)',
          querystring: z
            .object({
              from: dateParam.optional(),
              to: dateParam.optional(),
              status: z.enum(['draft', 'issued']).optional(),
              limit: z.coerce.number().int().min(1).max(500).default(100),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(meetingSummarySchema) }), ...errorResponses },
        },
      },
      async (request) =>
        browseMeetings(ctx, {
          actor: actorOf(request),
          input: {
            ...(request.query.from ? { from: request.query.from } : {}),
            ...(request.query.to ? { to: request.query.to } : {}),
            ...(request.query.status ? { status: request.query.status } : {}),
            limit: request.query.limit,
          },
        }),
    );

    app.post(
      '/meetings',
      {
        schema: {
          tags: ['meetings'],
          summary:
            'Triệu tập hội nghị đánh giá hàng tháng (chương trình lập từ nhiệm vụ quá hạn, sắp đến hạn; đưa vào lịch công tác)',
          body: createMeetingInput,
          response: { 201: meetingViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createMeeting(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/meetings/:id',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Một hội nghị: thành phần, chương trình, kết luận, Thông báo kết luận',
          params: idParams,
          response: { 200: meetingViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        showMeeting(ctx, { actor: actorOf(request), meetingId: request.params.id }),
    );

    app.post(
      '/meetings/:id/agenda/refresh',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Cập nhật chương trình hội nghị từ số liệu nhiệm vụ tại ngày họp',
          params: idParams,
          response: { 200: agendaRefreshSchema, ...errorResponses },
        },
      },
      async (request) =>
        refreshAgenda(ctx, { actor: actorOf(request), meetingId: request.params.id }),
    );

    app.post(
      '/meetings/:id/agenda-items',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Thêm nội dung vào chương trình hội nghị',
          params: idParams,
          body: addAgendaItemInput.omit({ meetingId: true }),
          response: { 201: meetingViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await addAgendaItem(ctx, {
            actor: actorOf(request),
            input: { ...request.body, meetingId: request.params.id },
          }),
        ),
    );

    app.delete(
      '/meetings/:id/agenda-items/:itemId',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Bỏ một nội dung khỏi chương trình hội nghị',
          params: z.object({ id, itemId: id }).strict(),
          response: { 200: meetingViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        removeAgendaItem(ctx, {
          actor: actorOf(request),
          meetingId: request.params.id,
          itemId: request.params.itemId,
        }),
    );

    app.post(
      '/meetings/:id/conclusions',
      {
        schema: {
          tags: ['meetings'],
          summary:
            'Ghi một kết luận (đơn vị chủ trì, phối hợp, thời hạn, lãnh đạo phụ trách); trả về hội nghị',
          params: idParams,
          body: recordConclusionInput.omit({ meetingId: true }),
          response: { 201: meetingViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordConclusion(ctx, {
            actor: actorOf(request),
            input: { ...request.body, meetingId: request.params.id },
          }),
        ),
    );

    app.delete(
      '/meetings/:id/conclusions/:conclusionId',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Bỏ một kết luận ghi nhầm (trước khi ban hành Thông báo kết luận)',
          params: z.object({ id, conclusionId: id }).strict(),
          response: { 200: meetingViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        removeConclusion(ctx, {
          actor: actorOf(request),
          meetingId: request.params.id,
          conclusionId: request.params.conclusionId,
        }),
    );

    app.post(
      '/meetings/:id/issue',
      {
        schema: {
          tags: ['meetings'],
          summary:
            'Ban hành Thông báo kết luận (văn bản TB của UBND) và giao mỗi kết luận thành một nhiệm vụ',
          params: idParams,
          // No body at all is fine: every field has a default (Fastify hands a missing body over as null).
          body: issueConclusionNoticeInput.omit({ meetingId: true }).nullish(),
          response: { 201: meetingViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await issueConclusionNotice(ctx, {
            actor: actorOf(request),
            input: { ...request.body, meetingId: request.params.id },
          }),
        ),
    );
  };
}
