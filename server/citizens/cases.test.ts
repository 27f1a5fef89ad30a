import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { refusal } from '../testing/meeting-fixture';
import { buildUser } from '../testing/http';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setSetting } from '../platform/settings';
import { dissolveUnit } from '../organisation/dissolve-unit';
import { receiveCase, type ReceiveCaseInput } from './receive-case';
import { completeCaseStep } from './complete-case-step';
import { extendCaseStep } from './extend-case-step';
import { assignCase } from './assign-case';
import { closeCase } from './close-case';
import { listCases } from './list-cases';
import { planCaseReminders } from './plan-case-reminders';
import type { CaseView } from './case-view';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  // Mid-2024, so that the 2023 calendar and the làm bù Saturday 4/5/2024 lie in the past.
  ctx = await createTestContext({ now: '2024-06-28T08:00:00+07:00' });
  p = await buildProvince(ctx, 'T');
});
afterAll(async () => ctx.cleanup());

const receive = (
  input: Partial<ReceiveCaseInput> & Pick<ReceiveCaseInput, 'receivedOn' | 'classification'>,
) => receiveCase(ctx, { actor, input: { channel: 'post', summary: 'Nội dung đơn', ...input } });
const dues = (v: CaseView) => Object.fromEntries(v.steps.map((s) => [s.key, s.dueDate]));
const step = (v: CaseView, key: string) => {
  const s = v.steps.find((x) => x.key === key);
  if (!s) throw new Error(`no step ${key} in ${JSON.stringify(v.steps.map((x) => x.key))}`);
  return s;
};

describe('legal limits on receipt, as stored (2023–2024 calendar)', () => {
  it.each<
    [
      string,
      Partial<ReceiveCaseInput> & Pick<ReceiveCaseInput, 'receivedOn' | 'classification'>,
      Record<string, string>,
    ]
  >([
    [
      'denunciation before Tết: 7 working days skip 20–26/1',
      { receivedOn: '2023-01-19', classification: 'denunciation' },
      { 'reception.notify_citizen': '2023-02-09', 'denunciation.initial_handling': '2023-02-06' },
    ],
    [
      'complaint: 10 calendar days ending on 1/5 move past the nghỉ bù 2–3/5',
      { receivedOn: '2023-04-21', classification: 'complaint', knownOn: '2023-04-01' },
      { 'reception.notify_citizen': '2023-05-10', 'complaint.first_acceptance': '2023-05-04' },
    ],
    [
      'denunciation across Quốc khánh 1–4/9',
      { receivedOn: '2023-08-25', classification: 'denunciation' },
      { 'reception.notify_citizen': '2023-09-12', 'denunciation.initial_handling': '2023-09-07' },
    ],
    [
      'denunciation outside competence: forward within 5 working days',
      { receivedOn: '2023-08-25', classification: 'denunciation', competent: false },
      { 'reception.notify_citizen': '2023-09-12', 'denunciation.forwarding': '2023-09-05' },
    ],
    [
      'làm bù Saturday 4/5/2024 counts as a working day',
      { receivedOn: '2024-05-03', classification: 'denunciation', competent: false },
      { 'reception.notify_citizen': '2024-05-16', 'denunciation.forwarding': '2024-05-09' },
    ],
    [
      'petition in an ordinary fortnight',
      { receivedOn: '2023-06-14', classification: 'petition' },
      { 'reception.notify_citizen': '2023-06-28' },
    ],
    [
      'second-instance complaint received on a Saturday',
      {
        receivedOn: '2023-05-20',
        classification: 'complaint',
        instance: 'second',
        firstInstanceDecidedOn: '2023-05-02',
      },
      { 'reception.notify_citizen': '2023-06-02', 'complaint.second_acceptance': '2023-05-30' },
    ],
  ])('%s', async (_name, input, expected) => {
    const v = await receive(input);
    expect(dues(v)).toEqual(expected);
    const stored = await ctx.db.q
      .selectFrom('citizen_case_steps')
      .select(['step_key', 'due_date', 'unit'])
      .where('case_id', '=', v.id)
      .orderBy('id')
      .execute();
    expect(Object.fromEntries(stored.map((s) => [s.step_key, s.due_date]))).toEqual(expected);
  });

  it('counts acceptance in working days when the province sets it', async () => {
    await ctx.db.write((tx) =>
      setSetting(
        tx,
        'citizenLegalLimits',
        { 'complaint.first_acceptance': { unit: 'working_days' } },
        ctx.clock.now(),
      ),
    );
    try {
      const v = await receive({
        receivedOn: '2023-04-21',
        classification: 'complaint',
        knownOn: '2023-04-01',
      });
      expect(step(v, 'complaint.first_acceptance')).toMatchObject({
        unit: 'working_days',
        dueDate: '2023-05-10',
      });
    } finally {
      await ctx.db.write((tx) => setSetting(tx, 'citizenLegalLimits', {}, ctx.clock.now()));
    }
  });
});

describe('resolution clocks start on acceptance', () => {
  it.each([
    ['normal: 30 days ending on 2/9 → 5/9', 'normal', '2023-07-24', '2023-08-03', '2023-09-05'],
    [
      'remote and complex: 60 days ending on 1/5 → 4/5',
      'remote_complex',
      '2023-02-27',
      '2023-03-02',
      '2023-05-04',
    ],
    ['complex: 45 days', 'complex', '2023-05-29', '2023-06-01', '2023-07-17'],
  ] as const)('first instance, %s', async (_n, variant, receivedOn, acceptedOn, due) => {
    const v = await receive({
      receivedOn,
      classification: 'complaint',
      knownOn: receivedOn,
      variant,
    });
    const after = await completeCaseStep(ctx, {
      actor,
      input: {
        caseId: v.id,
        step: 'complaint.first_acceptance',
        completedOn: acceptedOn,
        decisionRef: '12/TB-UBND',
      },
    });
    expect(step(after, 'complaint.first_acceptance')).toMatchObject({
      completedOn: acceptedOn,
      decisionRef: '12/TB-UBND',
    });
    expect(step(after, 'complaint.first_resolution')).toMatchObject({
      startDate: acceptedOn,
      dueDate: due,
    });
  });

  it('second instance, complex: 60 days ending on Saturday 29/7 → Monday 31/7', async () => {
    const v = await receive({
      receivedOn: '2023-05-20',
      classification: 'complaint',
      instance: 'second',
      variant: 'complex',
      firstInstanceDecidedOn: '2023-05-02',
    });
    const after = await completeCaseStep(ctx, {
      actor,
      input: { caseId: v.id, step: 'complaint.second_acceptance', completedOn: '2023-05-30' },
    });
    expect(step(after, 'complaint.second_resolution').dueDate).toBe('2023-07-31');
  });
});

describe('extensions within the legal maximum', () => {
  it('an especially complex denunciation: two 30-day extensions decided in writing, not a third', async () => {
    const v = await receive({
      receivedOn: '2023-02-20',
      classification: 'denunciation',
      variant: 'especially_complex',
    });
    await completeCaseStep(ctx, {
      actor,
      input: { caseId: v.id, step: 'denunciation.initial_handling', completedOn: '2023-03-01' },
    });
    const ext = (days: number, decidedOn: string, decisionRef?: string) =>
      extendCaseStep(ctx, {
        actor,
        input: {
          caseId: v.id,
          step: 'denunciation.resolution',
          days,
          decidedOn,
          ...(decisionRef ? { decisionRef } : {}),
        },
      });
    expect(await refusal(ext(30, '2023-03-25'))).toBe('CITIZEN_EXTENSION_REFUSED:decisionRef');
    expect(await refusal(ext(31, '2023-03-25', '5/QĐ-UBND'))).toBe(
      'CITIZEN_EXTENSION_REFUSED:days',
    );
    const first = await ext(30, '2023-03-25', '5/QĐ-UBND');
    // 60 days from 1/3 end on Sunday 30/4, then the 29/4–3/5 break.
    expect(step(first, 'denunciation.resolution')).toMatchObject({
      baseDueDate: '2023-03-31',
      dueDate: '2023-05-04',
      extensionAllowance: { maxCount: 2, maxDays: 30, remaining: 1 },
    });
    const second = await ext(30, '2023-04-25', '9/QĐ-UBND');
    expect(step(second, 'denunciation.resolution').dueDate).toBe('2023-05-30');
    const err = await ext(10, '2023-05-20', '11/QĐ-UBND').catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'CITIZEN_EXTENSION_REFUSED',
      field: 'days',
      params: { rule: 'EXTENSION_LIMIT_REACHED' },
    });
  });

  it('a normal denunciation cannot be extended; its initial handling can, to 10 working days', async () => {
    const v = await receive({ receivedOn: '2023-01-19', classification: 'denunciation' });
    expect(
      await refusal(
        extendCaseStep(ctx, {
          actor,
          input: {
            caseId: v.id,
            step: 'denunciation.resolution',
            days: 10,
            decidedOn: '2023-01-20',
            decisionRef: 'x',
          },
        }),
      ),
    ).toBe('CITIZEN_STEP_NOT_OPEN:step');
    expect(
      await refusal(
        extendCaseStep(ctx, {
          actor,
          input: {
            caseId: v.id,
            step: 'denunciation.initial_handling',
            days: 4,
            decidedOn: '2023-01-30',
          },
        }),
      ),
    ).toBe('CITIZEN_EXTENSION_REFUSED:days');
    const ok = await extendCaseStep(ctx, {
      actor,
      input: {
        caseId: v.id,
        step: 'denunciation.initial_handling',
        days: 3,
        decidedOn: '2023-01-30',
      },
    });
    expect(step(ok, 'denunciation.initial_handling').dueDate).toBe('2023-02-09');
    await completeCaseStep(ctx, {
      actor,
      input: { caseId: v.id, step: 'denunciation.initial_handling', completedOn: '2023-02-09' },
    });
    expect(
      await refusal(
        extendCaseStep(ctx, {
          actor,
          input: {
            caseId: v.id,
            step: 'denunciation.resolution',
            days: 10,
            decidedOn: '2023-02-20',
            decisionRef: 'x',
          },
        }),
      ),
    ).toBe('CITIZEN_EXTENSION_REFUSED:days');
  });
});

describe('admission of complaints', () => {
  it('accepts a complaint after 90 days only with a recorded reason', async () => {
    // 90 days from 2/1 end on Sunday 2/4 → Monday 3/4.
    expect(
      await refusal(
        receive({ receivedOn: '2023-04-03', classification: 'complaint', knownOn: '2023-01-02' }),
      ),
    ).toBe('no error');
    const err = await receive({
      receivedOn: '2023-04-04',
      classification: 'complaint',
      knownOn: '2023-01-02',
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'CITIZEN_COMPLAINT_FILED_TOO_LATE',
      field: 'lateReason',
      params: { dueDate: '2023-04-03' },
    });
    const late = await receive({
      receivedOn: '2023-04-04',
      classification: 'complaint',
      knownOn: '2023-01-02',
      lateReason: 'Ốm nằm viện từ 15/3 đến 31/3/2023',
    });
    expect(late.lateReason).toBe('Ốm nằm viện từ 15/3 đến 31/3/2023');
  });

  it('refuses a second instance without a first-instance decision', async () => {
    expect(
      await refusal(
        receive({ receivedOn: '2023-08-20', classification: 'complaint', instance: 'second' }),
      ),
    ).toBe('CITIZEN_FIRST_INSTANCE_NOT_DECIDED:firstInstanceDecidedOn');
    const first = await receive({
      receivedOn: '2023-07-24',
      classification: 'complaint',
      knownOn: '2023-07-20',
    });
    await completeCaseStep(ctx, {
      actor,
      input: { caseId: first.id, step: 'complaint.first_acceptance', completedOn: '2023-08-03' },
    });
    const second = (receivedOn: string) =>
      receive({
        receivedOn,
        classification: 'complaint',
        instance: 'second',
        firstInstanceCaseId: first.id,
      });
    // Not decided and the first-instance limit (5/9) not over.
    expect(await refusal(second('2023-08-20'))).toBe(
      'CITIZEN_FIRST_INSTANCE_NOT_DECIDED:firstInstanceCaseId',
    );
    await completeCaseStep(ctx, {
      actor,
      input: {
        caseId: first.id,
        step: 'complaint.first_resolution',
        completedOn: '2023-08-25',
        decisionRef: '1/QĐ-UBND',
      },
    });
    expect(await refusal(second('2023-09-10'))).toBe('no error');
    // 30 days from 25/8 → 24/9 (Sunday) → 25/9.
    expect(await refusal(second('2023-09-26'))).toBe('CITIZEN_ESCALATION_TOO_LATE:lateReason');
    const petition = await receive({ receivedOn: '2023-06-01', classification: 'petition' });
    expect(
      await refusal(
        receive({
          receivedOn: '2023-09-10',
          classification: 'complaint',
          instance: 'second',
          firstInstanceCaseId: petition.id,
        }),
      ),
    ).toBe('CITIZEN_CASE_INSTANCE_INVALID:firstInstanceCaseId');
  });

  it.each([
    [{ receivedOn: '2024-06-29', classification: 'petition' }, 'CITIZEN_DATE_IN_FUTURE:receivedOn'],
    [
      { receivedOn: '2023-06-01', classification: 'petition', instance: 'first' },
      'CITIZEN_CASE_INSTANCE_INVALID:instance',
    ],
    [{ receivedOn: '2023-06-01', classification: 'complaint' }, 'FIELD_REQUIRED:knownOn'],
    [{ receivedOn: '2023-06-31', classification: 'petition' }, 'FIELD_INVALID:receivedOn'],
    [
      { receivedOn: '2023-06-01', classification: 'petition', handlers: [999_999] },
      'CITIZEN_HANDLER_INVALID:handlers.0',
    ],
  ] as const)('refuses %o', async (input, expected) => {
    expect(await refusal(receive(input as never))).toBe(expected);
  });
});

describe('units, numbers and status', () => {
  it('refuses a dissolved unit, naming its successor', async () => {
    const old = await buildUnit(ctx, { code: 'T.SOLD', parent: p.ubnd.id, name: 'Sở Cũ' });
    await dissolveUnit(ctx, {
      actor,
      input: { unitId: old.id, lastDay: '2024-03-31', successor: p.skhdt.id },
    });
    const v = await receive({ receivedOn: '2024-06-03', classification: 'feedback' });
    const err = await assignCase(ctx, { actor, input: { caseId: v.id, unit: old.code } }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'CITIZEN_CASE_UNIT_DISSOLVED', field: 'unit' });
    expect(String((err as { params: { successor: string } }).params.successor)).toContain(
      'Sở Kế hoạch và Đầu tư',
    );
    expect(
      await refusal(
        receive({ receivedOn: '2024-06-03', classification: 'feedback', unit: old.id }),
      ),
    ).toBe('CITIZEN_CASE_UNIT_DISSOLVED:unit');
    const assigned = await assignCase(ctx, { actor, input: { caseId: v.id, unit: p.skhdt.code } });
    expect(assigned.unit?.id).toBe(p.skhdt.id);
  });

  it('numbers cases per series, per day and per province, atomically', async () => {
    const day = '2023-03-14';
    const made = await Promise.all(
      [0, 1, 2, 3, 4].map(() => receive({ receivedOn: day, classification: 'denunciation' })),
    );
    expect(made.map((c) => c.caseNumber).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `TC.20230314.000${n}`),
    );
    expect((await receive({ receivedOn: day, classification: 'feedback' })).caseNumber).toBe(
      'PAKN.20230314.0001',
    );
    expect((await receive({ receivedOn: day, classification: 'petition' })).caseNumber).toBe(
      'PAKN.20230314.0002',
    );
    expect(
      (await receive({ receivedOn: '2023-03-15', classification: 'denunciation' })).caseNumber,
    ).toBe('TC.20230315.0001');
    const u = await buildProvince(ctx, 'U');
    const other = await receive({
      receivedOn: day,
      classification: 'denunciation',
      receivingUnit: u.ubnd.code,
    });
    expect(other.caseNumber).toBe('TC.20230314.0001');
    await ctx.db.write((tx) =>
      setSetting(tx, 'defaultProvinceCode', p.province.code, ctx.clock.now()),
    );
  });

  it('judges steps on time, late and overdue as tasks are; lists the overdue', async () => {
    const v = await receive({
      receivedOn: '2024-05-03',
      classification: 'denunciation',
      competent: false,
    });
    const late = await completeCaseStep(ctx, {
      actor,
      input: { caseId: v.id, step: 'denunciation.forwarding', completedOn: '2024-05-13' },
    });
    expect(step(late, 'denunciation.forwarding')).toMatchObject({
      timeliness: 'late',
      status: 'HT_QUA_HAN',
      daysLate: 4,
    });
    expect(step(late, 'reception.notify_citizen')).toMatchObject({
      timeliness: 'overdue',
      status: 'CHT_QUA_HAN',
    });
    expect(late.timeliness).toBe('overdue');
    const overdue = await listCases(ctx, { actor, input: { overdue: true, limit: 1000 } });
    expect(overdue.items.map((c) => c.id)).toContain(v.id);
    const onTime = await completeCaseStep(ctx, {
      actor,
      input: { caseId: v.id, step: 'reception.notify_citizen', completedOn: '2024-05-16' },
    });
    expect(step(onTime, 'reception.notify_citizen').timeliness).toBe('on_time');
    expect(onTime.timeliness).toBe('late');
    const after = await listCases(ctx, { actor, input: { overdue: true, limit: 1000 } });
    expect(after.items.map((c) => c.id)).not.toContain(v.id);
  });

  it('refuses work on a done step, before its start, or on a closed case', async () => {
    const v = await receive({ receivedOn: '2023-06-14', classification: 'petition' });
    expect(
      await refusal(
        completeCaseStep(ctx, {
          actor,
          input: { caseId: v.id, step: 'reception.notify_citizen', completedOn: '2023-06-13' },
        }),
      ),
    ).toBe('CITIZEN_STEP_DATE_INVALID:completedOn');
    await completeCaseStep(ctx, {
      actor,
      input: { caseId: v.id, step: 'reception.notify_citizen', completedOn: '2023-06-20' },
    });
    expect(
      await refusal(
        completeCaseStep(ctx, {
          actor,
          input: { caseId: v.id, step: 'reception.notify_citizen', completedOn: '2023-06-21' },
        }),
      ),
    ).toBe('CITIZEN_STEP_NOT_OPEN:step');
    const closed = await closeCase(ctx, {
      actor,
      input: { caseId: v.id, closedOn: '2023-06-30', outcome: 'Đã trả lời' },
    });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2023-06-30', nextDueDate: null });
    expect(
      await refusal(assignCase(ctx, { actor, input: { caseId: v.id, unit: p.skhdt.code } })),
    ).toBe('CITIZEN_CASE_CLOSED');
  });

  it('reminds the handlers of an open step through the outbox, without personal data', async () => {
    const handler = await buildUser(ctx, {
      username: 'canbo_nhac',
      role: 'unit_staff',
      unit: p.skhdt.code,
      scope: p.skhdt.code,
    });
    const v = await receive({
      receivedOn: '2024-06-20',
      classification: 'denunciation',
      handlers: [handler],
      persons: [{ fullName: 'Nguyễn Văn Tố Giác', phone: '0912345678' }],
    });
    const first = await planCaseReminders(ctx);
    expect(first.enqueued).toBeGreaterThan(0);
    expect((await planCaseReminders(ctx)).enqueued).toBe(0);
    const rows = await ctx.db.q
      .selectFrom('outbox')
      .select(['user_id', 'payload'])
      .where('user_id', '=', handler)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.payload.includes(v.caseNumber))).toBe(true);
    expect(
      rows.every((r) => !r.payload.includes('Tố Giác') && !r.payload.includes('0912345678')),
    ).toBe(true);
  });
});
