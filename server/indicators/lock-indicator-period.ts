import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { formatPeriodRef, periodLabel } from '../../shared/periods/periods';
import { actorStamp, chooseProvince } from './indicator-access';
import { periodSchema, refSchema } from './indicator-inputs';
import { lockCovering } from './value-rules';
import { toLockView, type LockView } from './lock-view';

/** Input of lockIndicatorPeriod. */
export const lockIndicatorPeriodInput = z
  .object({
    province: refSchema.optional(),
    /** '2023-06' locks June, '2023-Q2' the quarter's months, '2022' the whole year. */
    period: periodSchema,
    note: optionalTextSchema(500),
  })
  .strict();

/**
 * Closes a period of a province (khóa số liệu): from now on every figure of
 * the period (or of a month inside it) is refused, entry and approval alike.
 */
export async function lockIndicatorPeriod(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof lockIndicatorPeriodInput> },
): Promise<LockView> {
  const data = parseInput(lockIndicatorPeriodInput, input);
  const today = ctx.clock.today();
  const id = await ctx.db.write(async (tx) => {
    const province = await chooseProvince(tx, actor, today, data.province);
    authorize(actor, 'indicator.manage', { unitPaths: [province.path] });
    const covering = await lockCovering(tx, province.id, data.period);
    if (covering)
      throw new AppError('INDICATOR_PERIOD_ALREADY_LOCKED', {
        field: 'period',
        params: { period: periodLabel(covering.period), lockedOn: covering.locked_on },
      });
    const stamp = await actorStamp(tx, actor);
    const { id } = await tx
      .insertInto('indicator_period_locks')
      .values({
        province_unit_id: province.id,
        year: data.period.year,
        period_kind: data.period.kind,
        period_index: data.period.index,
        locked_on: today,
        locked_at: ctx.clock.now().toISOString(),
        locked_by_user_id: stamp.userId,
        locked_by_name: stamp.name,
        note: data.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.lock_period',
      entity: 'indicator_period_lock',
      entityId: id,
      after: { provinceId: province.id, period: formatPeriodRef(data.period), note: data.note },
    });
    return id;
  });
  const row = await ctx.db.q
    .selectFrom('indicator_period_locks')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return toLockView(row);
}
