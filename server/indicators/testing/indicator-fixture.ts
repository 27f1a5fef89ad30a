import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import type { PermissionFixture, Side } from '../../testing/permission-fixture';
import { createIndicator } from '../create-indicator';
import { setIndicatorTarget } from '../set-indicator-target';
import { enterIndicatorValue } from '../enter-indicator-value';
import { requestExplanation } from '../request-explanation';
import { lockIndicatorPeriod } from '../lock-indicator-period';

let seq = 0;

/** Indicator resources for the permission matrix, on either side of every scope. */
export interface IndicatorFixture {
  /** A monthly indicator owned by the side's Sở KH&ĐT; `red` gives it a 2023 plan it is far behind on. */
  freshIndicator(side: Side, opts?: { red?: boolean }): Promise<{ id: number; code: string }>;
  /** A figure waiting for the unit leader's approval. */
  freshPendingValue(side: Side): Promise<number>;
  /** An explanation request on a red indicator, still unanswered. */
  freshExplanation(side: Side): Promise<number>;
  freshLock(side: Side): Promise<number>;
  /** A period no lock covers yet (June of a fresh year). */
  nextLockPeriod(): string;
}

/** Builds indicator resources with the system actor (the matrix then calls the API as each role). */
export async function buildIndicatorFixture(
  ctx: AppContext,
  f: PermissionFixture,
): Promise<IndicatorFixture> {
  const actor = SYSTEM_ACTOR;
  const province = (side: Side) => (side === 'own' ? f.t : f.u).province;
  // Years far from the 2023 figures the other rows enter, one per lock.
  let lockYear = 2050;
  const fixture: IndicatorFixture = {
    async freshIndicator(side, opts = {}) {
      seq += 1;
      const ind = await createIndicator(ctx, {
        actor,
        input: {
          code: `MT.${seq}`,
          nameVi: `Chỉ tiêu ma trận ${seq}`,
          nameEn: `Matrix indicator ${seq}`,
          category: 'economy',
          unitOfMeasure: 'tỷ đồng',
          frequency: 'monthly',
          ownerUnit: f.ownUnit(side).id,
        },
      });
      if (opts.red) {
        await setIndicatorTarget(ctx, {
          actor,
          input: { indicatorId: ind.id, year: 2023, kind: 'plan', value: 1200 },
        });
        for (let m = 1; m <= 6; m += 1)
          await enterIndicatorValue(ctx, {
            actor,
            input: { indicatorId: ind.id, period: `2023-0${m}`, value: 10 },
          });
      }
      return { id: ind.id, code: ind.code };
    },
    async freshPendingValue(side) {
      const ind = await fixture.freshIndicator(side);
      const { id } = await ctx.db.write((tx) =>
        tx
          .insertInto('indicator_values')
          .values({
            indicator_id: ind.id,
            unit_id: province(side).id,
            year: 2023,
            period_kind: 'month',
            period_index: 6,
            period_from: '2023-06-01',
            period_to: '2023-06-30',
            value: 42,
            numerator: null,
            denominator: null,
            is_estimate: 0,
            note: null,
            source: 'manual',
            source_ref: null,
            status: 'pending',
            revision: 1,
            superseded_by_id: null,
            entered_on: '2023-07-05',
            entered_at: '2023-07-05T02:00:00.000Z',
            entered_by_user_id: null,
            entered_by_name: 'Chuyên viên',
            decided_by_user_id: null,
            decided_by_name: null,
            decided_at: null,
            decision_note: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
      return id;
    },
    async freshExplanation(side) {
      const ind = await fixture.freshIndicator(side, { red: true });
      const e = await requestExplanation(ctx, {
        actor,
        input: {
          indicatorId: ind.id,
          period: '2023-06',
          dueOn: '2023-07-20',
          message: 'Đề nghị giải trình nguyên nhân đạt thấp',
        },
      });
      return e.id;
    },
    async freshLock(side) {
      const lock = await lockIndicatorPeriod(ctx, {
        actor,
        input: { province: province(side).id, period: fixture.nextLockPeriod() },
      });
      return lock.id;
    },
    nextLockPeriod() {
      lockYear += 1;
      return `${lockYear}-06`;
    },
  };
  return fixture;
}
