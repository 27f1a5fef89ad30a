import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { periodLabel } from '../../shared/periods/periods';
import { figurePaths, loadIndicator, resolveSubject } from './indicator-access';
import { periodSchema, refSchema } from './indicator-inputs';
import { toValueViews, type ValueView } from './indicator-view';
import { checkNotLocked, checkValuePeriod, recordValue, sourceOf, valueParts } from './value-rules';

/** The figure fields every way of entering shares. */
export const valueFields = {
  /** The unit the figure is about; the province-wide figure when absent. */
  unit: refSchema.nullish(),
  period: periodSchema,
  value: z.number().finite().nullish(),
  numerator: z.number().finite().nullish(),
  denominator: z.number().finite().nullish(),
  /** Số ước tính (ước). */
  estimate: z.boolean().default(false),
  note: optionalTextSchema(1000),
};

/** Input of enterIndicatorValue. */
export const enterIndicatorValueInput = z
  .object({
    indicatorId: z.number().int().positive(),
    ...valueFields,
    /** The day the figure was reported (default today; not in the future). */
    enteredOn: localDateSchema.optional(),
  })
  .strict();

/**
 * A unit enters the figure of one period (in the indicator's unit of
 * measure; numerator and denominator for a ratio). It waits for the unit
 * leader's approval unless the actor may approve or the unit waived it; a
 * new figure for a period supersedes the earlier one, which stays in the
 * history. Locked periods and periods not yet begun are refused.
 */
export async function enterIndicatorValue(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof enterIndicatorValueInput> },
): Promise<ValueView> {
  const data = parseInput(enterIndicatorValueInput, input);
  const today = ctx.clock.today();
  const enteredOn = data.enteredOn ?? today;
  const id = await ctx.db.write(async (tx) => {
    const ind = await loadIndicator(tx, data.indicatorId);
    const subject = await resolveSubject(tx, ind, data.unit, { asOf: today, field: 'unit' });
    authorize(actor, 'indicator.enter', { unitPaths: figurePaths(ind, subject) });
    if (ind.active !== 1) throw new AppError('INDICATOR_INACTIVE', { params: { code: ind.code } });
    const range = await checkValuePeriod(tx, ind, data.period, { today, field: 'period' });
    if (enteredOn > today || enteredOn < range.from)
      throw new AppError('FIELD_INVALID', {
        field: 'enteredOn',
        params: {
          reason: `ngày ${enteredOn} phải trong khoảng từ đầu ${periodLabel(data.period)} (${range.from}) đến hôm nay (${today})`,
        },
      });
    await checkNotLocked(tx, ind, data.period, 'period');
    const parts = valueParts(ind, data, '');
    const { id } = await recordValue(ctx, tx, actor, {
      ind,
      subject,
      period: data.period,
      range,
      ...parts,
      estimate: data.estimate,
      note: data.note,
      source: sourceOf(actor),
      sourceRef: null,
      enteredOn,
    });
    return id;
  });
  const row = await ctx.db.q
    .selectFrom('indicator_values')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const [view] = await toValueViews(ctx.db.q, [row], today);
  if (!view) throw new Error('value vanished');
  return view;
}
