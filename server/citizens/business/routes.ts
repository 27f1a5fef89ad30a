import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { actorOf } from '../../http/request-actor';
import { errorResponses } from '../../http/schemas';
import { authorize } from '../../access/policy';
import { codeLabelSchema } from '../petitions/http-schemas';
import { BUSINESS_FIELDS, BUSINESS_FIELD_LABELS } from './fields';
import { FEEDBACK_CHANNEL_LABELS } from './channels';
import { FEEDBACK_CHANNELS } from './tables';
import { recordBusinessFeedback, recordBusinessFeedbackInput } from './record-business-feedback';
import { forwardBusinessFeedback, forwardBusinessFeedbackInput } from './forward-business-feedback';
import { resolveBusinessFeedback, resolveBusinessFeedbackInput } from './resolve-business-feedback';
import { listBusinessFeedback, listBusinessFeedbackInput } from './list-business-feedback';
import { businessFeedbackStats, businessFeedbackStatsInput } from './business-feedback-stats';
import { getBusinessFeedback } from './feedback-view';
import { recordDialogue, recordDialogueInput } from './record-dialogue';
import { addDialogueCommitment, addDialogueCommitmentInput } from './add-dialogue-commitment';
import { listDialogues, listDialoguesInput } from './list-dialogues';
import { getDialogue } from './dialogue-view';
import { dialogueViewSchema, feedbackStatsSchema, feedbackViewSchema } from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

/** Business feedback, the quick-response team and dialogue meetings with businesses. */
export function businessRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    const tags = ['citizens'];

    app.get(
      '/citizens/business-feedback/fields',
      {
        schema: {
          tags,
          summary: 'Danh mục lĩnh vực và kênh tiếp nhận phản ánh, kiến nghị của doanh nghiệp',
          response: {
            200: z.object({ fields: z.array(codeLabelSchema), channels: z.array(codeLabelSchema) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'business_feedback.read');
        return {
          fields: BUSINESS_FIELDS.map((code) => ({ code, label: BUSINESS_FIELD_LABELS[code] })),
          channels: FEEDBACK_CHANNELS.map((code) => ({
            code,
            label: FEEDBACK_CHANNEL_LABELS[code],
          })),
        };
      },
    );

    app.get(
      '/citizens/business-feedback',
      {
        schema: {
          tags,
          summary:
            'Phản ánh, kiến nghị của doanh nghiệp: đơn vị xử lý, hạn chuyển (5 ngày làm việc) và hạn giải quyết',
          querystring: listBusinessFeedbackInput,
          response: { 200: z.array(feedbackViewSchema), ...errorResponses },
        },
      },
      async (request) =>
        listBusinessFeedback(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/citizens/business-feedback',
      {
        schema: {
          tags,
          summary: 'Tiếp nhận một phản ánh, kiến nghị của doanh nghiệp (Tổ phản ứng nhanh)',
          body: recordBusinessFeedbackInput,
          response: { 201: feedbackViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordBusinessFeedback(ctx, { actor: actorOf(request), input: request.body }),
          ),
    );

    app.get(
      '/citizens/business-feedback/stats',
      {
        schema: {
          tags,
          summary:
            'Thống kê phản ánh, kiến nghị theo lĩnh vực và đơn vị chủ trì: đúng hạn, trễ hạn, quá hạn',
          querystring: businessFeedbackStatsInput,
          response: { 200: feedbackStatsSchema, ...errorResponses },
        },
      },
      async (request) =>
        businessFeedbackStats(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.get(
      '/citizens/business-feedback/:id',
      {
        schema: {
          tags,
          summary: 'Một phản ánh, kiến nghị của doanh nghiệp',
          params: idParams,
          response: { 200: feedbackViewSchema, ...errorResponses },
        },
      },
      async (request) => getBusinessFeedback(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/citizens/business-feedback/:id/forward',
      {
        schema: {
          tags,
          summary: 'Chuyển phản ánh đến đơn vị chủ trì và đơn vị phối hợp xử lý',
          params: idParams,
          body: forwardBusinessFeedbackInput.omit({ feedbackId: true }),
          response: { 200: feedbackViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        forwardBusinessFeedback(ctx, {
          actor: actorOf(request),
          input: { ...request.body, feedbackId: request.params.id },
        }),
    );

    app.post(
      '/citizens/business-feedback/:id/resolve',
      {
        schema: {
          tags,
          summary: 'Ghi nhận kết quả giải quyết phản ánh (và văn bản trả lời, nếu có)',
          params: idParams,
          body: resolveBusinessFeedbackInput.omit({ feedbackId: true }),
          response: { 200: feedbackViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        resolveBusinessFeedback(ctx, {
          actor: actorOf(request),
          input: { ...request.body, feedbackId: request.params.id },
        }),
    );

    app.get(
      '/citizens/dialogues',
      {
        schema: {
          tags,
          summary: 'Hội nghị gặp gỡ, đối thoại với doanh nghiệp và các cam kết (nhiệm vụ)',
          querystring: listDialoguesInput,
          response: { 200: z.array(dialogueViewSchema), ...errorResponses },
        },
      },
      async (request) => listDialogues(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/citizens/dialogues',
      {
        schema: {
          tags,
          summary: 'Ghi nhận một hội nghị đối thoại với doanh nghiệp',
          body: recordDialogueInput,
          response: { 201: dialogueViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordDialogue(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/citizens/dialogues/:id',
      {
        schema: {
          tags,
          summary: 'Một hội nghị đối thoại với doanh nghiệp',
          params: idParams,
          response: { 200: dialogueViewSchema, ...errorResponses },
        },
      },
      async (request) => getDialogue(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/citizens/dialogues/:id/commitments',
      {
        schema: {
          tags,
          summary: 'Ghi nhận một cam kết tại hội nghị và giao thành nhiệm vụ',
          params: idParams,
          body: addDialogueCommitmentInput.omit({ dialogueId: true }),
          response: { 201: dialogueViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await addDialogueCommitment(ctx, {
            actor: actorOf(request),
            input: { ...request.body, dialogueId: request.params.id },
          }),
        ),
    );
  };
}
