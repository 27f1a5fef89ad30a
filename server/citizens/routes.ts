import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import { STEP_KEYS } from '../../shared/citizens/legal-limits';
import {
  scheduleReceptionSession,
  scheduleReceptionSessionInput,
} from './schedule-reception-session';
import { recordReceptionSession, recordReceptionSessionInput } from './record-reception-session';
import { removeReceptionSession } from './remove-reception-session';
import {
  getReceptionSession,
  listReceptionSessions,
  listReceptionSessionsInput,
} from './list-reception-sessions';
import {
  complianceLineSchema,
  receptionComplianceInput,
  receptionComplianceReport,
} from './reception-compliance';
import { receptionSessionViewSchema } from './reception-session-view';
import { receiveCase, receiveCaseInput } from './receive-case';
import { assignCase, assignCaseInput } from './assign-case';
import { completeCaseStep, completeCaseStepInput } from './complete-case-step';
import { extendCaseStep, extendCaseStepInput } from './extend-case-step';
import { closeCase, closeCaseInput } from './close-case';
import { caseListSchema, getCase, listCases, listCasesInput } from './list-cases';
import { caseViewSchema } from './case-view';
import {
  breakGlassCasePersons,
  breakGlassCasePersonsInput,
  casePersonsResultSchema,
  readCasePersons,
} from './read-case-persons';

const bool = z.enum(['true', 'false']).optional();
const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
const listCasesQuery = listCasesInput.extend({
  overdue: bool,
  dueSoon: bool,
  mine: bool,
  includePersons: bool,
});
const complianceQuery = receptionComplianceInput.extend({ countAdHoc: bool });

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();
const stepParams = z
  .object({ id: z.coerce.number().int().positive(), step: z.enum(STEP_KEYS) })
  .strict();

/** Citizens' reception sessions and cases (tiếp công dân, đơn và vụ việc). */
export function citizenCaseRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    const tags = ['citizens'];

    app.get(
      '/citizens/reception-sessions',
      {
        schema: {
          tags,
          summary: 'Lịch và kết quả các phiên tiếp công dân của lãnh đạo',
          querystring: listReceptionSessionsInput,
          response: { 200: z.array(receptionSessionViewSchema), ...errorResponses },
        },
      },
      async (request) =>
        listReceptionSessions(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/citizens/reception-sessions',
      {
        schema: {
          tags,
          summary:
            'Lên lịch (hoặc ghi nhận) một phiên tiếp công dân; lịch định kỳ phải công khai trước ít nhất 5 ngày làm việc',
          body: scheduleReceptionSessionInput,
          response: { 201: receptionSessionViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await scheduleReceptionSession(ctx, { actor: actorOf(request), input: request.body }),
          ),
    );

    app.get(
      '/citizens/reception-sessions/:id',
      {
        schema: {
          tags,
          summary: 'Một phiên tiếp công dân',
          params: idParams,
          response: { 200: receptionSessionViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        getReceptionSession(ctx, {
          actor: actorOf(request),
          input: { sessionId: request.params.id },
        }),
    );

    app.put(
      '/citizens/reception-sessions/:id',
      {
        schema: {
          tags,
          summary:
            'Ghi kết quả phiên tiếp: có tổ chức hay không (lý do), trực tiếp hay ủy quyền, số lượt người, vụ việc, đoàn đông người',
          params: idParams,
          body: recordReceptionSessionInput.omit({ sessionId: true }),
          response: { 200: receptionSessionViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        recordReceptionSession(ctx, {
          actor: actorOf(request),
          input: { ...request.body, sessionId: request.params.id },
        }),
    );

    app.delete(
      '/citizens/reception-sessions/:id',
      {
        schema: {
          tags,
          summary: 'Xóa một phiên tiếp nhập nhầm (cùng mục lịch công tác của lãnh đạo)',
          params: idParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await removeReceptionSession(ctx, {
          actor: actorOf(request),
          input: { sessionId: request.params.id },
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/citizens/reception-compliance',
      {
        schema: {
          tags,
          summary:
            'Chấp hành chế độ tiếp công dân định kỳ của lãnh đạo theo tháng (Luật Tiếp công dân 2013)',
          querystring: complianceQuery,
          response: { 200: z.array(complianceLineSchema), ...errorResponses },
        },
      },
      async (request) =>
        receptionComplianceReport(ctx, {
          actor: actorOf(request),
          input: { ...request.query, countAdHoc: flag(request.query.countAdHoc) },
        }),
    );

    app.get(
      '/citizens/cases',
      {
        schema: {
          tags,
          summary:
            'Danh sách đơn, vụ việc với thời hạn luật định; thông tin nhân thân chỉ có khi cán bộ xử lý yêu cầu (includePersons)',
          querystring: listCasesQuery,
          response: { 200: caseListSchema, ...errorResponses },
        },
      },
      async (request) =>
        listCases(ctx, {
          actor: actorOf(request),
          input: {
            ...request.query,
            overdue: flag(request.query.overdue),
            dueSoon: flag(request.query.dueSoon),
            mine: flag(request.query.mine),
            includePersons: flag(request.query.includePersons),
          },
        }),
    );

    app.post(
      '/citizens/cases',
      {
        schema: {
          tags,
          summary:
            'Tiếp nhận đơn (khiếu nại, tố cáo, kiến nghị, phản ánh) từ mọi kênh: cấp số hồ sơ, kiểm tra thời hiệu, bắt đầu thời hạn',
          body: receiveCaseInput,
          response: { 201: caseViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await receiveCase(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/citizens/cases/:id',
      {
        schema: {
          tags,
          summary:
            'Một hồ sơ đơn với các bước và thời hạn luật định (không có thông tin nhân thân)',
          params: idParams,
          response: { 200: caseViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        getCase(ctx, { actor: actorOf(request), input: { caseId: request.params.id } }),
    );

    app.post(
      '/citizens/cases/:id/assignment',
      {
        schema: {
          tags,
          summary: 'Giao đơn vị và cán bộ xử lý (không giao cho đơn vị đã giải thể)',
          params: idParams,
          body: assignCaseInput.omit({ caseId: true }),
          response: { 200: caseViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        assignCase(ctx, {
          actor: actorOf(request),
          input: { ...request.body, caseId: request.params.id },
        }),
    );

    app.post(
      '/citizens/cases/:id/steps/:step/complete',
      {
        schema: {
          tags,
          summary:
            'Ghi hoàn thành một bước (thụ lý, thông báo, giải quyết…); bước kế tiếp bắt đầu tính hạn',
          params: stepParams,
          body: completeCaseStepInput.omit({ caseId: true, step: true }),
          response: { 200: caseViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        completeCaseStep(ctx, {
          actor: actorOf(request),
          input: { ...request.body, caseId: request.params.id, step: request.params.step },
        }),
    );

    app.post(
      '/citizens/cases/:id/steps/:step/extend',
      {
        schema: {
          tags,
          summary:
            'Gia hạn một bước trong giới hạn luật định (quyết định bằng văn bản khi luật yêu cầu)',
          params: stepParams,
          body: extendCaseStepInput.omit({ caseId: true, step: true }),
          response: { 200: caseViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        extendCaseStep(ctx, {
          actor: actorOf(request),
          input: { ...request.body, caseId: request.params.id, step: request.params.step },
        }),
    );

    app.post(
      '/citizens/cases/:id/close',
      {
        schema: {
          tags,
          summary: 'Kết thúc hồ sơ với kết quả; bắt đầu thời hạn lưu giữ thông tin nhân thân',
          params: idParams,
          body: closeCaseInput.omit({ caseId: true }),
          response: { 200: caseViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        closeCase(ctx, {
          actor: actorOf(request),
          input: { ...request.body, caseId: request.params.id },
        }),
    );

    app.get(
      '/citizens/cases/:id/persons',
      {
        schema: {
          tags,
          summary:
            'Thông tin nhân thân người khiếu nại, tố cáo: chỉ cán bộ được giao xử lý; mọi lần đọc được ghi nhật ký',
          params: idParams,
          response: { 200: casePersonsResultSchema, ...errorResponses },
        },
      },
      async (request) =>
        readCasePersons(ctx, { actor: actorOf(request), input: { caseId: request.params.id } }),
    );

    app.post(
      '/citizens/cases/:id/persons/break-glass',
      {
        schema: {
          tags,
          summary:
            'Quản trị viên xem thông tin nhân thân khi cần thiết, ghi rõ lý do (ghi nhật ký)',
          params: idParams,
          body: breakGlassCasePersonsInput.omit({ caseId: true }),
          response: { 200: casePersonsResultSchema, ...errorResponses },
        },
      },
      async (request) =>
        breakGlassCasePersons(ctx, {
          actor: actorOf(request),
          input: { ...request.body, caseId: request.params.id },
        }),
    );
  };
}
