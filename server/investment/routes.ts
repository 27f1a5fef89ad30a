import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { actorOf, versionOf } from '../http/request-actor';
import { dateParam, errorResponses } from '../http/schemas';
import { addCapitalSource, addCapitalSourceInput } from './add-capital-source';
import { adjustCapitalPlan, adjustCapitalPlanInput } from './adjust-capital-plan';
import { assignCapitalPlan, assignCapitalPlanInput } from './assign-capital-plan';
import { browseProjects } from './browse-projects';
import { createProject, createProjectInput } from './create-project';
import { deleteProject } from './delete-project';
import { disbursementRates, RATE_DIMENSIONS } from './disbursement-rates';
import { importCapitalPlans } from './import-capital-plans';
import { importDisbursements } from './import-disbursements';
import { investmentDashboard } from './investment-dashboard';
import { listCapitalSources } from './list-capital-sources';
import { recordDisbursement, recordDisbursementInput } from './record-disbursement';
import { listReportingDates } from './list-reporting-dates';
import { setDisbursementTarget, setDisbursementTargetInput } from './set-disbursement-target';
import { showProject } from './show-project';
import { updateProject, updateProjectInput } from './update-project';
import {
  capitalPlanViewSchema,
  capitalSourceTreeSchema,
  dashboardSchema,
  disbursementTargetSchema,
  disbursementViewSchema,
  projectDetailSchema,
  projectListItemSchema,
  projectViewSchema,
  ratesSchema,
  reportingDatesSchema,
} from './http-schemas';
import { PLAN_BASES, PROGRAMMES } from './tables';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();
const bool = z.enum(['true', 'false']).optional();
const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
/** A province by id or code; the default province when absent. */
const provinceParam = z.string().trim().min(1).max(60).optional();
const yearParam = z.coerce.number().int().min(2000).max(2100).optional();
const tags = ['investment'];

/** The text value of a multipart field, when given. */
function fieldValue(field: unknown): string | undefined {
  return field && typeof field === 'object' && 'value' in field && typeof field.value === 'string'
    ? field.value || undefined
    : undefined;
}

async function uploaded(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw new AppError('FIELD_REQUIRED', { field: 'file' });
  return {
    fileName: file.filename,
    bytes: await file.toBuffer(),
    province: fieldValue(file.fields.province),
  };
}

/** Public investment: capital sources, projects, plans, disbursements, targets, dashboard, imports. */
export function investmentRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/investment/capital-sources',
      {
        schema: {
          tags,
          summary:
            'Cây nguồn vốn đầu tư công (NSĐP, NSTW, 03 Chương trình MTQG; vốn đầu tư tách khỏi kinh phí sự nghiệp)',
          querystring: z.object({ province: provinceParam }).strict(),
          response: { 200: capitalSourceTreeSchema, ...errorResponses },
        },
      },
      async (request) =>
        listCapitalSources(ctx, {
          actor: actorOf(request),
          input: request.query.province ? { province: request.query.province } : {},
        }),
    );

    app.post(
      '/investment/capital-sources',
      {
        schema: {
          tags,
          summary: 'Thêm nguồn vốn chi tiết của tỉnh dưới một nút của cây nguồn vốn',
          body: addCapitalSourceInput,
          response: {
            201: z.object({
              code: z.string(),
              name: z.string(),
              parentCode: z.string(),
              fundingKind: z.string(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addCapitalSource(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/investment/projects',
      {
        schema: {
          tags,
          summary:
            'Danh sách dự án đầu tư công (lọc theo chủ đầu tư, nguồn vốn, chương trình, trọng điểm, từ khóa)',
          querystring: z
            .object({
              province: provinceParam,
              investorId: z.coerce.number().int().positive().optional(),
              source: z.string().trim().min(1).max(60).optional(),
              programme: z.enum(PROGRAMMES).optional(),
              keyProject: bool,
              q: z.string().max(200).optional(),
              year: yearParam,
              at: dateParam.optional(),
              page: z.coerce.number().int().min(1).default(1),
              pageSize: z.coerce.number().int().min(1).max(1000).default(50),
            })
            .strict(),
          response: {
            200: z.object({
              items: z.array(projectListItemSchema),
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { page, pageSize, keyProject, ...q } = request.query;
        const result = await browseProjects(ctx, {
          actor: actorOf(request),
          input: {
            ...q,
            ...(flag(keyProject) !== undefined ? { keyProject: flag(keyProject) } : {}),
            limit: pageSize,
            offset: (page - 1) * pageSize,
          },
        });
        return { ...result, page, pageSize };
      },
    );

    app.post(
      '/investment/projects',
      {
        schema: {
          tags,
          summary: 'Thêm dự án đầu tư công (mã, tên, chủ đầu tư, công trình trọng điểm, địa điểm)',
          body: createProjectInput,
          response: { 201: projectViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createProject(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/investment/projects/:id',
      {
        schema: {
          tags,
          summary: 'Một dự án: kế hoạch vốn các năm, điều chỉnh, giải ngân của năm',
          params: idParams,
          querystring: z.object({ year: yearParam, at: dateParam.optional() }).strict(),
          response: { 200: projectDetailSchema, ...errorResponses },
        },
      },
      async (request) =>
        showProject(ctx, {
          actor: actorOf(request),
          input: { projectId: request.params.id, ...request.query },
        }),
    );

    app.patch(
      '/investment/projects/:id',
      {
        schema: {
          tags,
          summary: 'Sửa dự án (tên, chủ đầu tư, trọng điểm, địa điểm…); kèm If-Match hoặc version',
          params: idParams,
          body: updateProjectInput.omit({ projectId: true }),
          response: { 200: projectViewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const version = versionOf(request, request.body.version);
        return updateProject(ctx, {
          actor: actorOf(request),
          input: {
            ...request.body,
            projectId: request.params.id,
            ...(version !== undefined ? { version } : {}),
          },
        });
      },
    );

    app.delete(
      '/investment/projects/:id',
      {
        schema: {
          tags,
          summary: 'Xóa dự án nhập nhầm (chỉ khi chưa có kế hoạch vốn, giải ngân)',
          params: idParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteProject(ctx, {
          actor: actorOf(request),
          projectId: request.params.id,
          version: versionOf(request, undefined),
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/investment/projects/:id/capital-plans',
      {
        schema: {
          tags,
          summary:
            'Giao kế hoạch vốn năm cho dự án từ một nguồn vốn (kế hoạch Thủ tướng giao và kế hoạch địa phương giao)',
          params: idParams,
          body: assignCapitalPlanInput.omit({ projectId: true }),
          response: { 201: capitalPlanViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await assignCapitalPlan(ctx, {
            actor: actorOf(request),
            input: { ...request.body, projectId: request.params.id },
          }),
        ),
    );

    app.post(
      '/investment/capital-plans/:id/adjustments',
      {
        schema: {
          tags,
          summary: 'Điều chỉnh kế hoạch vốn (tổng mới của cả hai mẫu số, từ ngày điều chỉnh)',
          params: idParams,
          body: adjustCapitalPlanInput.omit({ planId: true }),
          response: { 201: capitalPlanViewSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const version = versionOf(request, request.body.version);
        return reply.status(201).send(
          await adjustCapitalPlan(ctx, {
            actor: actorOf(request),
            input: {
              ...request.body,
              planId: request.params.id,
              ...(version !== undefined ? { version } : {}),
            },
          }),
        );
      },
    );

    app.post(
      '/investment/projects/:id/disbursements',
      {
        schema: {
          tags,
          summary: 'Nhập giải ngân: tạm ứng hoặc thanh toán (kèm số thu hồi tạm ứng)',
          params: idParams,
          body: recordDisbursementInput.omit({ projectId: true }),
          response: { 201: disbursementViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordDisbursement(ctx, {
            actor: actorOf(request),
            input: { ...request.body, projectId: request.params.id },
          }),
        ),
    );

    app.put(
      '/investment/targets/:year',
      {
        schema: {
          tags,
          summary:
            'Ghi mục tiêu giải ngân của tỉnh cho một năm (ví dụ tối thiểu 95% kế hoạch) và văn bản nêu mục tiêu',
          params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict(),
          body: setDisbursementTargetInput.omit({ year: true }),
          response: { 200: disbursementTargetSchema, ...errorResponses },
        },
      },
      async (request) =>
        setDisbursementTarget(ctx, {
          actor: actorOf(request),
          input: { ...request.body, year: request.params.year },
        }),
    );

    app.get(
      '/investment/dashboard',
      {
        schema: {
          tags,
          summary:
            'Số liệu tổng hợp giải ngân tại một ngày: tỷ lệ toàn tỉnh (hai mẫu số) so với mục tiêu, theo chủ đầu tư, nguồn vốn, chương trình MTQG, đường lũy kế so với năm trước, dự báo cuối năm, tốc độ cần thiết, kỳ báo cáo ND 40',
          querystring: z
            .object({
              province: provinceParam,
              at: dateParam.optional(),
              year: yearParam,
              denominator: z.enum(PLAN_BASES).optional(),
            })
            .strict(),
          response: { 200: dashboardSchema, ...errorResponses },
        },
      },
      async (request) =>
        investmentDashboard(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.get(
      '/investment/rates',
      {
        schema: {
          tags,
          summary:
            'Bảng tỷ lệ giải ngân theo dự án, chủ đầu tư, nguồn vốn hoặc chương trình (cả hai mẫu số, xếp hạng)',
          querystring: z
            .object({
              province: provinceParam,
              by: z.enum(RATE_DIMENSIONS),
              at: dateParam.optional(),
              year: yearParam,
              denominator: z.enum(PLAN_BASES).optional(),
              investorId: z.coerce.number().int().positive().optional(),
              keyProject: bool,
              page: z.coerce.number().int().min(1).default(1),
              pageSize: z.coerce.number().int().min(1).max(5000).default(500),
            })
            .strict(),
          response: { 200: ratesSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { page, pageSize, keyProject, ...q } = request.query;
        return disbursementRates(ctx, {
          actor: actorOf(request),
          input: {
            ...q,
            ...(flag(keyProject) !== undefined ? { keyProject: flag(keyProject) } : {}),
            limit: pageSize,
            offset: (page - 1) * pageSize,
          },
        });
      },
    );

    app.get(
      '/investment/reporting-dates',
      {
        schema: {
          tags,
          summary: 'Các kỳ báo cáo đầu tư công sắp đến hạn theo Nghị định 40/2020/NĐ-CP',
          querystring: z.object({ at: dateParam.optional() }).strict(),
          response: { 200: reportingDatesSchema, ...errorResponses },
        },
      },
      async (request) => listReportingDates(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/investment/import/capital-plans',
      {
        schema: {
          tags,
          summary:
            'Nhập kế hoạch vốn từ Excel theo mẫu (multipart: province, file) — tất cả hoặc không',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({
              imported: z.number(),
              pmAmount: z.number(),
              localAmount: z.number(),
              sheet: z.string(),
              sha256: z.string(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        importCapitalPlans(ctx, { actor: actorOf(request), ...(await uploaded(request)) }),
    );

    app.post(
      '/investment/import/disbursements',
      {
        schema: {
          tags,
          summary:
            'Nhập số liệu giải ngân từ Excel theo mẫu (multipart: province, file) — tất cả hoặc không',
          consumes: ['multipart/form-data'],
          response: {
            200: z.object({
              imported: z.number(),
              netAmount: z.number(),
              sheet: z.string(),
              sha256: z.string(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        importDisbursements(ctx, { actor: actorOf(request), ...(await uploaded(request)) }),
    );
  };
}
