import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { defineRegime, defineRegimeInput } from './define-regime';
import { updateRegimeInput, updateRegime } from './update-regime';
import { listRegimes } from './list-regimes';
import { issuePeriodicRequests } from './issue-periodic-requests';
import { listPeriodicRequests, listPeriodicRequestsInput } from './list-periodic-requests';
import { recordReceivedReport, recordReceivedReportInput } from './record-received-report';
import { reportingTimeliness, reportingTimelinessInput } from './reporting-timeliness';
import {
  issueResultSchema,
  regimeViewSchema,
  requestViewSchema,
  timelinessLineSchema,
} from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** Units' periodic reports: regimes, requests per period, receipts, timeliness. */
export function periodicReportRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    const tags = ['periodic-reports'];

    app.get(
      '/periodic-reports/regimes',
      {
        schema: {
          tags,
          summary: 'Các chế độ báo cáo định kỳ (đơn vị báo cáo, kỳ, thời hạn gửi)',
          response: { 200: z.array(regimeViewSchema), ...errorResponses },
        },
      },
      async (request) => listRegimes(ctx, { actor: actorOf(request) }),
    );

    app.post(
      '/periodic-reports/regimes',
      {
        schema: {
          tags,
          summary: 'Ban hành một chế độ báo cáo định kỳ',
          body: defineRegimeInput,
          response: { 201: regimeViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await defineRegime(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.put(
      '/periodic-reports/regimes/:id',
      {
        schema: {
          tags,
          summary: 'Sửa hoặc ngừng áp dụng một chế độ báo cáo',
          params: idParams,
          body: updateRegimeInput.omit({ regimeId: true }),
          response: { 200: regimeViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        updateRegime(ctx, {
          actor: actorOf(request),
          input: { ...request.body, regimeId: request.params.id },
        }),
    );

    app.post(
      '/periodic-reports/regimes/:id/requests',
      {
        schema: {
          tags,
          summary:
            'Gửi yêu cầu báo cáo của một kỳ: mỗi đơn vị một nhiệm vụ, hạn tính theo ngày làm việc',
          params: idParams,
          body: z.object({ period: z.string().trim().min(4).max(10) }).strict(),
          response: { 201: issueResultSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await issuePeriodicRequests(ctx, {
            actor: actorOf(request),
            input: { regimeId: request.params.id, period: request.body.period },
          }),
        ),
    );

    app.get(
      '/periodic-reports/requests',
      {
        schema: {
          tags,
          summary:
            'Yêu cầu báo cáo theo kỳ và đơn vị, với tình trạng (chờ, quá hạn, đúng hạn, trễ)',
          querystring: listPeriodicRequestsInput.extend({
            regimeId: z.coerce.number().int().positive().optional(),
            unitId: z.coerce.number().int().positive().optional(),
          }),
          response: { 200: z.array(requestViewSchema), ...errorResponses },
        },
      },
      async (request) =>
        listPeriodicRequests(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/periodic-reports/requests/:id/receipt',
      {
        schema: {
          tags,
          summary:
            'Ghi nhận báo cáo đã nhận (văn bản đến đã vào sổ); hoàn thành nhiệm vụ của đơn vị',
          params: idParams,
          body: recordReceivedReportInput.omit({ requestId: true }),
          response: { 200: requestViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        recordReceivedReport(ctx, {
          actor: actorOf(request),
          input: { ...request.body, requestId: request.params.id },
        }),
    );

    app.get(
      '/periodic-reports/timeliness',
      {
        schema: {
          tags,
          summary: 'Chấp hành chế độ báo cáo theo đơn vị: đúng hạn, trễ hạn, chưa gửi',
          querystring: reportingTimelinessInput.extend({
            regimeId: z.coerce.number().int().positive().optional(),
          }),
          response: { 200: z.array(timelinessLineSchema), ...errorResponses },
        },
      },
      async (request) =>
        reportingTimeliness(ctx, { actor: actorOf(request), input: request.query }),
    );
  };
}
