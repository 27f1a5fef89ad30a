import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { setIndicatorTarget } from './set-indicator-target';
import { requestExplanation } from './request-explanation';
import { draftExplanation } from './draft-explanation';
import { answerExplanation } from './answer-explanation';
import { closeExplanation } from './close-explanation';
import { browseExplanations } from './browse-explanations';
import { showExplanation } from './show-explanation';
import { indicatorTable } from './indicator-table';
import { buildIndicator, enterSeries, refusal, userActor } from './testing/kit';

let ctx: TestContext;
let p: TestProvince;
let chair: UserActor;
let office: UserActor;
let staff: UserActor;
let unitLeader: UserActor;
let otherLeader: UserActor;
let red: number;
let green: number;
const system = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
  chair = await userActor(ctx, {
    username: 'chutich',
    role: 'leader',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  office = await userActor(ctx, {
    username: 'vp',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  staff = await userActor(ctx, {
    username: 'tc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  unitLeader = await userActor(ctx, {
    username: 'tc.ld',
    role: 'unit_leader',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  otherLeader = await userActor(ctx, {
    username: 'kh.ld',
    role: 'unit_leader',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  await ctx.db.q
    .updateTable('users')
    .set({ full_name: 'Trần Tuệ Hiền' })
    .where('username', '=', 'chutich')
    .execute();
  red = (
    await buildIndicator(ctx, {
      code: 'NS.DAUGIA',
      nameVi: 'Thu đấu giá quyền sử dụng đất',
      ownerUnit: p.stc.id,
      category: 'budget_revenue',
    })
  ).id;
  await enterSeries(ctx, red, 2023, [5, 5, 5, 5, 5, 5]);
  await setIndicatorTarget(ctx, {
    actor: system,
    input: { indicatorId: red, year: 2023, kind: 'plan', value: 2000 },
  });
  green = (await buildIndicator(ctx, { ownerUnit: p.stc.id })).id;
  await enterSeries(ctx, green, 2023, [100, 100, 100, 100, 100, 100]);
  await setIndicatorTarget(ctx, {
    actor: system,
    input: { indicatorId: green, year: 2023, kind: 'plan', value: 1000 },
  });
});
afterAll(async () => ctx.cleanup());

describe(`explanations (giải trình) (${TEST_ENGINE})`, () => {
  it('runs the thread: a leader asks about a red indicator, staff draft, the unit leader answers, the leader closes', async () => {
    const ask = {
      indicatorId: red,
      period: '2023-06',
      dueOn: '2023-07-20',
      message: 'Đề nghị Sở Tài chính giải trình nguyên nhân thu đấu giá đạt thấp.',
    };
    expect(
      await refusal(
        requestExplanation(ctx, { actor: chair, input: { ...ask, indicatorId: green } }),
      ),
    ).toBe('INDICATOR_NOT_RED:period');
    expect(await refusal(requestExplanation(ctx, { actor: staff, input: ask }))).toBe('FORBIDDEN');
    expect(await refusal(requestExplanation(ctx, { actor: office, input: ask }))).toBe('FORBIDDEN');
    expect(
      await refusal(
        requestExplanation(ctx, { actor: chair, input: { ...ask, dueOn: '2023-07-01' } }),
      ),
    ).toBe('INDICATOR_DUE_BEFORE_REQUEST:dueOn');
    const requested = await requestExplanation(ctx, { actor: chair, input: ask });
    expect(requested).toMatchObject({
      status: 'requested',
      period: '2023-06',
      periodLabel: 'tháng 6/2023',
      unit: { code: 'T' },
      answeringUnit: { code: 'T.STC' },
      colour: 'red',
      requestedBy: 'Trần Tuệ Hiền',
      requestedOn: '2023-07-10',
      dueOn: '2023-07-20',
      overdue: false,
      percentOfTarget: 1.5,
    });
    expect(await refusal(requestExplanation(ctx, { actor: chair, input: ask }))).toBe(
      'INDICATOR_EXPLANATION_OPEN',
    );
    // The table shows the open request on the indicator's row.
    const table = await indicatorTable(ctx, { actor: staff, input: { period: '2023-06' } });
    expect(table.rows.find((r) => r.indicator.id === red)?.openExplanation).toEqual({
      id: requested.id,
      status: 'requested',
    });

    await draftExplanation(ctx, {
      actor: staff,
      input: { explanationId: requested.id, body: 'Dự thảo: thị trường bất động sản trầm lắng.' },
    });
    expect(
      await refusal(
        answerExplanation(ctx, { actor: staff, input: { explanationId: requested.id, body: 'x' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await refusal(
        draftExplanation(ctx, {
          actor: otherLeader,
          input: { explanationId: requested.id, body: 'x' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const answered = await answerExplanation(ctx, {
      actor: unitLeader,
      input: { explanationId: requested.id },
    });
    expect(answered).toMatchObject({ status: 'answered', answeredOn: '2023-07-10', version: 2 });
    expect(
      answered.messages.map((m) => [m.kind, m.author, m.authorRole, m.body.slice(0, 9)]),
    ).toEqual([
      ['request', 'Trần Tuệ Hiền', 'leader', 'Đề nghị S'],
      ['draft', 'tc.cv', 'unit_staff', 'Dự thảo: '],
      ['answer', 'tc.ld', 'unit_leader', 'Dự thảo: '],
    ]);
    expect(answered.messages.every((m) => m.onDate === '2023-07-10' && m.at !== '')).toBe(true);
    expect(
      await refusal(
        draftExplanation(ctx, { actor: staff, input: { explanationId: requested.id, body: 'y' } }),
      ),
    ).toBe('INDICATOR_EXPLANATION_STATE');
    expect(
      await refusal(
        closeExplanation(ctx, { actor: unitLeader, input: { explanationId: requested.id } }),
      ),
    ).toBe('FORBIDDEN');
    const closed = await closeExplanation(ctx, {
      actor: chair,
      input: { explanationId: requested.id, note: 'Tiếp thu; đề nghị đẩy nhanh đấu giá quý III.' },
    });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2023-07-10' });
    expect(closed.messages.at(-1)).toMatchObject({ kind: 'close', author: 'Trần Tuệ Hiền' });
    expect(
      await refusal(
        closeExplanation(ctx, { actor: chair, input: { explanationId: requested.id } }),
      ),
    ).toBe('INDICATOR_EXPLANATION_STATE');
    // Closed: a new request for the same period may be made.
    const again = await requestExplanation(ctx, { actor: chair, input: ask });
    expect(again.id).not.toBe(requested.id);

    const actions = await ctx.db.q
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'indicator_explanation')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'indicator.request_explanation',
      'indicator.draft_explanation',
      'indicator.answer_explanation',
      'indicator.close_explanation',
      'indicator.request_explanation',
    ]);
  });

  it('answers with the leader’s own text, lists requests in scope and marks overdue ones', async () => {
    const other = (
      await buildIndicator(ctx, { ownerUnit: p.skhdt.id, category: 'trade', code: 'XK' })
    ).id;
    await enterSeries(ctx, other, 2023, [1, 1, 1]);
    await setIndicatorTarget(ctx, {
      actor: system,
      input: { indicatorId: other, year: 2023, kind: 'plan', value: 500 },
    });
    const e = await requestExplanation(ctx, {
      actor: chair,
      input: { indicatorId: other, period: '2023-03', dueOn: '2023-07-10', message: 'Giải trình' },
    });
    expect(
      await refusal(answerExplanation(ctx, { actor: otherLeader, input: { explanationId: e.id } })),
    ).toBe('FIELD_REQUIRED:body');
    const mine = await browseExplanations(ctx, { actor: staff, input: {} });
    expect(mine.items.every((x) => x.answeringUnit.code === 'T.STC')).toBe(true);
    expect(mine.items.map((x) => x.id)).not.toContain(e.id);
    const all = await browseExplanations(ctx, { actor: chair, input: { status: ['requested'] } });
    expect(all.items.map((x) => x.indicator.code)).toEqual(['XK', 'NS.DAUGIA']);
    expect(await refusal(showExplanation(ctx, { actor: staff, explanationId: e.id }))).toBe(
      'FORBIDDEN',
    );
    ctx.clock = { ...ctx.clock, today: () => '2023-07-11' };
    try {
      expect((await showExplanation(ctx, { actor: chair, explanationId: e.id })).overdue).toBe(
        true,
      );
    } finally {
      ctx.clock = { ...ctx.clock, today: () => '2023-07-10' };
    }
    const answered = await answerExplanation(ctx, {
      actor: otherLeader,
      input: { explanationId: e.id, body: 'Kim ngạch giảm do đơn hàng giảm.' },
    });
    expect(answered.messages.at(-1)).toMatchObject({ kind: 'answer', authorRole: 'unit_leader' });
  });
});
