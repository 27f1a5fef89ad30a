import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context';
import { actorOf } from '../http/request-actor';
import { errorResponses } from '../http/schemas';
import {
  evaluationRunSchema,
  evaluationRunSummarySchema,
  evaluationWeightsSchema,
  listThresholdsViewSchema,
} from './http-schemas';
import { listEvaluationRuns } from './list-evaluation-runs';
import { runEvaluation, runEvaluationInput } from './run-evaluation';
import { setEvaluationWeights, setEvaluationWeightsInput } from './set-evaluation-weights';
import { showEvaluationRun } from './show-evaluation-run';
import { showEvaluationWeights } from './show-evaluation-weights';
import { setListThresholds, setListThresholdsInput } from './set-list-thresholds';
import { showListThresholds } from './show-list-thresholds';

const tags = ['evaluation'];
const year = z.coerce.number().int().min(2020).max(2100);
/** A province by id or code; by default the reader's own, else the default province. */
const province = z.string().trim().min(1).max(60).optional();

/**
 * Evaluation of units and their heads: the year's weights and list
 * thresholds, running an
 * evaluation for an ended period, and the stored runs.
 */
export function evaluationRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/evaluation/weights',
      {
        schema: {
          tags,
          summary: 'Tiêu chí chấm điểm đơn vị và trọng số của một năm (bộ tiêu chí theo năm)',
          querystring: z.object({ year }).strict(),
          response: { 200: evaluationWeightsSchema, ...errorResponses },
        },
      },
      async (request) =>
        showEvaluationWeights(ctx, {
          actor: actorOf(request),
          input: { year: request.query.year },
        }),
    );

    app.put(
      '/evaluation/weights',
      {
        schema: {
          tags,
          summary:
            'Đặt trọng số các tiêu chí chấm điểm của một năm (tổng phải bằng 100%; sai thì báo lỗi nêu trường)',
          body: setEvaluationWeightsInput,
          response: { 200: evaluationWeightsSchema, ...errorResponses },
        },
      },
      async (request) =>
        setEvaluationWeights(ctx, { actor: actorOf(request), input: request.body }),
    );

    app.get(
      '/evaluation/list-thresholds',
      {
        schema: {
          tags,
          summary:
            'Ngưỡng xét danh sách đề nghị biểu dương và phê bình, nhắc nhở của một năm (mặc định theo bộ tiêu chí)',
          querystring: z.object({ year }).strict(),
          response: { 200: listThresholdsViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        showListThresholds(ctx, {
          actor: actorOf(request),
          input: { year: request.query.year },
        }),
    );

    app.put(
      '/evaluation/list-thresholds',
      {
        schema: {
          tags,
          summary:
            'Đặt ngưỡng xét danh sách biểu dương và phê bình của một năm (sai thì báo lỗi nêu trường và quy tắc)',
          body: setListThresholdsInput,
          response: { 200: listThresholdsViewSchema, ...errorResponses },
        },
      },
      async (request) => setListThresholds(ctx, { actor: actorOf(request), input: request.body }),
    );

    app.get(
      '/evaluation/runs',
      {
        schema: {
          tags,
          summary: 'Các lượt đánh giá đã thực hiện của tỉnh (mới nhất trước)',
          querystring: z.object({ province, year: year.optional() }).strict(),
          response: {
            200: z.object({ items: z.array(evaluationRunSummarySchema) }),
            ...errorResponses,
          },
        },
      },
      async (request) => ({
        items: await listEvaluationRuns(ctx, {
          actor: actorOf(request),
          input: {
            ...(request.query.province ? { province: request.query.province } : {}),
            ...(request.query.year !== undefined ? { year: request.query.year } : {}),
          },
        }),
      }),
    );

    app.post(
      '/evaluation/runs',
      {
        schema: {
          tags,
          summary:
            'Đánh giá, xếp hạng các sở, ban, ngành, UBND cấp huyện và người đứng đầu cho một kỳ đã kết thúc; lưu kết quả cùng số liệu đầu vào',
          body: runEvaluationInput,
          response: { 201: evaluationRunSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await runEvaluation(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/evaluation/runs/:id',
      {
        schema: {
          tags,
          summary:
            'Kết quả một lượt đánh giá: điểm, giải trình từng tiêu chí, xếp hạng, xếp loại, người đứng đầu, danh sách biểu dương và phê bình',
          params: z.object({ id: z.coerce.number().int().positive() }).strict(),
          response: { 200: evaluationRunSchema, ...errorResponses },
        },
      },
      async (request) =>
        showEvaluationRun(ctx, { actor: actorOf(request), input: { id: request.params.id } }),
    );
  };
}
