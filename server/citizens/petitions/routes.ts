import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { actorOf } from '../../http/request-actor';
import { errorResponses } from '../../http/schemas';
import { authorize } from '../../access/policy';
import type { AnnexFile } from '../../reports/annexes/sheet-writer';
import { PETITION_FIELDS, PETITION_FIELD_LABELS } from './fields';
import { recordVoterPetition, recordVoterPetitionInput } from './record-voter-petition';
import { answerVoterPetition, answerVoterPetitionInput } from './answer-voter-petition';
import { listVoterPetitions, listVoterPetitionsInput } from './list-voter-petitions';
import { getVoterPetition } from './voter-petition-view';
import { updateVoterPetition, updateVoterPetitionInput } from './update-voter-petition';
import {
  voterPetitionReport,
  voterPetitionReportInput,
  voterPetitionReportXlsx,
} from './voter-petition-report';
import { recordInterpellation, recordInterpellationInput } from './record-interpellation';
import { answerInterpellation, answerInterpellationInput } from './answer-interpellation';
import { listInterpellations, listInterpellationsInput } from './list-interpellations';
import { getInterpellation } from './interpellation-view';
import {
  codeLabelSchema,
  interpellationViewSchema,
  voterPetitionReportSchema,
  voterPetitionViewSchema,
} from './http-schemas';

const idParams = z.object({ id: z.coerce.number().int().positive() }).strict();

function download(reply: FastifyReply, file: AnnexFile): FastifyReply {
  return reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.bytes);
}

/** Voter petitions (kiến nghị cử tri) and interpellations (chất vấn) of HĐND deputies. */
export function voterPetitionRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    const tags = ['citizens'];

    app.get(
      '/citizens/voter-petitions/fields',
      {
        schema: {
          tags,
          summary: 'Danh mục lĩnh vực kiến nghị cử tri (mã và tên)',
          response: { 200: z.array(codeLabelSchema), ...errorResponses },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'voter_petition.read');
        return PETITION_FIELDS.map((code) => ({ code, label: PETITION_FIELD_LABELS[code] }));
      },
    );

    app.get(
      '/citizens/voter-petitions',
      {
        schema: {
          tags,
          summary: 'Kiến nghị cử tri theo kỳ họp, lĩnh vực, đơn vị, kết quả và tình trạng thời hạn',
          querystring: listVoterPetitionsInput,
          response: { 200: z.array(voterPetitionViewSchema), ...errorResponses },
        },
      },
      async (request) => listVoterPetitions(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/citizens/voter-petitions',
      {
        schema: {
          tags,
          summary:
            'Ghi nhận một kiến nghị cử tri và giao đơn vị trả lời (hạn mặc định: trước kỳ họp thường lệ kế tiếp)',
          body: recordVoterPetitionInput,
          response: { 201: voterPetitionViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordVoterPetition(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/citizens/voter-petitions/report',
      {
        schema: {
          tags,
          summary:
            'Báo cáo kết quả giải quyết kiến nghị cử tri của một kỳ họp: số lượng theo lĩnh vực và kết quả',
          querystring: voterPetitionReportInput,
          response: { 200: voterPetitionReportSchema, ...errorResponses },
        },
      },
      async (request) =>
        voterPetitionReport(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.get(
      '/citizens/voter-petitions/report.xlsx',
      {
        schema: {
          tags,
          summary: 'Báo cáo kết quả giải quyết kiến nghị cử tri của một kỳ họp, tệp Excel',
          querystring: voterPetitionReportInput,
          response: errorResponses,
        },
      },
      async (request, reply) => {
        const file = await voterPetitionReportXlsx(ctx, {
          actor: actorOf(request),
          input: request.query,
        });
        return download(reply, file);
      },
    );

    app.get(
      '/citizens/voter-petitions/:id',
      {
        schema: {
          tags,
          summary: 'Một kiến nghị cử tri',
          params: idParams,
          response: { 200: voterPetitionViewSchema, ...errorResponses },
        },
      },
      async (request) => getVoterPetition(ctx, actorOf(request), request.params.id),
    );

    app.put(
      '/citizens/voter-petitions/:id',
      {
        schema: {
          tags,
          summary:
            'Sửa lĩnh vực, nội dung, giao lại đơn vị hoặc đặt lại thời hạn của một kiến nghị cử tri',
          params: idParams,
          body: updateVoterPetitionInput.omit({ petitionId: true }),
          response: { 200: voterPetitionViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        updateVoterPetition(ctx, {
          actor: actorOf(request),
          input: { ...request.body, petitionId: request.params.id },
        }),
    );

    app.post(
      '/citizens/voter-petitions/:id/answer',
      {
        schema: {
          tags,
          summary:
            'Ghi nhận văn bản trả lời kiến nghị (trong sổ văn bản) và kết quả: đã giải quyết, đang giải quyết, đã giải trình',
          params: idParams,
          body: answerVoterPetitionInput.omit({ petitionId: true }),
          response: { 200: voterPetitionViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        answerVoterPetition(ctx, {
          actor: actorOf(request),
          input: { ...request.body, petitionId: request.params.id },
        }),
    );

    app.get(
      '/citizens/interpellations',
      {
        schema: {
          tags,
          summary: 'Chất vấn của đại biểu HĐND: người trả lời, hạn 20 ngày, văn bản trả lời',
          querystring: listInterpellationsInput,
          response: { 200: z.array(interpellationViewSchema), ...errorResponses },
        },
      },
      async (request) =>
        listInterpellations(ctx, { actor: actorOf(request), input: request.query }),
    );

    app.post(
      '/citizens/interpellations',
      {
        schema: {
          tags,
          summary:
            'Ghi nhận một chất vấn; hạn trả lời tính từ ngày chất vấn (Luật 87/2015 Điều 60)',
          body: recordInterpellationInput,
          response: { 201: interpellationViewSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordInterpellation(ctx, { actor: actorOf(request), input: request.body })),
    );

    app.get(
      '/citizens/interpellations/:id',
      {
        schema: {
          tags,
          summary: 'Một chất vấn',
          params: idParams,
          response: { 200: interpellationViewSchema, ...errorResponses },
        },
      },
      async (request) => getInterpellation(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/citizens/interpellations/:id/answer',
      {
        schema: {
          tags,
          summary: 'Ghi nhận văn bản trả lời chất vấn (trong sổ văn bản)',
          params: idParams,
          body: answerInterpellationInput.omit({ interpellationId: true }),
          response: { 200: interpellationViewSchema, ...errorResponses },
        },
      },
      async (request) =>
        answerInterpellation(ctx, {
          actor: actorOf(request),
          input: { ...request.body, interpellationId: request.params.id },
        }),
    );
  };
}
