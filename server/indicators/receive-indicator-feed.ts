import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError, isAppError, type ErrorDetail } from '../platform/errors';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit, withAuditBatch } from '../audit/record-audit';
import { formatPeriodRef } from '../../shared/periods/periods';
import { chooseProvince } from './indicator-access';
import { refSchema } from './indicator-inputs';
import { valueFields } from './enter-indicator-value';
import { valueChecker } from './value-checker';
import { recordValue, sourceOf, valueParts, type NewValue } from './value-rules';
import type { ValueStatus } from './tables';

/** Input of receiveIndicatorFeed: figures named by indicator code (and unit code). */
export const receiveIndicatorFeedInput = z
  .object({
    province: refSchema.optional(),
    values: z
      .array(z.object({ indicator: z.string().trim().min(1).max(40), ...valueFields }).strict())
      .min(1)
      .max(2000),
  })
  .strict();

/** What a feed wrote. */
export interface FeedResult {
  received: number;
  approved: number;
  pending: number;
  items: Array<{
    indicator: string;
    unitId: number;
    period: string;
    valueId: number;
    status: ValueStatus;
  }>;
}

/**
 * A machine feed (the finance department's system, through an API token with
 * the `indicators:write` scope) pushes figures by code. All or nothing: every
 * figure is checked first and every problem reported by its position; then
 * all are written in one transaction with one audit entry for the batch.
 * Each figure follows the approval rules of the user the token acts for.
 */
export async function receiveIndicatorFeed(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof receiveIndicatorFeedInput> },
): Promise<FeedResult> {
  const data = parseInput(receiveIndicatorFeedInput, input);
  authorize(actor, 'indicator.enter');
  const today = ctx.clock.today();
  const source = sourceOf(actor);
  return ctx.db.write(async (tx) => {
    const province = await chooseProvince(tx, actor, today, data.province);
    const check = valueChecker(tx, actor, province, today);
    const planned: NewValue[] = [];
    const errors: ErrorDetail[] = [];
    for (const [i, item] of data.values.entries()) {
      const at = (name: string) => `values.${i}.${name}`;
      try {
        const ind = await check.indicator(item.indicator, at('indicator'));
        const subject = await check.subject(ind, item.unit ?? null, at('unit'));
        const range = await check.period(ind, item.period, at('period'));
        check.once(ind, subject, item.period, at('period'));
        planned.push({
          ind,
          subject,
          period: item.period,
          range,
          ...valueParts(ind, item, `values.${i}`),
          estimate: item.estimate,
          note: item.note,
          source,
          sourceRef: null,
          enteredOn: today,
        });
      } catch (e) {
        if (!isAppError(e) || e.code === 'FORBIDDEN') throw e;
        errors.push({
          code: e.code,
          ...(e.field ? { field: e.field } : {}),
          params: e.params,
        });
      }
    }
    if (errors.length > 0) {
      const first = errors[0];
      throw new AppError('INDICATOR_BATCH_REJECTED', {
        ...(first?.field ? { field: first.field } : {}),
        params: { count: errors.length },
        details: errors,
      });
    }
    const { result: items } = await withAuditBatch(async () => {
      const out: FeedResult['items'] = [];
      for (const v of planned) {
        const r = await recordValue(ctx, tx, actor, v);
        out.push({
          indicator: v.ind.code,
          unitId: v.subject.id,
          period: formatPeriodRef(v.period),
          valueId: r.id,
          status: r.status,
        });
      }
      return out;
    });
    const approved = items.filter((x) => x.status === 'approved').length;
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'indicator.receive_feed',
      entity: 'province',
      entityId: province.id,
      details: {
        source,
        values: items.length,
        approved,
        valueIds: items.map((x) => x.valueId),
      },
    });
    return { received: items.length, approved, pending: items.length - approved, items };
  });
}
