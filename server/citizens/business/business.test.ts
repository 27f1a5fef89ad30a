import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../../testing/factories';
import { buildUser, call, signIn, type Session } from '../../testing/http';
import { buildCommitteeLeaders, refusal } from '../../testing/meeting-fixture';
import { buildApp } from '../../http/build-app';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { addCalendarEntry } from '../../calendar/manage-calendar';
import { dissolveUnit } from '../../organisation/dissolve-unit';
import { issueDocument } from '../../documents/issue-document';
import { taskView } from '../../tasks/task-context';
import type { UnitRow } from '../../organisation/unit-queries';
import { normalizeTaxCode } from './tax-code';
import { recordBusinessFeedback } from './record-business-feedback';
import { forwardBusinessFeedback } from './forward-business-feedback';
import { resolveBusinessFeedback } from './resolve-business-feedback';
import { businessFeedbackStats } from './business-feedback-stats';
import { recordDialogue } from './record-dialogue';
import { addDialogueCommitment } from './add-dialogue-commitment';

const actor = SYSTEM_ACTOR;
let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let team: UnitRow; // Tổ phản ứng nhanh
let office: Session;
let staff: Session;
let chair: number;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-12-20T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx);
  team = await buildUnit(ctx, {
    code: 'T.UBND.TOPHANUNGNHANH',
    kind: 'working_group',
    parent: p.ubnd.id,
    name: 'Tổ phản ứng nhanh',
  });
  chair = (await buildCommitteeLeaders(ctx, p)).chair;
  await buildUser(ctx, {
    username: 'vp.dn',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  await buildUser(ctx, {
    username: 'stc.dn',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  office = await signIn(app, 'vp.dn');
  staff = await signIn(app, 'stc.dn');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

let seq = 0;
const feedback = (over: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    enterpriseName: `Công ty TNHH Thử Nghiệm ${seq}`,
    taxCode: '3801234567',
    issue: 'Chậm giao đất tại Khu công nghiệp Minh Hưng III',
    field: 'dat_dai' as const,
    channel: 'quick_response_team' as const,
    receivedOn: '2023-07-05',
    ...over,
  };
};

async function countRows(
  table: 'business_feedback' | 'business_dialogue_commitments' | 'tasks',
): Promise<number> {
  const r = await ctx.db.q
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('tax codes (mã số thuế)', () => {
  it.each([
    ['3801234567', '3801234567'],
    ['3801234567-001', '3801234567-001'],
    ['3801234567001', '3801234567-001'],
    [' 380 123 4567 ', '3801234567'],
    ['380123456', null],
    ['38012345678', null],
    ['3801234567-01', null],
    ['38O1234567', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTaxCode(input)).toBe(expected);
  });
});

describe(`forwarding within 5 working days, ND 20/2008 Điều 9 (${TEST_ENGINE})`, () => {
  it.each([
    ['an ordinary week', '2023-07-05', '2023-07-12'],
    ['across Tết Quý Mão (20–26/1 off)', '2023-01-18', '2023-02-01'],
    ['across 29/4–3/5 with nghỉ bù', '2023-04-27', '2023-05-09'],
    ['across 1–4/9 (Quốc khánh, nghỉ bù 4/9)', '2023-08-30', '2023-09-08'],
    ['from a Friday, across the weekend', '2023-06-09', '2023-06-16'],
  ])('%s: received %s, forward by %s', async (_label, receivedOn, due) => {
    const v = await recordBusinessFeedback(ctx, { actor, input: feedback({ receivedOn }) });
    expect(v.forwarding.due).toBe(due);
    expect(v.status).toBe('received');
  });

  it('counts a làm bù Saturday as a working day', async () => {
    await addCalendarEntry(ctx, {
      actor,
      input: { date: '2023-10-14', kind: 'working_day', name: 'Làm bù (thử)' },
    });
    const v = await recordBusinessFeedback(ctx, {
      actor,
      input: feedback({ receivedOn: '2023-10-10' }),
    });
    // 11, 12, 13, 14 (làm bù), 16.
    expect(v.forwarding.due).toBe('2023-10-16');
  });

  it('resolution is due 30 calendar days after receipt, moved off a holiday', async () => {
    const a = await recordBusinessFeedback(ctx, {
      actor,
      input: feedback({ receivedOn: '2023-07-05' }),
    });
    expect(a.resolution.due).toBe('2023-08-04');
    const b = await recordBusinessFeedback(ctx, {
      actor,
      input: feedback({ receivedOn: '2023-03-31' }),
    });
    expect(b.resolution.due).toBe('2023-05-04');
  });
});

describe(`business feedback (${TEST_ENGINE})`, () => {
  it('refuses a bad tax code, naming the field, and writes nothing', async () => {
    const before = await countRows('business_feedback');
    for (const taxCode of ['12345', '3801234567-1', 'MST3801234567']) {
      expect(
        await refusal(recordBusinessFeedback(ctx, { actor, input: feedback({ taxCode }) })),
      ).toBe('BUSINESS_TAX_CODE_INVALID:taxCode');
    }
    expect(await countRows('business_feedback')).toBe(before);
    const branch = await recordBusinessFeedback(ctx, {
      actor,
      input: feedback({ taxCode: '3801234567001' }),
    });
    expect(branch.enterprise.taxCode).toBe('3801234567-001');
  });

  it('forwards to a lead and coordinating units; refuses a dissolved unit and a lead also coordinating', async () => {
    const v = await recordBusinessFeedback(ctx, {
      actor,
      input: feedback({ receivedOn: '2023-07-03' }),
    });
    const old = await buildUnit(ctx, {
      code: 'T.SXD',
      parent: p.ubnd.id,
      name: 'Sở Xây dựng (cũ)',
    });
    await dissolveUnit(ctx, {
      actor,
      input: { unitId: old.id, lastDay: '2023-06-30', successor: p.skhdt.id },
    });
    expect(
      await refusal(
        forwardBusinessFeedback(ctx, {
          actor,
          input: { feedbackId: v.id, leadUnit: 'T.SXD', forwardedOn: '2023-07-06' },
        }),
      ),
    ).toBe('PETITION_UNIT_DISSOLVED:leadUnit');
    expect(
      await refusal(
        forwardBusinessFeedback(ctx, {
          actor,
          input: {
            feedbackId: v.id,
            leadUnit: p.skhdt.code,
            coordinatingUnits: [p.stc.code, p.skhdt.id],
            forwardedOn: '2023-07-06',
          },
        }),
      ),
    ).toBe('BUSINESS_LEAD_ALSO_COORDINATING:coordinatingUnits.1');
    const forwarded = await forwardBusinessFeedback(ctx, {
      actor,
      input: {
        feedbackId: v.id,
        leadUnit: p.skhdt.code,
        coordinatingUnits: [p.stc.code],
        forwardedOn: '2023-07-12',
      },
    });
    expect(forwarded).toMatchObject({
      status: 'forwarded',
      leadUnit: { id: p.skhdt.id },
      coordinatingUnits: [{ id: p.stc.id }],
      forwarding: { due: '2023-07-10', doneOn: '2023-07-12', timeliness: 'late', daysLate: 2 },
      resolution: { due: '2023-08-02', timeliness: 'overdue' },
    });
    const resolved = await resolveBusinessFeedback(ctx, {
      actor,
      input: { feedbackId: v.id, result: 'Đã bàn giao đất', resolvedOn: '2023-07-31' },
    });
    expect(resolved).toMatchObject({ status: 'resolved', resolution: { timeliness: 'on_time' } });
    expect(
      await refusal(
        resolveBusinessFeedback(ctx, { actor, input: { feedbackId: v.id, result: 'Lần hai' } }),
      ),
    ).toBe('BUSINESS_FEEDBACK_RESOLVED');
  });

  it('counts by field and by lead unit: on time, late, overdue', async () => {
    // A window of its own: 4–8/12/2023, counted on 20/12.
    const from = '2023-12-04';
    const to = '2023-12-08';
    const rec = (over: Record<string, unknown>) =>
      recordBusinessFeedback(ctx, {
        actor,
        input: feedback({ receivedOn: '2023-12-04', ...over }),
      });
    // Forward due 11/12. Resolution due 3/1/2024.
    await rec({ field: 'thue_phi', leadUnit: p.stc.code, forwardedOn: '2023-12-05' }); // on time, open
    await rec({ field: 'thue_phi', leadUnit: p.stc.code, forwardedOn: '2023-12-12' }); // late, open
    const c = await rec({ field: 'dat_dai', leadUnit: p.skhdt.code, forwardedOn: '2023-12-04' });
    await resolveBusinessFeedback(ctx, {
      actor,
      input: { feedbackId: c.id, result: 'Đã giải quyết', resolvedOn: '2023-12-15' },
    });
    await rec({ field: 'dat_dai' }); // not forwarded: overdue forwarding
    const stats = await businessFeedbackStats(ctx, { actor, input: { from, to } });
    expect(stats.total).toMatchObject({
      total: 4,
      received: 1,
      forwarded: 2,
      resolved: 1,
      forwarding: { onTime: 2, late: 1, overdue: 1, inProgress: 0 },
      resolution: { onTime: 1, late: 0, overdue: 0, inProgress: 3 },
    });
    expect(stats.byField.find((f) => f.code === 'thue_phi')).toMatchObject({
      total: 2,
      forwarding: { onTime: 1, late: 1 },
    });
    expect(stats.byField.find((f) => f.code === 'lao_dong')?.total).toBe(0);
    expect(stats.byUnit.map((u) => [u.unit?.id ?? null, u.total])).toEqual([
      [p.stc.id, 2],
      [p.skhdt.id, 1],
      [null, 1],
    ]);
    const res = await call(app, office, {
      method: 'GET',
      url: `/api/v1/citizens/business-feedback/stats?from=${from}&to=${to}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ total: { total: number } }>().total.total).toBe(4);
    // The Sở Tài chính sees only what it handles.
    const mine = await call(app, staff, {
      method: 'GET',
      url: `/api/v1/citizens/business-feedback?from=${from}&to=${to}`,
    });
    expect(mine.json<Array<{ leadUnit: { id: number } }>>().map((f) => f.leadUnit.id)).toEqual([
      p.stc.id,
      p.stc.id,
    ]);
  });
});

describe(`dialogue meetings with businesses (${TEST_ENGINE})`, () => {
  it('turns commitments into tasks sourced from the notice of conclusions', async () => {
    const notice = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'TB',
        summary: 'Kết luận của Chủ tịch UBND tỉnh tại Hội nghị đối thoại với doanh nghiệp quý II',
        issueDate: '2023-06-20',
      },
    });
    const d = await recordDialogue(ctx, {
      actor,
      input: {
        title: 'Hội nghị gặp gỡ, đối thoại với doanh nghiệp quý II năm 2023',
        heldOn: '2023-06-14',
        chair,
        participants: 'Hiệp hội Doanh nghiệp tỉnh, 120 doanh nghiệp',
        participantCount: 150,
        documentId: notice.id,
      },
    });
    expect(d.chair.personId).toBe(chair);
    const raised = await recordBusinessFeedback(ctx, {
      actor,
      input: feedback({ channel: 'dialogue', dialogueId: d.id, receivedOn: '2023-06-14' }),
    });
    expect(raised.dialogue?.id).toBe(d.id);
    const with1 = await addDialogueCommitment(ctx, {
      actor,
      input: {
        dialogueId: d.id,
        content: 'Rà soát, tháo gỡ vướng mắc về thủ tục giao đất cho doanh nghiệp',
        leadUnit: p.skhdt.code,
        coordinatingUnits: [p.stc.code],
        deadline: '2023-07-31',
      },
    });
    expect(with1.feedbackCount).toBe(1);
    const c = with1.commitments[0];
    expect(c).toMatchObject({ number: 1, leadUnit: { id: p.skhdt.id }, deadline: '2023-07-31' });
    const task = await taskView(ctx, ctx.db.q, c?.taskId ?? 0);
    expect(task).toMatchObject({
      source: {
        kind: 'meeting',
        documentId: notice.id,
        numberSymbol: notice.numberSymbol,
        itemLabel: '1',
      },
      leadUnit: { id: p.skhdt.id },
      leader: { personId: chair },
      deadline: '2023-07-31',
      assignedOn: '2023-06-20',
    });
    expect(task.assignments.map((a) => [a.unitId, a.role])).toContainEqual([
      p.stc.id,
      'coordinate',
    ]);

    // A dissolved lead unit: refused, no commitment and no task left behind.
    const old = await buildUnit(ctx, {
      code: 'T.SCT',
      parent: p.ubnd.id,
      name: 'Sở Công Thương (cũ)',
    });
    await dissolveUnit(ctx, { actor, input: { unitId: old.id, lastDay: '2023-09-30' } });
    const tasks = await countRows('tasks');
    const commitments = await countRows('business_dialogue_commitments');
    expect(
      await refusal(
        addDialogueCommitment(ctx, {
          actor,
          input: { dialogueId: d.id, content: 'Hỗ trợ xúc tiến thương mại', leadUnit: 'T.SCT' },
        }),
      ),
    ).toBe('PETITION_UNIT_DISSOLVED:leadUnit');
    // A deadline before the notice: the task engine refuses, nothing is kept.
    expect(
      await refusal(
        addDialogueCommitment(ctx, {
          actor,
          input: {
            dialogueId: d.id,
            content: 'Cam kết có hạn sai',
            leadUnit: p.stc.code,
            deadline: '2023-06-01',
          },
        }),
      ),
    ).toMatch(/^TASK_DEADLINE_BEFORE_SOURCE/);
    // Assigned before the meeting: refused too.
    expect(
      await refusal(
        addDialogueCommitment(ctx, {
          actor,
          input: {
            dialogueId: d.id,
            content: 'Cam kết giao trước hội nghị',
            leadUnit: p.stc.code,
            assignedOn: '2023-06-13',
          },
        }),
      ),
    ).toBe('PETITION_DATE_ORDER:assignedOn');
    expect(await countRows('tasks')).toBe(tasks);
    expect(await countRows('business_dialogue_commitments')).toBe(commitments);

    const listed = await call(app, office, { method: 'GET', url: '/api/v1/citizens/dialogues' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json<Array<{ id: number; commitments: unknown[] }>>()).toMatchObject([
      { id: d.id, commitments: [{ number: 1 }] },
    ]);
  });

  it('the chair must be a leader of the UBND tỉnh', async () => {
    expect(
      await refusal(
        recordDialogue(ctx, {
          actor,
          input: { title: 'Đối thoại', heldOn: '2023-06-14', chair: 999999 },
        }),
      ),
    ).toBe('UNKNOWN_PERSON:chair');
  });
});

describe(`business feedback API (${TEST_ENGINE})`, () => {
  it('records, forwards and resolves through the API; staff cannot write', async () => {
    const created = await call(app, office, {
      method: 'POST',
      url: '/api/v1/citizens/business-feedback',
      payload: feedback({ receivedOn: '2023-11-01', leadUnit: team.code }),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const bad = await call(app, office, {
      method: 'POST',
      url: '/api/v1/citizens/business-feedback',
      payload: feedback({ taxCode: '123' }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ code: string; field: string }>()).toMatchObject({
      code: 'BUSINESS_TAX_CODE_INVALID',
      field: 'taxCode',
    });
    const denied = await call(app, staff, {
      method: 'POST',
      url: `/api/v1/citizens/business-feedback/${id}/resolve`,
      payload: { result: 'Xong' },
    });
    expect(denied.statusCode).toBe(403);
    const fwd = await call(app, office, {
      method: 'POST',
      url: `/api/v1/citizens/business-feedback/${id}/forward`,
      payload: { leadUnit: p.stc.code, forwardedOn: '2023-11-03' },
    });
    expect(fwd.statusCode).toBe(200);
    // Forwarding again keeps the first date.
    expect(fwd.json<{ forwarding: { doneOn: string } }>().forwarding.doneOn).toBe('2023-11-01');
    const got = await call(app, staff, {
      method: 'GET',
      url: `/api/v1/citizens/business-feedback/${id}`,
    });
    expect(got.statusCode).toBe(200);
    const meta = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/citizens/business-feedback/fields',
    });
    expect(
      meta.json<{ channels: Array<{ code: string }> }>().channels.map((c) => c.code),
    ).toContain('quick_response_team');
  });
});
