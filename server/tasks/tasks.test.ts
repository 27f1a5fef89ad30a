import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { buildUser } from '../testing/http';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { actorForUser } from '../access/user-queries';
import { recordExternalDocument } from '../documents/record-received-document';
import { issueDocument } from '../documents/issue-document';
import { createTask } from './create-task';
import { completeTask, reopenTask, submitForApproval } from './complete-task';
import { createProgramme, programmeRollup } from './programmes';
import { taskStatistics } from './task-statistics';
import { reportProgress, decideProgress } from './report-progress';
import { requestExtension, forwardExtension, decideExtension } from './extensions';
import { urgeAssignment, markUrgingRead } from './urge';
import { listMyNotifications } from '../notifications/inbox';
import { browseTasks, showTask } from './browse-tasks';
import { addDays } from '../../shared/dates/local-date';

let ctx: TestContext;
let p: TestProvince;
let office: { id: number; code: string };
const system = SYSTEM_ACTOR;
const err = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);

async function actor(username: string): Promise<UserActor> {
  const id = (
    await ctx.db.q
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;
  const a = await actorForUser(ctx.db.q, id, 'session');
  if (!a) throw new Error('no actor');
  return a;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
  office = await buildUnit(ctx, {
    code: 'T.VPUBND',
    kind: 'agency',
    parent: p.ubnd.id,
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    symbolCode: 'VPUBND',
  });
  await buildUser(ctx, {
    username: 'kh.cv',
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  await buildUser(ctx, {
    username: 'kh.ld',
    role: 'unit_leader',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  await buildUser(ctx, {
    username: 'tc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  await buildUser(ctx, {
    username: 'lanhdao',
    role: 'leader',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  await ctx.db.write((tx) =>
    tx
      .insertInto('unit_task_settings')
      .values({ unit_id: p.skhdt.id, requires_progress_approval: 1 })
      .execute(),
  );
});
afterAll(async () => ctx.cleanup());

describe('programme 17-CTr/TU', () => {
  it('rolls up 45 completed and 2 awaiting the Tỉnh ủy at 14/6/2023', async () => {
    const ctr = await recordExternalDocument(ctx, {
      actor: system,
      input: {
        register: p.ubnd.code,
        issuer: p.tinhUy.code,
        numberSymbol: '17-CTr/TU',
        issueDate: '2021-09-30',
        summary: 'Chương trình hành động thực hiện Nghị quyết Đại hội',
      },
    });
    const items = Array.from({ length: 47 }, (_, i) => ({
      itemLabel: String(i + 1),
      content: `Đề án, kế hoạch số ${i + 1} theo Chương trình hành động`,
      leadUnit: i % 2 === 0 ? p.skhdt.code : p.stc.code,
      deadline: '2023-06-30',
    }));
    const programme = await createProgramme(ctx, {
      actor: system,
      input: { documentId: ctr.id, title: 'Chương trình hành động số 17-CTr/TU', items },
    });
    expect(programme.childCount).toBe(47);
    const children = await browseTasks(ctx, {
      actor: system,
      input: { parentId: programme.id, limit: 100, sort: 'id' },
    });
    for (const [i, t] of children.items.entries()) {
      if (i < 45)
        await completeTask(ctx, {
          actor: system,
          input: { taskId: t.id, completedOn: addDays('2022-03-01', i * 10) },
        });
      else
        await submitForApproval(ctx, {
          actor: system,
          input: { taskId: t.id, body: 'Tỉnh ủy', submittedOn: '2023-06-01' },
        });
    }
    const roll = await programmeRollup(ctx, {
      actor: system,
      programmeId: programme.id,
      at: '2023-06-14',
    });
    expect(roll.counts.HT_DUNG_HAN + roll.counts.HT_QUA_HAN).toBe(45);
    expect(roll.counts.CHT_TRONG_HAN + roll.counts.CHT_QUA_HAN).toBe(2);
    expect(roll.awaitingApproval).toBe(2);
    // At an earlier date, later completions do not count yet.
    const earlier = await programmeRollup(ctx, {
      actor: system,
      programmeId: programme.id,
      at: '2022-06-30',
    });
    expect(earlier.counts.HT_DUNG_HAN).toBe(13);
    expect(earlier.awaitingApproval).toBe(0);
  });
});

describe('assigning tasks', () => {
  it('needs exactly one lead unit and refuses a unit twice', async () => {
    expect(
      err(
        await createTask(ctx, { actor: system, input: { content: 'Không có chủ trì' } }).catch(
          (e: unknown) => e,
        ),
      ),
    ).toBe('TASK_LEAD_REQUIRED:leadUnit');
    expect(
      err(
        await createTask(ctx, {
          actor: system,
          input: { content: 'Trùng', leadUnit: p.skhdt.code, coordinatingUnits: [p.skhdt.code] },
        }).catch((e: unknown) => e),
      ),
    ).toBe('TASK_UNIT_TWICE:coordinatingUnits');
    expect(
      err(
        await createTask(ctx, {
          actor: system,
          input: { content: 'Hai chủ trì', leadUnit: p.skhdt.code, addressees: [p.stc.code] },
        }).catch((e: unknown) => e),
      ),
    ).toBe('TASK_LEAD_REQUIRED:leadUnit');
  });

  it('splits an instruction addressed to several units into a parent led by the office and a child each', async () => {
    const t = await createTask(ctx, {
      actor: system,
      input: {
        content: 'Giao các sở rà soát',
        addressees: [p.skhdt.code, p.stc.code],
        deadline: '2023-08-31',
      },
    });
    expect(t.leadUnit.id).toBe(office.id);
    expect(t.childCount).toBe(2);
    const kids = await browseTasks(ctx, { actor: system, input: { parentId: t.id } });
    expect(kids.items.map((k) => k.leadUnit.id).sort()).toEqual([p.skhdt.id, p.stc.id].sort());
  });

  it('refuses a deadline before the source document', async () => {
    const doc = await issueDocument(ctx, {
      actor: system,
      input: { issuer: p.ubnd.code, type: 'KH', summary: 'Kế hoạch', issueDate: '2023-05-10' },
    });
    const e = await createTask(ctx, {
      actor: system,
      input: {
        content: 'X',
        leadUnit: p.stc.code,
        sourceDocumentId: doc.id,
        deadline: '2023-05-01',
      },
    }).catch((x: unknown) => x);
    expect(err(e)).toBe('TASK_DEADLINE_BEFORE_SOURCE:deadline');
  });

  it('generates the next 12 occurrences of a periodic duty, moving weekend deadlines earlier', async () => {
    const t = await createTask(ctx, {
      actor: system,
      input: {
        content: 'Báo cáo tình hình giải ngân hằng tháng',
        leadUnit: p.skhdt.code,
        recurrence: { freq: 'monthly', day: 15 },
        assignedOn: '2023-07-01',
      },
    });
    const occ = await browseTasks(ctx, {
      actor: system,
      input: { parentId: t.id, limit: 20, sort: 'deadline' },
    });
    expect(occ.total).toBe(12);
    // 15/7/2023 is a Saturday: due Friday 14/7.
    expect(occ.items[0]?.deadline).toBe('2023-07-14');
    expect(occ.items[1]?.deadline).toBe('2023-08-15');
  });
});

describe('progress, extensions and urging', () => {
  it('runs the unit workflow: report, approve, request, forward, approve extension, urge', async () => {
    const t = await createTask(ctx, {
      actor: system,
      input: {
        content: 'Rà soát danh mục dự án đầu tư công',
        leadUnit: p.skhdt.code,
        coordinatingUnits: [p.stc.code],
        deadline: '2023-07-05',
        assignedOn: '2023-06-01',
      },
    });
    expect(t.status.status).toBe('CHT_QUA_HAN');
    const staff = await actor('kh.cv');
    const unitLeader = await actor('kh.ld');
    const report = await reportProgress(ctx, {
      actor: staff,
      input: { taskId: t.id, percent: 60, narrative: 'Đã rà soát 60% danh mục' },
    });
    expect(report.status).toBe('pending');
    expect(report.task.progressPercent).toBe(0);
    const approved = await decideProgress(ctx, {
      actor: unitLeader,
      input: { reportId: report.reportId, approve: true },
    });
    expect(approved.progressPercent).toBe(60);
    expect(
      err(
        await reportProgress(ctx, {
          actor: staff,
          input: { taskId: t.id, percent: 120, narrative: 'x' },
        }).catch((e: unknown) => e),
      ),
    ).toBe('TASK_PROGRESS_RANGE:percent');
    // Another unit's staff cannot report on this unit's row.
    const other = await actor('tc.cv');
    const lead = t.assignments.find((a) => a.role === 'lead');
    expect(
      err(
        await reportProgress(ctx, {
          actor: other,
          input: { taskId: t.id, assignmentId: lead?.id, percent: 10, narrative: 'x' },
        }).catch((e: unknown) => e),
      ),
    ).toBe('FORBIDDEN');

    await requestExtension(ctx, {
      actor: staff,
      input: { taskId: t.id, requestedDeadline: '2023-07-31', reason: 'Chờ số liệu của Kho bạc' },
    });
    let detail = await showTask(ctx, { actor: system, id: t.id });
    const ext = detail.extensions[0];
    expect(ext?.status).toBe('requested');
    const leader = await actor('lanhdao');
    expect(
      err(
        await decideExtension(ctx, {
          actor: leader,
          input: { extensionId: ext?.id ?? 0, approve: true },
        }).catch((e: unknown) => e),
      ),
    ).toBe('TASK_EXTENSION_STATE');
    await forwardExtension(ctx, { actor: unitLeader, extensionId: ext?.id ?? 0 });
    const decided = await decideExtension(ctx, {
      actor: leader,
      input: { extensionId: ext?.id ?? 0, approve: true },
    });
    // Approved on 10/7, after the original deadline passed: by default still judged on 5/7.
    expect(decided.extendedDeadline).toBe('2023-07-31');
    expect(decided.status.status).toBe('CHT_QUA_HAN');

    const urged1 = await urgeAssignment(ctx, {
      actor: leader,
      input: {
        assignmentId: lead?.id ?? 0,
        kind: 'nhac_nho',
        message: 'Đề nghị khẩn trương hoàn thành',
      },
    });
    const urged2 = await urgeAssignment(ctx, {
      actor: leader,
      input: { assignmentId: lead?.id ?? 0, kind: 'phe_binh', message: 'Phê bình chậm tiến độ' },
    });
    expect([urged1.attempt, urged2.attempt]).toEqual([1, 2]);
    // Each user of the urged unit finds both urgings in the inbox, newest first, linked to the task.
    for (const person of [staff, unitLeader]) {
      if (person.kind !== 'user') throw new Error('a user was expected');
      const inbox = await listMyNotifications(ctx, { actor: person });
      const urgings = inbox.items.filter((n) => n.kind === 'urging');
      expect(urgings.map((n) => n.title.slice(0, 32))).toEqual([
        'Đôn đốc lần 2 (phê bình): Rà soá',
        'Đôn đốc lần 1 (nhắc nhở): Rà soá',
      ]);
      expect(urgings.every((n) => n.link === `/nhiem-vu/${t.id}` && n.readAt === null)).toBe(true);
    }
    const read = await markUrgingRead(ctx, { actor: staff, urgingId: urged2.id });
    expect(read.reads).toHaveLength(1);
    await markUrgingRead(ctx, { actor: staff, urgingId: urged2.id });
    expect(
      (await markUrgingRead(ctx, { actor: unitLeader, urgingId: urged2.id })).reads,
    ).toHaveLength(2);
    expect(
      err(
        await urgeAssignment(ctx, {
          actor: staff,
          input: { assignmentId: lead?.id ?? 0, kind: 'nhac_nho', message: 'x' },
        }).catch((e: unknown) => e),
      ),
    ).toBe('FORBIDDEN');

    await completeTask(ctx, { actor: system, input: { taskId: t.id, completedOn: '2023-07-10' } });
    expect(
      err(
        await urgeAssignment(ctx, {
          actor: leader,
          input: { assignmentId: lead?.id ?? 0, kind: 'nhac_nho', message: 'x' },
        }).catch((e: unknown) => e),
      ),
    ).toBe('URGING_TARGET_DONE');
    expect(
      err(
        await requestExtension(ctx, {
          actor: staff,
          input: { taskId: t.id, requestedDeadline: '2023-08-31', reason: 'x' },
        }).catch((e: unknown) => e),
      ),
    ).toBe('TASK_CLOSED');
    detail = await showTask(ctx, { actor: system, id: t.id });
    expect(detail.status.status).toBe('HT_QUA_HAN');
    expect(detail.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'created',
        'progress',
        'progress_approved',
        'extension_requested',
        'extension_forwarded',
        'extension_approved',
        'urged',
        'completed',
      ]),
    );
    const reopened = await reopenTask(ctx, {
      actor: system,
      input: { taskId: t.id, reason: 'Kết quả chưa đạt' },
    });
    expect(reopened.status.status).toBe('CHT_QUA_HAN');
    const stats = await taskStatistics(ctx, {
      actor: system,
      input: { at: '2023-07-10', by: 'unit', leadUnitId: p.skhdt.id, sourceDocumentId: undefined },
    });
    expect(stats.overdue.some((o) => o.taskId === t.id && o.daysLate === 5)).toBe(true);
  });
});
