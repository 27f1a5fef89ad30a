import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import type { PeriodRef } from '../../shared/periods/periods';
import { actorStamp, figurePaths, loadIndicator, resolveSubject } from './indicator-access';
import { toValueViews, type ValueView } from './indicator-view';
import { checkNotLocked } from './value-rules';

/** Input of decideIndicatorValue. */
export const decideIndicatorValueInput = z
  .object({
    valueId: z.number().int().positive(),
    approve: z.boolean(),
    note: optionalTextSchema(1000),
  })
  .strict();

/**
 * The unit leader approves a waiting figure (it then counts, superseding the
 * period's previous figure) or rejects it (the previous one keeps counting).
 * A figure of a period locked meanwhile cannot be approved.
 */
export async function decideIndicatorValue(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof decideIndicatorValueInput> },
): Promise<ValueView> {
  const data = parseInput(decideIndicatorValueInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const value = await tx
      .selectFrom('indicator_values')
      .selectAll()
      .where('id', '=', data.valueId)
      .executeTakeFirst();
    if (!value)
      throw new AppError('NOT_FOUND', {
        field: 'valueId',
        params: { entity: 'số liệu', id: data.valueId },
      });
    const ind = await loadIndicator(tx, value.indicator_id);
    const subject = await resolveSubject(tx, ind, value.unit_id, { asOf: today, field: 'unit' });
    authorize(actor, 'indicator.approve', { unitPaths: figurePaths(ind, subject) });
    if (value.status !== 'pending')
      throw new AppError('INDICATOR_VALUE_STATE', {
        params: {
          status: value.status,
          action: data.approve ? 'duyệt' : 'từ chối',
          actionEn: data.approve ? 'approve it' : 'reject it',
        },
      });
    const period: PeriodRef = {
      kind: value.period_kind,
      year: value.year,
      index: value.period_index,
    };
    if (data.approve) await checkNotLocked(tx, ind, period, 'period');
    const stamp = await actorStamp(tx, actor);
    const now = ctx.clock.now().toISOString();
    let replacedId: number | null = null;
    if (data.approve) {
      const current = await tx
        .selectFrom('indicator_values')
        .select('id')
        .where('indicator_id', '=', value.indicator_id)
        .where('unit_id', '=', value.unit_id)
        .where('year', '=', value.year)
        .where('period_index', '=', value.period_index)
        .where('status', '=', 'approved')
        .executeTakeFirst();
      if (current) {
        replacedId = current.id;
        await tx
          .updateTable('indicator_values')
          .set({ status: 'superseded', superseded_by_id: value.id })
          .where('id', '=', current.id)
          .execute();
      }
    }
    await tx
      .updateTable('indicator_values')
      .set({
        status: data.approve ? 'approved' : 'rejected',
        decided_by_user_id: stamp.userId,
        decided_by_name: stamp.name,
        decided_at: now,
        decision_note: data.note,
      })
      .where('id', '=', value.id)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: data.approve ? 'indicator.approve_value' : 'indicator.reject_value',
      entity: 'indicator_value',
      entityId: value.id,
      details: { indicator: ind.code, supersedes: replacedId, note: data.note },
    });
  });
  const row = await ctx.db.q
    .selectFrom('indicator_values')
    .selectAll()
    .where('id', '=', data.valueId)
    .executeTakeFirstOrThrow();
  const [view] = await toValueViews(ctx.db.q, [row], today);
  if (!view) throw new Error('value vanished');
  return view;
}
