import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { enterIndicatorValue } from './enter-indicator-value';
import { decideIndicatorValue } from './decide-indicator-value';
import { browseIndicatorValues } from './browse-indicator-values';
import { lockIndicatorPeriod } from './lock-indicator-period';
import { unlockIndicatorPeriod } from './unlock-indicator-period';
import { browseIndicatorLocks } from './browse-indicator-locks';
import { setUnitIndicatorSettings } from './set-unit-indicator-settings';
import { setIndicatorTarget } from './set-indicator-target';
import { updateIndicator } from './update-indicator';
import { indicatorTable } from './indicator-table';
import { buildIndicator, refusal, userActor } from './testing/kit';

let ctx: TestContext;
let p: TestProvince;
let u: TestProvince;
let staff: UserActor;
let leader: UserActor;
let otherStaff: UserActor;
let office: UserActor;
const system = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  u = await buildProvince(ctx, 'U');
  staff = await userActor(ctx, {
    username: 'tc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  leader = await userActor(ctx, {
    username: 'tc.ld',
    role: 'unit_leader',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  otherStaff = await userActor(ctx, {
    username: 'kh.cv',
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  office = await userActor(ctx, {
    username: 'vp',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
});
afterAll(async () => ctx.cleanup());

/** The cumulative figure of one indicator in the table at a period. */
async function cumulativeAt(indicatorId: number, period: string) {
  const t = await indicatorTable(ctx, { actor: system, input: { period, province: 'T' } });
  return t.rows.find((r) => r.indicator.id === indicatorId)?.cumulative ?? null;
}

describe(`entering figures (${TEST_ENGINE})`, () => {
  it('counts a unit’s figure only once its leader approves it; a revision supersedes and stays in the history', async () => {
    const ind = await buildIndicator(ctx, { ownerUnit: p.stc.id, category: 'budget_revenue' });
    const first = await enterIndicatorValue(ctx, {
      actor: staff,
      input: { indicatorId: ind.id, period: '2023-05', value: 700, estimate: true },
    });
    expect(first).toMatchObject({
      status: 'pending',
      revision: 1,
      source: 'manual',
      estimate: true,
      enteredBy: 'tc.cv',
      unit: { code: 'T' },
      periodLabel: 'tháng 5/2023',
      periodFrom: '2023-05-01',
      periodTo: '2023-05-31',
    });
    expect(await cumulativeAt(ind.id, '2023-05')).toBeNull();
    // Another unit's staff cannot approve, nor can the staff member.
    expect(
      await refusal(
        decideIndicatorValue(ctx, { actor: staff, input: { valueId: first.id, approve: true } }),
      ),
    ).toBe('FORBIDDEN');
    const approved = await decideIndicatorValue(ctx, {
      actor: leader,
      input: { valueId: first.id, approve: true, note: 'Đồng ý' },
    });
    expect(approved).toMatchObject({
      status: 'approved',
      decidedBy: 'tc.ld',
      decisionNote: 'Đồng ý',
    });
    expect(await cumulativeAt(ind.id, '2023-05')).toBe(700);
    expect(
      await refusal(
        decideIndicatorValue(ctx, { actor: leader, input: { valueId: first.id, approve: false } }),
      ),
    ).toBe('INDICATOR_VALUE_STATE');

    // The actual figure replaces the estimate: while it waits, the estimate still counts.
    const actual = await enterIndicatorValue(ctx, {
      actor: staff,
      input: { indicatorId: ind.id, period: '2023-05', value: 712.4, note: 'Số thực hiện' },
    });
    expect(actual).toMatchObject({ status: 'pending', revision: 2 });
    expect(await cumulativeAt(ind.id, '2023-05')).toBe(700);
    // A second pending figure replaces the first pending one.
    const corrected = await enterIndicatorValue(ctx, {
      actor: staff,
      input: { indicatorId: ind.id, period: '2023-05', value: 712.5 },
    });
    await decideIndicatorValue(ctx, {
      actor: leader,
      input: { valueId: corrected.id, approve: true },
    });
    expect(await cumulativeAt(ind.id, '2023-05')).toBe(712.5);
    const history = await browseIndicatorValues(ctx, {
      actor: staff,
      input: { indicatorId: ind.id, history: true },
    });
    expect(history.items.map((v) => [v.revision, v.value, v.status, v.supersededById])).toEqual([
      [3, 712.5, 'approved', null],
      [2, 712.4, 'superseded', corrected.id],
      [1, 700, 'superseded', corrected.id],
    ]);
    const current = await browseIndicatorValues(ctx, {
      actor: staff,
      input: { indicatorId: ind.id },
    });
    expect(current.items.map((v) => v.id)).toEqual([corrected.id]);

    // A rejected revision leaves the approved figure counting.
    const wrong = await enterIndicatorValue(ctx, {
      actor: staff,
      input: { indicatorId: ind.id, period: '2023-05', value: 7125 },
    });
    const pending = await browseIndicatorValues(ctx, {
      actor: leader,
      input: { status: ['pending'] },
    });
    expect(pending.items.map((v) => v.id)).toContain(wrong.id);
    await decideIndicatorValue(ctx, {
      actor: leader,
      input: { valueId: wrong.id, approve: false, note: 'Sai đơn vị tính' },
    });
    expect(await cumulativeAt(ind.id, '2023-05')).toBe(712.5);
    const actions = await ctx.db.q
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'indicator.%value')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'indicator.enter_value',
      'indicator.approve_value',
      'indicator.enter_value',
      'indicator.enter_value',
      'indicator.approve_value',
      'indicator.enter_value',
      'indicator.reject_value',
    ]);
  });

  it('counts at once what a unit leader enters, and what staff enter when the unit waives approval', async () => {
    const ind = await buildIndicator(ctx, { ownerUnit: p.stc.id });
    expect(
      (
        await enterIndicatorValue(ctx, {
          actor: leader,
          input: { indicatorId: ind.id, period: '2023-01', value: 1 },
        })
      ).status,
    ).toBe('approved');
    expect(
      await refusal(
        setUnitIndicatorSettings(ctx, {
          actor: staff,
          input: { unit: p.stc.id, requiresApproval: false },
        }),
      ),
    ).toBe('FORBIDDEN');
    await setUnitIndicatorSettings(ctx, {
      actor: office,
      input: { unit: p.stc.code, requiresApproval: false },
    });
    expect(
      (
        await enterIndicatorValue(ctx, {
          actor: staff,
          input: { indicatorId: ind.id, period: '2023-02', value: 2 },
        })
      ).status,
    ).toBe('approved');
    await setUnitIndicatorSettings(ctx, {
      actor: office,
      input: { unit: p.stc.code, requiresApproval: true },
    });
    expect(
      (
        await enterIndicatorValue(ctx, {
          actor: staff,
          input: { indicatorId: ind.id, period: '2023-03', value: 3 },
        })
      ).status,
    ).toBe('pending');
  });

  it('lets a unit enter its own figure of an indicator another unit owns, not another unit’s', async () => {
    const district = await buildUnit(ctx, {
      code: 'T.HUYEN',
      kind: 'district_committee',
      parent: p.province.id,
      name: 'UBND huyện Thử',
    });
    const districtStaff = await userActor(ctx, {
      username: 'huyen.cv',
      role: 'unit_staff',
      unit: district.code,
      scope: district.code,
    });
    const ind = await buildIndicator(ctx, { ownerUnit: p.stc.id });
    const own = await enterIndicatorValue(ctx, {
      actor: districtStaff,
      input: { indicatorId: ind.id, unit: 'T.HUYEN', period: '2023-04', value: 9 },
    });
    expect(own).toMatchObject({ unit: { code: 'T.HUYEN' }, status: 'pending' });
    // The province-wide figure belongs to the owner unit.
    expect(
      await refusal(
        enterIndicatorValue(ctx, {
          actor: districtStaff,
          input: { indicatorId: ind.id, period: '2023-04', value: 9 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await refusal(
        enterIndicatorValue(ctx, {
          actor: otherStaff,
          input: { indicatorId: ind.id, period: '2023-04', value: 9 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await refusal(
        enterIndicatorValue(ctx, {
          actor: system,
          input: { indicatorId: ind.id, unit: u.stc.id, period: '2023-04', value: 9 },
        }),
      ),
    ).toBe('INDICATOR_UNIT_OUTSIDE_PROVINCE:unit');
  });

  it('refuses a period of another kind, not yet begun, a ratio without its parts, and an inactive indicator', async () => {
    const monthly = await buildIndicator(ctx, { ownerUnit: p.stc.id });
    const quarterly = await buildIndicator(ctx, {
      ownerUnit: p.stc.id,
      frequency: 'quarterly',
      basis: 'nd09',
    });
    const ratio = await buildIndicator(ctx, {
      ownerUnit: p.stc.id,
      aggregation: 'ratio',
      unitOfMeasure: '%',
    });
    const enter = (indicatorId: number, input: Record<string, unknown>) =>
      refusal(
        enterIndicatorValue(ctx, { actor: leader, input: { indicatorId, ...input } as never }),
      );
    expect(await enter(monthly.id, { period: '2023-Q2', value: 1 })).toBe(
      'INDICATOR_PERIOD_KIND:period',
    );
    expect(await enter(monthly.id, { period: '2023-13', value: 1 })).toBe('FIELD_INVALID:period');
    expect(await enter(monthly.id, { period: '2023-08', value: 1 })).toBe(
      'INDICATOR_PERIOD_NOT_STARTED:period',
    );
    expect(await enter(monthly.id, { period: '2023-07', value: 1, enteredOn: '2023-06-30' })).toBe(
      'FIELD_INVALID:enteredOn',
    );
    expect(await enter(monthly.id, { period: '2023-06' })).toBe('FIELD_REQUIRED:value');
    expect(await enter(monthly.id, { period: '2023-06', value: 1, numerator: 1 })).toBe(
      'INDICATOR_RATIO_PARTS:numerator',
    );
    expect(await enter(ratio.id, { period: '2023-06', numerator: 5 })).toBe(
      'INDICATOR_RATIO_PARTS:denominator',
    );
    // ND 09 window of the third quarter opens on 15/6: its figure can be entered on 10/7.
    const q3 = await enterIndicatorValue(ctx, {
      actor: leader,
      input: { indicatorId: quarterly.id, period: '2023-Q3', value: 4, estimate: true },
    });
    expect(q3).toMatchObject({
      periodFrom: '2023-06-15',
      periodTo: '2023-09-14',
      periodLabel: 'quý III/2023',
    });
    const r = await enterIndicatorValue(ctx, {
      actor: leader,
      input: { indicatorId: ratio.id, period: '2023-06', numerator: 97, denominator: 100 },
    });
    expect(r).toMatchObject({ value: 97, numerator: 97, denominator: 100 });
    await updateIndicator(ctx, {
      actor: system,
      input: { indicatorId: monthly.id, active: false },
    });
    expect(await enter(monthly.id, { period: '2023-06', value: 1 })).toBe('INDICATOR_INACTIVE');
  });

  it('refuses figures of a locked period, on entry and on approval, until it is unlocked', async () => {
    const ind = await buildIndicator(ctx, { ownerUnit: p.stc.id });
    await setIndicatorTarget(ctx, {
      actor: system,
      input: { indicatorId: ind.id, year: 2022, kind: 'plan', value: 10 },
    });
    const waiting = await enterIndicatorValue(ctx, {
      actor: staff,
      input: { indicatorId: ind.id, period: '2023-04', value: 5 },
    });
    expect(
      await refusal(lockIndicatorPeriod(ctx, { actor: staff, input: { period: '2023-04' } })),
    ).toBe('FORBIDDEN');
    const april = await lockIndicatorPeriod(ctx, {
      actor: office,
      input: { period: '2023-04', note: 'Đã báo cáo Bộ Tài chính' },
    });
    expect(april).toMatchObject({
      period: '2023-04',
      periodLabel: 'tháng 4/2023',
      lockedOn: '2023-07-10',
    });
    expect(
      await refusal(
        enterIndicatorValue(ctx, {
          actor: leader,
          input: { indicatorId: ind.id, period: '2023-04', value: 6 },
        }),
      ),
    ).toBe('INDICATOR_PERIOD_LOCKED:period');
    expect(
      await refusal(
        decideIndicatorValue(ctx, { actor: leader, input: { valueId: waiting.id, approve: true } }),
      ),
    ).toBe('INDICATOR_PERIOD_LOCKED:period');
    // A locked year covers its months; a lock inside a locked period is refused.
    const year = await lockIndicatorPeriod(ctx, { actor: office, input: { period: '2022' } });
    expect(
      await refusal(
        enterIndicatorValue(ctx, {
          actor: system,
          input: { indicatorId: ind.id, period: '2022-11', value: 1 },
        }),
      ),
    ).toBe('INDICATOR_PERIOD_LOCKED:period');
    expect(
      await refusal(lockIndicatorPeriod(ctx, { actor: office, input: { period: '2022-Q4' } })),
    ).toBe('INDICATOR_PERIOD_ALREADY_LOCKED:period');
    // Other provinces are not affected.
    const elsewhere = await buildIndicator(ctx, { ownerUnit: u.stc.id });
    await enterIndicatorValue(ctx, {
      actor: system,
      input: { indicatorId: elsewhere.id, period: '2023-04', value: 1 },
    });
    const locks = await browseIndicatorLocks(ctx, { actor: staff, input: {} });
    expect(locks.items.map((l) => l.period)).toEqual(['2023-04', '2022']);
    await unlockIndicatorPeriod(ctx, { actor: office, lockId: april.id });
    const approved = await decideIndicatorValue(ctx, {
      actor: leader,
      input: { valueId: waiting.id, approve: true },
    });
    expect(approved.status).toBe('approved');
    await unlockIndicatorPeriod(ctx, { actor: office, lockId: year.id });
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['indicator.lock_period', 'indicator.unlock_period'])
      .execute();
    expect(audit).toHaveLength(4);
  });
});
