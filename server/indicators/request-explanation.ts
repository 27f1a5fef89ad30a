import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, parseInput, textSchema } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { getSetting } from '../platform/settings';
import { formatPeriodRef, periodLabel } from '../../shared/periods/periods';
import {
  actorStamp,
  answeringUnitId,
  figurePaths,
  loadIndicator,
  resolveSubject,
} from './indicator-access';
import { loadIndicatorFigures } from './indicator-data';
import { periodSchema, refSchema } from './indicator-inputs';
import { defaultReportPeriod } from './figure-scope';
import { addExplanationMessage } from './explanation-thread';
import { explanationView, type ExplanationView } from './explanation-view';

/** Input of requestExplanation. */
export const requestExplanationInput = z
  .object({
    indicatorId: z.number().int().positive(),
    /** Whose figure; the province-wide figure when absent. */
    unit: refSchema.nullish(),
    /** Report period the indicator is red at; default the last month ended. */
    period: periodSchema.optional(),
    /** Hạn giải trình. */
    dueOn: localDateSchema,
    message: textSchema(4000),
  })
  .strict();

const COLOUR_VI = { green: 'xanh', amber: 'vàng', red: 'đỏ', grey: 'xám (chưa đủ số liệu)' };

/**
 * A leader asks the unit answerable for a red indicator to explain it by a
 * deadline (giải trình). The request keeps the figures it was made on; one
 * request per indicator and period is open at a time.
 */
export async function requestExplanation(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof requestExplanationInput> },
): Promise<ExplanationView> {
  const data = parseInput(requestExplanationInput, input);
  const today = ctx.clock.today();
  const id = await ctx.db.write(async (tx) => {
    const ind = await loadIndicator(tx, data.indicatorId);
    const subject = await resolveSubject(tx, ind, data.unit, { asOf: today, field: 'unit' });
    authorize(actor, 'indicator.request_explanation', { unitPaths: figurePaths(ind, subject) });
    if (data.dueOn < today)
      throw new AppError('INDICATOR_DUE_BEFORE_REQUEST', {
        field: 'dueOn',
        params: { dueOn: data.dueOn, today },
      });
    const report = data.period ?? defaultReportPeriod(today);
    const [fig] = await loadIndicatorFigures(tx, {
      provinceId: ind.province_unit_id,
      subjectId: subject.id,
      subjectPath: subject.isProvince ? null : subject.path,
      report,
      indicatorIds: [ind.id],
      thresholds: await getSetting(tx, 'indicatorColourThresholds'),
      actor,
    });
    const own = fig?.ownPeriod ?? null;
    if (!fig || !own || fig.figures.colour !== 'red') {
      const colour = fig?.figures.colour ?? 'grey';
      throw new AppError('INDICATOR_NOT_RED', {
        field: 'period',
        params: {
          code: ind.code,
          period: periodLabel(report),
          colour,
          colourVi: COLOUR_VI[colour],
        },
      });
    }
    const open = await tx
      .selectFrom('indicator_explanations')
      .select('id')
      .where('indicator_id', '=', ind.id)
      .where('unit_id', '=', subject.id)
      .where('year', '=', own.year)
      .where('period_index', '=', own.index)
      .where('status', '!=', 'closed')
      .executeTakeFirst();
    if (open)
      throw new AppError('INDICATOR_EXPLANATION_OPEN', {
        params: { code: ind.code, period: periodLabel(own), id: open.id },
      });
    const now = ctx.clock.now().toISOString();
    const stamp = await actorStamp(tx, actor);
    const { id } = await tx
      .insertInto('indicator_explanations')
      .values({
        indicator_id: ind.id,
        unit_id: subject.id,
        answering_unit_id: answeringUnitId(ind, subject),
        year: own.year,
        period_kind: own.kind,
        period_index: own.index,
        status: 'requested',
        due_on: data.dueOn,
        colour: fig.figures.colour,
        ratio: fig.figures.ratio,
        percent_of_target: fig.figures.percentOfTarget,
        requested_by_user_id: stamp.userId,
        requested_by_name: stamp.name,
        requested_on: today,
        answered_on: null,
        closed_on: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addExplanationMessage(ctx, tx, actor, {
      explanationId: id,
      kind: 'request',
      body: data.message,
    });
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.request_explanation',
      entity: 'indicator_explanation',
      entityId: id,
      after: {
        indicator: ind.code,
        unitId: subject.id,
        period: formatPeriodRef(own),
        dueOn: data.dueOn,
        ratio: fig.figures.ratio,
      },
    });
    return id;
  });
  return explanationView(ctx.db.q, id, today);
}
