import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import { TASK_STATUSES } from '../../shared/tasks/status';
import type { UnitDashboard } from './unit-dashboard';

/** Copying the demo into this file's database; building it first when no other file has. */
const SEED_TIMEOUT = 600_000;

let ctx: DemoTestContext;
let app: FastifyInstance;
let leader: Session;
let staff: Session;
let office: Session;
let dashboard: UnitDashboard;

beforeAll(async () => {
  ctx = await createDemoTestContext();
  app = await buildApp(ctx, { webRoot: null });
  const password = String(ctx.summary.password);
  leader = await signIn(app, 'skhdt', password);
  staff = await signIn(app, 'skhdt.cv', password);
  office = await signIn(app, 'vanthu', password);
  // A task of the unit due this week, with a staff member's extension request waiting for the leader.
  const task = await call(app, office, {
    method: 'POST',
    url: '/api/v1/tasks',
    payload: {
      content: 'Rà soát hồ sơ đề xuất chủ trương đầu tư dự án nhóm B',
      leadUnit: 'BP.SKHDT',
      assignedOn: '2023-07-03',
      deadline: '2023-07-14',
    },
  });
  if (task.statusCode !== 201) throw new Error(`the task: ${task.body}`);
  const asked = await call(app, staff, {
    method: 'POST',
    url: `/api/v1/tasks/${task.json<{ id: number }>().id}/extensions`,
    payload: { requestedDeadline: '2023-07-31', reason: 'Chờ hồ sơ bổ sung của chủ đầu tư.' },
  });
  if (asked.statusCode !== 201) throw new Error(`the extension request: ${asked.body}`);
  const res = await call(app, leader, { method: 'GET', url: '/api/v1/dashboard/unit' });
  if (res.statusCode !== 200) throw new Error(`the unit dashboard: ${res.body}`);
  dashboard = res.json<UnitDashboard>();
}, SEED_TIMEOUT);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

/** The total of the task list (GET /api/v1/tasks) with the filters of a dashboard link, as the web maps them. */
async function listTotal(session: Session, link: string): Promise<number> {
  const [path, search] = link.split('?');
  expect(path).toBe('/nhiem-vu');
  const from = new URLSearchParams(search);
  const api = new URLSearchParams();
  const names: Record<string, string> = {
    unit: 'unitId',
    role: 'role',
    from: 'deadlineFrom',
    to: 'deadlineTo',
    status: 'status',
    sort: 'sort',
  };
  for (const [k, v] of from) {
    const name = names[k];
    if (!name) throw new Error(`the link has a parameter the list does not know: ${k}`);
    api.append(name, v);
  }
  api.set('pageSize', '1');
  const res = await call(app, session, { method: 'GET', url: `/api/v1/tasks?${api.toString()}` });
  expect(res.statusCode).toBe(200);
  return res.json<{ total: number }>().total;
}

describe('the unit dashboard of Sở Kế hoạch và Đầu tư on 10/7/2023', () => {
  it('is the signed-in unit leader’s own unit, in the week of the product’s today', () => {
    expect(dashboard.unit.name).toMatch(/Kế hoạch và Đầu tư/);
    expect(dashboard.asOf).toBe('2023-07-10');
    expect(dashboard.week).toEqual({ from: '2023-07-10', to: '2023-07-16' });
  });

  it('counts each role and status exactly as the task list filtered by its link', async () => {
    for (const role of ['lead', 'coordinate'] as const) {
      const counts = dashboard.tasks[role];
      expect(await listTotal(leader, counts.total.link)).toBe(counts.total.count);
      let sum = 0;
      for (const status of TASK_STATUSES) {
        const f = counts.byStatus[status];
        expect(f.link).toContain(`status=${status}`);
        expect(await listTotal(leader, f.link)).toBe(f.count);
        sum += f.count;
      }
      expect(sum).toBe(counts.total.count);
    }
    expect(dashboard.tasks.lead.total.count).toBeGreaterThan(0);
  });

  it('lists what is due this week as the task list with the link’s filters, open tasks only', async () => {
    const due = dashboard.dueThisWeek;
    expect(due.count).toBeGreaterThan(0);
    expect(await listTotal(leader, due.link)).toBe(due.count);
    expect(due.items.length).toBe(Math.min(5, due.count));
    for (const item of due.items) {
      expect(['CHT_TRONG_HAN', 'CHT_QUA_HAN']).toContain(item.status);
      expect(item.deadline! >= dashboard.week.from && item.deadline! <= dashboard.week.to).toBe(
        true,
      );
    }
  });

  it('counts the approvals waiting as the unit’s open tasks show them one by one', async () => {
    const unitId = dashboard.unit.id;
    const list = await call(app, leader, {
      method: 'GET',
      url: `/api/v1/tasks?unitId=${unitId}&status=CHT_TRONG_HAN&status=CHT_QUA_HAN&status=KHONG_THOI_HAN&pageSize=500`,
    });
    const tasks = list.json<{ items: Array<{ id: number }> }>().items;
    let progress = 0;
    let extension = 0;
    for (const t of tasks) {
      const detail = (
        await call(app, leader, { method: 'GET', url: `/api/v1/tasks/${t.id}` })
      ).json<{
        leadUnit: { id: number };
        assignments: Array<{ id: number; unitId: number }>;
        progressReports: Array<{ assignmentId: number; status: string }>;
        extensions: Array<{ status: string }>;
      }>();
      const own = new Set(detail.assignments.filter((a) => a.unitId === unitId).map((a) => a.id));
      progress += detail.progressReports.filter(
        (r) => r.status === 'pending' && own.has(r.assignmentId),
      ).length;
      if (detail.leadUnit.id === unitId)
        extension += detail.extensions.filter((e) => e.status === 'requested').length;
    }
    expect(extension).toBeGreaterThan(0);
    expect(dashboard.approvals).toMatchObject({
      count: progress + extension,
      progress,
      extension,
      link: '/nhiem-vu/don-vi',
    });
  });

  it('takes indicator figures from the indicator table of the last month ended', async () => {
    const res = await call(app, leader, { method: 'GET', url: '/api/v1/indicators/table' });
    const table = res.json<{
      period: string;
      rows: Array<{ indicator: { id: number; ownerUnitId: number }; pendingCount: number }>;
    }>();
    expect(dashboard.indicators.period).toBe('2023-06');
    expect(table.period).toBe(dashboard.indicators.period);
    const own = table.rows.filter((r) => r.indicator.ownerUnitId === dashboard.unit.id);
    expect(dashboard.indicators.total.count).toBe(own.length);
    expect(dashboard.indicators.awaitingApproval).toBe(
      own.filter((r) => r.pendingCount > 0).length,
    );
    const ownIds = new Set(own.map((r) => r.indicator.id));
    expect(dashboard.indicators.toEnter.items.every((i) => ownIds.has(i.id))).toBe(true);
    expect(dashboard.indicators.toEnter.count).toBe(dashboard.indicators.toEnter.items.length);
  });

  it('shows its line of the latest evaluation run and the explanations asked of it', async () => {
    const run = (
      await call(app, leader, {
        method: 'GET',
        url: `/api/v1/evaluation/runs/${String(ctx.summary.evaluationRun)}`,
      })
    ).json<{ units: Array<{ unit: { id: number }; score: number | null; rank: number | null }> }>();
    const line = run.units.find((u) => u.unit.id === dashboard.unit.id);
    expect(line).toBeDefined();
    expect(dashboard.scorecard).toMatchObject({
      runId: ctx.summary.evaluationRun,
      score: line?.score,
      rank: line?.rank,
    });
    const explanations = (
      await call(app, leader, {
        method: 'GET',
        url: '/api/v1/indicator-explanations?status=requested',
      })
    ).json<{ items: Array<{ answeringUnit: { id: number } }> }>();
    expect(dashboard.explanations.count).toBe(
      explanations.items.filter((e) => e.answeringUnit.id === dashboard.unit.id).length,
    );
  });

  it('counts urgings received, and those the reader has not read, as the urgings list', async () => {
    const res = await call(app, leader, {
      method: 'GET',
      url: `/api/v1/urgings?unitId=${dashboard.unit.id}`,
    });
    const items = res.json<{ items: Array<{ id: number; reads: Array<{ userId: number }> }> }>()
      .items;
    expect(dashboard.urgings.total.count).toBe(items.length);
    expect(dashboard.urgings.unread.count + dashboard.urgings.read).toBe(items.length);
    const me = (await call(app, leader, { method: 'GET', url: '/api/v1/auth/me' })).json<{
      user: { id: number };
    }>().user.id;
    const unread = items.filter((u) => !u.reads.some((r) => r.userId === me));
    expect(dashboard.urgings.unread.count).toBe(unread.length);
    const first = unread[0];
    if (first) {
      const read = await call(app, leader, {
        method: 'POST',
        url: `/api/v1/urgings/${first.id}/read`,
      });
      expect(read.statusCode).toBe(200);
      const after = (
        await call(app, leader, { method: 'GET', url: '/api/v1/dashboard/unit' })
      ).json<UnitDashboard>();
      expect(after.urgings.unread.count).toBe(unread.length - 1);
      expect(after.urgings.read).toBe(dashboard.urgings.read + 1);
    }
  });

  it('is the same for the unit’s staff and for the office looking at that unit', async () => {
    const own = (
      await call(app, staff, { method: 'GET', url: '/api/v1/dashboard/unit' })
    ).json<UnitDashboard>();
    expect(own.unit.id).toBe(dashboard.unit.id);
    expect(own.tasks).toEqual(dashboard.tasks);
    const res = await call(app, office, {
      method: 'GET',
      url: `/api/v1/dashboard/unit?unitId=${dashboard.unit.id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<UnitDashboard>().tasks).toEqual(dashboard.tasks);
  });

  it('refuses another unit’s dashboard to a unit user', async () => {
    const otherId = (
      await ctx.db.q
        .selectFrom('units')
        .select('id')
        .where('code', '=', 'BP.STC')
        .executeTakeFirstOrThrow()
    ).id;
    const res = await call(app, leader, {
      method: 'GET',
      url: `/api/v1/dashboard/unit?unitId=${otherId}`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('FORBIDDEN');
  });

  it('names the field of a bad unitId', async () => {
    const text = await call(app, office, {
      method: 'GET',
      url: '/api/v1/dashboard/unit?unitId=abc',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json<{ field: string }>().field).toBe('unitId');
    const missing = await call(app, office, {
      method: 'GET',
      url: '/api/v1/dashboard/unit?unitId=98765432',
    });
    expect(missing.json<{ code: string; field: string }>()).toMatchObject({
      code: 'UNKNOWN_UNIT',
      field: 'unitId',
    });
  });
});
