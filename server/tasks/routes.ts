import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf, versionOf } from '../http/request-actor';
import { AppError } from '../platform/errors';
import { importTasks } from './import-tasks';
import { dateParam, errorResponses } from '../http/schemas';
import { TASK_STATUSES } from '../../shared/tasks/status';
import { createTask, createTaskInput } from './create-task';
import { browseTasks, showTask, TASK_SORTS } from './browse-tasks';
import {
  reportProgress,
  reportProgressInput,
  decideProgress,
  decideProgressInput,
} from './report-progress';
import {
  completeTask,
  completeTaskInput,
  reopenTask,
  reopenTaskInput,
  submitForApproval,
  submitForApprovalInput,
} from './complete-task';
import {
  requestExtension,
  requestExtensionInput,
  forwardExtension,
  decideExtension,
  decideExtensionInput,
} from './extensions';
import { urgeAssignment, urgeInput, markUrgingRead, listUrgings } from './urge';
import { taskStatistics, TASK_STAT_DIMENSIONS } from './task-statistics';
import { createProgramme, createProgrammeInput, programmeRollup } from './programmes';
import {
  directIncomingDocument,
  directIncomingInput,
  incomingHandlingRegister,
} from './direct-incoming';
import {
  rollupSchema,
  taskDetailSchema,
  taskStatisticsSchema,
  taskViewSchema,
  urgingViewSchema,
} from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();
const many = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).optional();
const bool = z.enum(['true', 'false']).optional();

/** Tasks: assignment, progress, completion, extensions, urgings, statistics, programmes, directions. */
export function taskRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/tasks',
      {
        schema: {
          tags: ['tasks'],
          summary:
            'Danh sách nhiệm vụ (lọc theo trạng thái, đơn vị, lãnh đạo phụ trách, văn bản giao…)',
          querystring: z
            .object({
              q: z.string().max(200).optional(),
              status: many(z.enum(TASK_STATUSES)),
              dueSoon: bool,
              unitId: z.coerce.number().int().positive().optional(),
              role: z.enum(['lead', 'coordinate', 'follow']).optional(),
              leaderPersonId: z.coerce.number().int().positive().optional(),
              withoutLeader: bool,
              leadUnitId: z.coerce.number().int().positive().optional(),
              counted: bool,
              sourceDocumentId: z.coerce.number().int().positive().optional(),
              parentId: z.coerce.number().int().positive().optional(),
              topLevel: bool,
              awaitingApproval: bool,
              deadlineFrom: dateParam.optional(),
              deadlineTo: dateParam.optional(),
              sort: z.enum(TASK_SORTS).default('deadline'),
              page: z.coerce.number().int().min(1).default(1),
              pageSize: z.coerce.number().int().min(1).max(500).default(50),
            })
            .strict(),
          response: {
            200: z.object({
              items: z.array(taskViewSchema),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const q = request.query;
        const status =
          q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
        const flag = (v: 'true' | 'false' | undefined) =>
          v === undefined ? undefined : v === 'true';
        const result = await browseTasks(ctx, {
          actor: actorOf(request),
          input: {
            ...(q.q ? { q: q.q } : {}),
            ...(status ? { status } : {}),
            ...(flag(q.dueSoon) !== undefined ? { dueSoon: flag(q.dueSoon) } : {}),
            ...(q.unitId ? { unitId: q.unitId } : {}),
            ...(q.role ? { role: q.role } : {}),
            ...(q.leaderPersonId ? { leaderPersonId: q.leaderPersonId } : {}),
            ...(flag(q.withoutLeader) !== undefined
              ? { withoutLeader: flag(q.withoutLeader) }
              : {}),
            ...(q.leadUnitId ? { leadUnitId: q.leadUnitId } : {}),
            ...(flag(q.counted) !== undefined ? { counted: flag(q.counted) } : {}),
            ...(q.sourceDocumentId ? { sourceDocumentId: q.sourceDocumentId } : {}),
            ...(q.parentId ? { parentId: q.parentId } : {}),
            ...(flag(q.topLevel) !== undefined ? { topLevel: flag(q.topLevel) } : {}),
            ...(flag(q.awaitingApproval) !== undefined
              ? { awaitingApproval: flag(q.awaitingApproval) }
              : {}),
            ...(q.deadlineFrom ? { deadlineFrom: q.deadlineFrom } : {}),
            ...(q.deadlineTo ? { deadlineTo: q.deadlineTo } : {}),
            sort: q.sort,
            limit: q.pageSize,
            offset: (q.page - 1) * q.pageSize,
          },
        });
        return { ...result, page: q.page, pageSize: q.pageSize };
      },
    );

    app.post(
      '/tasks/import',
      {
        schema: {
          tags: ['tasks'],
          summary:
            'Nhập nhiệm vụ từ Excel theo mẫu (multipart: assigningUnit, file) — tất cả hoặc không',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({ imported: z.number(), sha256: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const file = await request.file();
        if (!file) throw new AppError('FIELD_REQUIRED', { field: 'file' });
        const bytes = await file.toBuffer();
        const field = file.fields.assigningUnit;
        const assigningUnit =
          field && 'value' in field && typeof field.value === 'string' && field.value
            ? field.value
            : undefined;
        return importTasks(ctx, {
          actor: actorOf(request),
          fileName: file.filename,
          bytes,
          assigningUnit,
        });
      },
    );

    app.get(
      '/tasks/statistics',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Thống kê nhiệm vụ theo mẫu của Văn phòng Chính phủ tại một ngày báo cáo',
          querystring: z
            .object({
              at: dateParam.optional(),
              by: z.enum(TASK_STAT_DIMENSIONS).default('unit'),
              year: z.coerce.number().int().min(2000).max(2100).optional(),
              sourceDocumentId: z.coerce.number().int().positive().optional(),
              leadUnitId: z.coerce.number().int().positive().optional(),
              parentId: z.coerce.number().int().positive().optional(),
            })
            .strict(),
          response: { 200: taskStatisticsSchema, ...errorResponses },
        },
      },
      async (request) => taskStatistics(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.get(
      '/tasks/:id',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Một nhiệm vụ: phân công, tiến độ, gia hạn, đôn đốc, diễn biến',
          params: idParams,
          response: { 200: taskDetailSchema, ...errorResponses },
        },
      },
      async (request) => showTask(ctx, { actor: actorOf(request), id: request.params.id }),
    );

    app.post(
      '/tasks',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Giao nhiệm vụ',
          body: createTaskInput,
          response: { 201: taskViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createTask(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.post(
      '/tasks/:id/progress',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Báo cáo tiến độ của đơn vị',
          params: idParams,
          body: reportProgressInput.omit({ taskId: true }),
          response: {
            201: z.object({
              reportId: z.number(),
              status: z.enum(['pending', 'approved']),
              task: taskViewSchema,
            }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await reportProgress(ctx, {
            actor: actorOf(request),
            input: { ...request.body, taskId: request.params.id },
          }),
        ),
    );

    app.post(
      '/task-progress/:id/decision',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Lãnh đạo đơn vị duyệt báo cáo tiến độ',
          params: idParams,
          body: decideProgressInput.omit({ reportId: true }),
          response: { 200: taskViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        decideProgress(ctx, {
          actor: actorOf(request),
          input: { ...request.body, reportId: request.params.id },
        }),
    );

    const withVersion = <B extends { version?: number | undefined }>(
      request: Parameters<typeof versionOf>[0],
      body: B,
    ) => {
      const version = versionOf(request, body.version);
      return { ...body, ...(version !== undefined ? { version } : {}) };
    };

    app.post(
      '/tasks/:id/complete',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Ghi nhận hoàn thành',
          params: idParams,
          body: completeTaskInput.omit({ taskId: true }),
          response: { 200: taskViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        completeTask(ctx, {
          actor: actorOf(request),
          input: { ...withVersion(request, request.body), taskId: request.params.id },
        }),
    );

    app.post(
      '/tasks/:id/reopen',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Mở lại nhiệm vụ đã hoàn thành',
          params: idParams,
          body: reopenTaskInput.omit({ taskId: true }),
          response: { 200: taskViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        reopenTask(ctx, {
          actor: actorOf(request),
          input: { ...withVersion(request, request.body), taskId: request.params.id },
        }),
    );

    app.post(
      '/tasks/:id/submit-for-approval',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Đã hoàn thành, trình cấp có thẩm quyền phê duyệt',
          params: idParams,
          body: submitForApprovalInput.omit({ taskId: true }),
          response: { 200: taskViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        submitForApproval(ctx, {
          actor: actorOf(request),
          input: { ...withVersion(request, request.body), taskId: request.params.id },
        }),
    );

    app.post(
      '/tasks/:id/extensions',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Đề nghị gia hạn',
          params: idParams,
          body: requestExtensionInput.omit({ taskId: true }),
          response: { 201: taskViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await requestExtension(ctx, {
            actor: actorOf(request),
            input: { ...request.body, taskId: request.params.id },
          }),
        ),
    );

    app.post(
      '/task-extensions/:id/forward',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Lãnh đạo đơn vị chuyển đề nghị gia hạn lên lãnh đạo phụ trách',
          params: idParams,
          response: { 200: taskViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        forwardExtension(ctx, { actor: actorOf(request), extensionId: request.params.id }),
    );

    app.post(
      '/task-extensions/:id/decision',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Lãnh đạo phụ trách đồng ý hoặc không đồng ý gia hạn',
          params: idParams,
          body: decideExtensionInput.omit({ extensionId: true }),
          response: { 200: taskViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        decideExtension(ctx, {
          actor: actorOf(request),
          input: { ...request.body, extensionId: request.params.id },
        }),
    );

    app.post(
      '/task-assignments/:id/urgings',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Đôn đốc đơn vị (nhắc nhở, phê bình, kiểm điểm)',
          params: idParams,
          body: urgeInput.omit({ assignmentId: true }),
          response: { 201: urgingViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await urgeAssignment(ctx, {
            actor: actorOf(request),
            input: { ...request.body, assignmentId: request.params.id },
          }),
        ),
    );

    app.post(
      '/urgings/:id/read',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Xác nhận đã đọc văn bản đôn đốc',
          params: idParams,
          response: { 200: urgingViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        markUrgingRead(ctx, { actor: actorOf(request), urgingId: request.params.id }),
    );

    app.get(
      '/urgings',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Văn bản đôn đốc (theo đơn vị hoặc nhiệm vụ)',
          querystring: z
            .object({
              unitId: z.coerce.number().int().positive().optional(),
              taskId: z.coerce.number().int().positive().optional(),
              sentFrom: dateParam.optional(),
              sentTo: dateParam.optional(),
              unread: bool,
            })
            .strict(),
          response: { 200: z.object({ items: z.array(urgingViewSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await listUrgings(ctx, {
          actor: actorOf(request),
          ...(request.query.unitId ? { unitId: request.query.unitId } : {}),
          ...(request.query.taskId ? { taskId: request.query.taskId } : {}),
          ...(request.query.sentFrom ? { sentFrom: request.query.sentFrom } : {}),
          ...(request.query.sentTo ? { sentTo: request.query.sentTo } : {}),
          ...(request.query.unread === 'true' ? { unread: true } : {}),
        }),
      }),
    );

    app.post(
      '/programmes',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Chương trình (hành động, công tác) với các nhiệm vụ con',
          body: createProgrammeInput,
          response: { 201: taskViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createProgramme(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/programmes/:id/rollup',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Tổng hợp tình hình thực hiện chương trình tại một ngày',
          params: idParams,
          querystring: z.object({ at: dateParam.optional() }).strict(),
          response: { 200: rollupSchema, ...errorResponses },
        },
      },
      async (request) =>
        programmeRollup(ctx, {
          actor: actorOf(request),
          programmeId: request.params.id,
          ...(request.query.at ? { at: request.query.at } : {}),
        }),
    );

    app.post(
      '/documents/:id/direction',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Ý kiến chỉ đạo giải quyết văn bản đến (tạo nhiệm vụ xử lý)',
          params: idParams,
          body: directIncomingInput.omit({ documentId: true }),
          response: { 201: taskViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await directIncomingDocument(ctx, {
            actor: actorOf(request),
            input: { ...request.body, documentId: request.params.id },
          }),
        ),
    );

    app.get(
      '/incoming-handling',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Sổ theo dõi giải quyết văn bản đến (Phụ lục IV Mục VIII Nghị định 30/2020)',
          querystring: z
            .object({
              from: dateParam,
              to: dateParam,
              register: z.coerce.number().int().positive().optional(),
            })
            .strict(),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  documentId: z.number(),
                  arrivalNumber: z.number().nullable(),
                  arrivalDate: z.string().nullable(),
                  numberSymbol: z.string().nullable(),
                  issueDate: z.string().nullable(),
                  issuer: z.string(),
                  summary: z.string(),
                  handlingUnit: z.string().nullable(),
                  deadline: z.string().nullable(),
                  task: taskViewSchema.nullable(),
                  replyNumberSymbol: z.string().nullable(),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => ({
        items: await incomingHandlingRegister(ctx, {
          actor: actorOf(request),
          from: request.query.from,
          to: request.query.to,
          ...(request.query.register ? { registerUnitId: request.query.register } : {}),
        }),
      }),
    );
  };
}
