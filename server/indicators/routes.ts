import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { actorOf, versionOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { browseIndicators } from './browse-indicators';
import { createIndicator } from './create-indicator';
import { createIndicatorInput } from './indicator-inputs';
import { showIndicator } from './show-indicator';
import { updateIndicator, updateIndicatorInput } from './update-indicator';
import { setIndicatorTarget, setIndicatorTargetInput } from './set-indicator-target';
import { enterIndicatorValue, enterIndicatorValueInput } from './enter-indicator-value';
import { decideIndicatorValue, decideIndicatorValueInput } from './decide-indicator-value';
import { browseIndicatorValues } from './browse-indicator-values';
import { receiveIndicatorFeed, receiveIndicatorFeedInput } from './receive-indicator-feed';
import { importIndicatorValues } from './import-indicator-values';
import { lockIndicatorPeriod, lockIndicatorPeriodInput } from './lock-indicator-period';
import { unlockIndicatorPeriod } from './unlock-indicator-period';
import { browseIndicatorLocks } from './browse-indicator-locks';
import { indicatorTable } from './indicator-table';
import { revenueBySource } from './revenue-by-source';
import { requestExplanation, requestExplanationInput } from './request-explanation';
import { draftExplanation, draftExplanationInput } from './draft-explanation';
import { answerExplanation, answerExplanationInput } from './answer-explanation';
import { closeExplanation, closeExplanationInput } from './close-explanation';
import { browseExplanations } from './browse-explanations';
import { showExplanation } from './show-explanation';
import {
  setUnitIndicatorSettings,
  setUnitIndicatorSettingsInput,
} from './set-unit-indicator-settings';
import {
  explanationViewSchema,
  feedResultSchema,
  indicatorTableSchema,
  indicatorViewSchema,
  lockViewSchema,
  revenueBySourceSchema,
  targetViewSchema,
  valueViewSchema,
} from './http-schemas';
import { EXPLANATION_STATUSES, INDICATOR_CATEGORIES, VALUE_STATUSES } from './tables';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();
const bool = z.enum(['true', 'false']).optional();
const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
const many = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).optional();
const list = <T>(v: T | T[] | undefined): T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];
const year = z.coerce.number().int().min(2000).max(2100).optional();
/** A province or unit by id or code (`BP`, `BP.STC`). */
const ref = z.string().trim().min(1).max(200).optional();
const period = z.string().trim().max(20).optional();
const tags = ['indicators'];

/** Indicators: catalogue, targets, figures, locks, the table, revenue by source, explanations. */
export function indicatorRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/indicators',
      {
        schema: {
          tags,
          summary: 'Danh mục chỉ tiêu của tỉnh (theo nhóm, tìm theo mã hoặc tên)',
          querystring: z
            .object({
              province: ref,
              category: z.enum(INDICATOR_CATEGORIES).optional(),
              q: z.string().max(200).optional(),
              includeInactive: bool,
            })
            .strict(),
          response: {
            200: z.object({
              province: indicatorViewSchema.shape.ownerUnit,
              items: z.array(indicatorViewSchema),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const q = request.query;
        return browseIndicators(ctx, {
          actor: actorOf(request),
          input: {
            ...(q.province ? { province: q.province } : {}),
            ...(q.category ? { category: q.category } : {}),
            ...(q.q ? { q: q.q } : {}),
            includeInactive: flag(q.includeInactive) ?? false,
          },
        });
      },
    );

    app.post(
      '/indicators',
      {
        schema: {
          tags,
          summary: 'Thêm chỉ tiêu vào danh mục (đơn vị tính, tần suất, cơ sở kỳ, cách cộng dồn)',
          body: createIndicatorInput,
          response: { 201: indicatorViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createIndicator(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/indicators/table',
      {
        schema: {
          tags,
          summary:
            'Bảng chỉ tiêu của một kỳ: lũy kế, kế hoạch, % kế hoạch, so cùng kỳ, màu cảnh báo, số liệu các tháng',
          querystring: z
            .object({
              province: ref,
              unit: ref,
              period,
              category: z.enum(INDICATOR_CATEGORIES).optional(),
            })
            .strict(),
          response: { 200: indicatorTableSchema, ...errorResponses },
        },
      },
      async (request) => {
        const q = request.query;
        return indicatorTable(ctx, {
          actor: actorOf(request),
          input: {
            ...(q.province ? { province: q.province } : {}),
            ...(q.unit ? { unit: q.unit } : {}),
            ...(q.period ? { period: q.period } : {}),
            ...(q.category ? { category: q.category } : {}),
          },
        });
      },
    );

    app.get(
      '/indicators/revenue-by-source',
      {
        schema: {
          tags,
          summary:
            'Thu ngân sách theo nguồn so với dự toán Trung ương và HĐND tỉnh giao, so cùng kỳ',
          querystring: z.object({ province: ref, unit: ref, period }).strict(),
          response: { 200: revenueBySourceSchema, ...errorResponses },
        },
      },
      async (request) => {
        const q = request.query;
        return revenueBySource(ctx, {
          actor: actorOf(request),
          input: {
            ...(q.province ? { province: q.province } : {}),
            ...(q.unit ? { unit: q.unit } : {}),
            ...(q.period ? { period: q.period } : {}),
          },
        });
      },
    );

    app.post(
      '/indicators/import',
      {
        schema: {
          tags,
          summary:
            'Nhập số liệu chỉ tiêu từ Excel theo mẫu (multipart: province?, file) — tất cả hoặc không',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({
              imported: z.number(),
              approved: z.number(),
              pending: z.number(),
              sheet: z.string(),
              sha256: z.string(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const file = await request.file();
        if (!file) throw new AppError('FIELD_REQUIRED', { field: 'file' });
        const bytes = await file.toBuffer();
        const field = file.fields.province;
        const province =
          field && 'value' in field && typeof field.value === 'string' && field.value
            ? field.value
            : undefined;
        return importIndicatorValues(ctx, {
          actor: actorOf(request),
          fileName: file.filename,
          bytes,
          province,
        });
      },
    );

    app.get(
      '/indicators/:id',
      {
        schema: {
          tags,
          summary: 'Một chỉ tiêu với các chỉ tiêu kế hoạch, dự toán theo năm',
          params: idParams,
          response: {
            200: z.object({
              indicator: indicatorViewSchema,
              targets: z.array(targetViewSchema),
              childIds: z.array(z.number()),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        showIndicator(ctx, { actor: actorOf(request), indicatorId: request.params.id }),
    );

    app.patch(
      '/indicators/:id',
      {
        schema: {
          tags,
          summary: 'Sửa thông tin chỉ tiêu (If-Match: phiên bản)',
          params: idParams,
          body: updateIndicatorInput.omit({ indicatorId: true }),
          response: { 200: indicatorViewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return updateIndicator(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            ...(version !== undefined ? { version } : {}),
            indicatorId: request.params.id,
          },
        });
      },
    );

    app.put(
      '/indicators/:id/targets',
      {
        schema: {
          tags,
          summary: 'Đặt chỉ tiêu kế hoạch hoặc dự toán (Trung ương, HĐND tỉnh giao) của một năm',
          params: idParams,
          body: setIndicatorTargetInput.omit({ indicatorId: true }),
          response: { 200: targetViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        setIndicatorTarget(ctx, {
          actor: actorOf(request),
          input: { ...request.body, indicatorId: request.params.id },
        }),
    );

    app.get(
      '/indicators/:id/values',
      {
        schema: {
          tags,
          summary: 'Số liệu các kỳ của một chỉ tiêu (history=true: mọi lần sửa)',
          params: idParams,
          querystring: z.object({ unit: ref, year, history: bool }).strict(),
          response: { 200: z.object({ items: z.array(valueViewSchema) }), ...errorResponses },
        },
      },
      async (request) => {
        const q = request.query;
        return browseIndicatorValues(ctx, {
          actor: actorOf(request),
          input: {
            indicatorId: request.params.id,
            ...(q.unit ? { unit: q.unit } : {}),
            ...(q.year !== undefined ? { year: q.year } : {}),
            history: flag(q.history) ?? false,
          },
        });
      },
    );

    app.post(
      '/indicators/:id/values',
      {
        schema: {
          tags,
          summary: 'Nhập số liệu một kỳ (chờ lãnh đạo đơn vị duyệt nếu đơn vị yêu cầu)',
          params: idParams,
          body: enterIndicatorValueInput.omit({ indicatorId: true }),
          response: { 201: valueViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await enterIndicatorValue(ctx, {
            actor: actorOf(request),
            input: { ...request.body, indicatorId: request.params.id },
          }),
        ),
    );

    app.post(
      '/indicators/:id/explanations',
      {
        schema: {
          tags,
          summary: 'Lãnh đạo yêu cầu đơn vị giải trình chỉ tiêu ở mức đỏ',
          params: idParams,
          body: requestExplanationInput.omit({ indicatorId: true }),
          response: { 201: explanationViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await requestExplanation(ctx, {
            actor: actorOf(request),
            input: { ...request.body, indicatorId: request.params.id },
          }),
        ),
    );

    app.get(
      '/indicator-values',
      {
        schema: {
          tags,
          summary: 'Số liệu chỉ tiêu của tỉnh (ví dụ status=pending: chờ duyệt)',
          querystring: z
            .object({
              province: ref,
              year,
              status: many(z.enum(VALUE_STATUSES)),
              limit: z.coerce.number().int().min(1).max(2000).optional(),
            })
            .strict(),
          response: { 200: z.object({ items: z.array(valueViewSchema) }), ...errorResponses },
        },
      },
      async (request) => {
        const q = request.query;
        const status = list(q.status);
        return browseIndicatorValues(ctx, {
          actor: actorOf(request),
          input: {
            ...(q.province ? { province: q.province } : {}),
            ...(q.year !== undefined ? { year: q.year } : {}),
            ...(status ? { status } : {}),
            ...(q.limit ? { limit: q.limit } : {}),
          },
        });
      },
    );

    app.post(
      '/indicator-values',
      {
        schema: {
          tags,
          summary:
            'Nhận số liệu từ hệ thống khác theo mã chỉ tiêu (API token phạm vi indicators:write) — tất cả hoặc không',
          body: receiveIndicatorFeedInput,
          response: { 201: feedResultSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await receiveIndicatorFeed(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.post(
      '/indicator-values/:id/decision',
      {
        schema: {
          tags,
          summary: 'Lãnh đạo đơn vị duyệt hoặc từ chối số liệu',
          params: idParams,
          body: decideIndicatorValueInput.omit({ valueId: true }),
          response: { 200: valueViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        decideIndicatorValue(ctx, {
          actor: actorOf(request),
          input: { ...request.body, valueId: request.params.id },
        }),
    );

    app.get(
      '/indicator-locks',
      {
        schema: {
          tags,
          summary: 'Các kỳ đã khóa số liệu',
          querystring: z.object({ province: ref, year }).strict(),
          response: { 200: z.object({ items: z.array(lockViewSchema) }), ...errorResponses },
        },
      },
      async (request) =>
        browseIndicatorLocks(ctx, {
          actor: actorOf(request),
          input: {
            ...(request.query.province ? { province: request.query.province } : {}),
            ...(request.query.year !== undefined ? { year: request.query.year } : {}),
          },
        }),
    );

    app.post(
      '/indicator-locks',
      {
        schema: {
          tags,
          summary: 'Khóa số liệu một kỳ (không nhận thêm số liệu của kỳ đó)',
          body: lockIndicatorPeriodInput,
          response: { 201: lockViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await lockIndicatorPeriod(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.delete(
      '/indicator-locks/:id',
      {
        schema: {
          tags,
          summary: 'Mở khóa số liệu một kỳ',
          params: idParams,
          response: { 200: lockViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        unlockIndicatorPeriod(ctx, { actor: actorOf(request), lockId: request.params.id }),
    );

    app.get(
      '/indicator-explanations',
      {
        schema: {
          tags,
          summary: 'Yêu cầu giải trình chỉ tiêu và nội dung trao đổi',
          querystring: z
            .object({
              province: ref,
              status: many(z.enum(EXPLANATION_STATUSES)),
              indicatorId: z.coerce.number().int().positive().optional(),
              year,
            })
            .strict(),
          response: {
            200: z.object({ items: z.array(explanationViewSchema) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const q = request.query;
        const status = list(q.status);
        return browseExplanations(ctx, {
          actor: actorOf(request),
          input: {
            ...(q.province ? { province: q.province } : {}),
            ...(status ? { status } : {}),
            ...(q.indicatorId ? { indicatorId: q.indicatorId } : {}),
            ...(q.year !== undefined ? { year: q.year } : {}),
          },
        });
      },
    );

    app.get(
      '/indicator-explanations/:id',
      {
        schema: {
          tags,
          summary: 'Một yêu cầu giải trình với toàn bộ trao đổi',
          params: idParams,
          response: { 200: explanationViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        showExplanation(ctx, { actor: actorOf(request), explanationId: request.params.id }),
    );

    app.post(
      '/indicator-explanations/:id/drafts',
      {
        schema: {
          tags,
          summary: 'Chuyên viên đơn vị soạn dự thảo giải trình',
          params: idParams,
          body: draftExplanationInput.omit({ explanationId: true }),
          response: { 201: explanationViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await draftExplanation(ctx, {
            actor: actorOf(request),
            input: { ...request.body, explanationId: request.params.id },
          }),
        ),
    );

    app.post(
      '/indicator-explanations/:id/answer',
      {
        schema: {
          tags,
          summary: 'Lãnh đạo đơn vị gửi giải trình (nội dung mới hoặc bản dự thảo)',
          params: idParams,
          // No body: the latest draft is submitted (Fastify hands a missing body over as null).
          body: answerExplanationInput.omit({ explanationId: true }).nullish(),
          response: { 200: explanationViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        answerExplanation(ctx, {
          actor: actorOf(request),
          input: { ...request.body, explanationId: request.params.id },
        }),
    );

    app.post(
      '/indicator-explanations/:id/close',
      {
        schema: {
          tags,
          summary: 'Lãnh đạo đóng yêu cầu giải trình',
          params: idParams,
          body: closeExplanationInput.omit({ explanationId: true }).nullish(),
          response: { 200: explanationViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        closeExplanation(ctx, {
          actor: actorOf(request),
          input: { ...request.body, explanationId: request.params.id },
        }),
    );

    app.put(
      '/indicator-unit-settings/:id',
      {
        schema: {
          tags,
          summary: 'Đơn vị có cần lãnh đạo đơn vị duyệt số liệu trước khi được tính hay không',
          params: idParams,
          body: setUnitIndicatorSettingsInput.omit({ unit: true }),
          response: {
            200: z.object({ unitId: z.number(), requiresApproval: z.boolean() }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        setUnitIndicatorSettings(ctx, {
          actor: actorOf(request),
          input: { ...request.body, unit: request.params.id },
        }),
    );
  };
}
