import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../testing/test-context';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { buildUser, call, signIn, TEST_PASSWORD, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import type { Figure, LeaderDashboard } from './http-schemas';

const SEED_TIMEOUT = 600_000;

let ctx: DemoTestContext;
let app: FastifyInstance;
let leader: Session;
let office: Session;
let dash: LeaderDashboard;

beforeAll(async () => {
  ctx = await createDemoTestContext();
  app = await buildApp(ctx, { webRoot: null });
  const password = String(ctx.summary.password);
  leader = await signIn(app, 'chutich', password);
  office = await signIn(app, 'vanthu', password);
  dash = await get<LeaderDashboard>(leader, '/api/v1/dashboard/leader?period=month');
}, SEED_TIMEOUT);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

async function get<T>(session: Session, url: string): Promise<T> {
  const res = await call(app, session, { method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** The web address of a figure's list, split into its path and filters. */
function parse(href: string): { path: string; q: URLSearchParams } {
  const u = new URL(href, 'http://x');
  return { path: u.pathname, q: u.searchParams };
}

/** The API total of the task list a link opens (its filters translated one for one). */
async function taskListTotal(href: string): Promise<number> {
  const { path, q } = parse(href);
  expect(path).toBe('/nhiem-vu');
  const api = new URLSearchParams({ pageSize: '1' });
  for (const [k, v] of q) {
    if (k === 'counted') api.set('counted', v === '1' ? 'true' : 'false');
    else if (k === 'status') api.append('status', v);
    else if (k === 'dueSoon') api.set('dueSoon', 'true');
    else if (k === 'leadUnit') api.set('leadUnitId', v);
    else if (k === 'leader') api.set('leaderPersonId', v);
    else if (k === 'noLeader') api.set('withoutLeader', 'true');
    else throw new Error(`unexpected task filter ${k}`);
  }
  return (await get<{ total: number }>(leader, `/api/v1/tasks?${api.toString()}`)).total;
}

const value = (f: Figure) => {
  if (f.value === null) throw new Error(`no value for ${f.href}`);
  return f.value;
};

describe(`leader dashboard on the demo province (${TEST_ENGINE})`, () => {
  it('takes the current month as of the product clock', () => {
    expect(dash.today).toBe('2023-07-10');
    expect(dash.period).toMatchObject({
      key: 'month',
      from: '2023-07-01',
      asOf: '2023-07-10',
      live: true,
    });
    expect(dash.province.name).toContain('Bình Phước');
  });

  it('counts every VPCP status as the filtered task list does', async () => {
    expect(value(dash.tasks.total)).toBeGreaterThan(0);
    expect(await taskListTotal(dash.tasks.total.href)).toBe(dash.tasks.total.value);
    let sum = 0;
    for (const [status, f] of Object.entries(dash.tasks.counts)) {
      expect(parse(f.href).q.getAll('status')).toEqual([status]);
      expect(await taskListTotal(f.href), status).toBe(f.value);
      sum += value(f);
    }
    expect(sum).toBe(dash.tasks.total.value);
    expect(await taskListTotal(dash.tasks.dueSoon.href)).toBe(dash.tasks.dueSoon.value);
    // The on-time rate recomputed from the lists of the three statuses that came due.
    const c = dash.tasks.counts;
    const due = value(c.HT_DUNG_HAN) + value(c.HT_QUA_HAN) + value(c.CHT_QUA_HAN);
    expect(dash.tasks.onTimeRate.value).toBeCloseTo(value(c.HT_DUNG_HAN) / due, 10);
  });

  it('draws the trend at each month end of the year so far, today last', async () => {
    expect(dash.tasks.trend.map((p) => p.at)).toEqual([
      '2023-01-31',
      '2023-02-28',
      '2023-03-31',
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-10',
    ]);
    const june = dash.tasks.trend[5];
    if (!june) throw new Error('no June point');
    const stats = await get<{ total: Record<string, number> }>(
      leader,
      `/api/v1/tasks/statistics?at=${june.at}&by=unit`,
    );
    expect(june.counts.CHT_QUA_HAN).toBe(stats.total.CHT_QUA_HAN);
    expect(june.total).toBe(stats.total.total);
  });

  it('lists overdue tasks by lead unit and by leader as the filtered lists do', async () => {
    const overdue = value(dash.overdue.total);
    expect(overdue).toBe(dash.tasks.counts.CHT_QUA_HAN.value);
    expect(dash.overdue.byUnit.length).toBeGreaterThan(0);
    expect(dash.overdue.byUnit.reduce((s, r) => s + value(r.count), 0)).toBe(overdue);
    expect(dash.overdue.byLeader.reduce((s, r) => s + value(r.count), 0)).toBe(overdue);
    for (const r of [...dash.overdue.byUnit, ...dash.overdue.byLeader])
      expect(await taskListTotal(r.count.href), r.count.href).toBe(r.count.value);
  });

  it('shows the disbursement rate that the investors’ list adds up to', async () => {
    const inv = dash.investment;
    expect(inv.target.rate).toBe(95);
    const { q } = parse(inv.rate.href);
    const rates = await get<{
      rows: Array<{ planPm: number; planLocal: number; disbursed: number }>;
    }>(
      leader,
      `/api/v1/investment/rates?by=investor&at=${q.get('ngay')}&pageSize=5000&denominator=${q.get('mau-so')}`,
    );
    const plan = rates.rows.reduce((s, r) => s + (inv.basis === 'pm' ? r.planPm : r.planLocal), 0);
    const disbursed = rates.rows.reduce((s, r) => s + r.disbursed, 0);
    expect(disbursed).toBeCloseTo(value(inv.disbursed), 0);
    expect(plan).toBeCloseTo(value(inv.plan), 0);
    expect(value(inv.rate)).toBeCloseTo((disbursed / plan) * 100, 6);
    expect(inv.curve.current.length).toBeGreaterThan(0);
    expect(inv.curve.lastYear.length).toBeGreaterThan(0);
  });

  it('shows revenue against the estimates as the revenue table does', async () => {
    const { q } = parse(dash.revenue.href);
    expect(q.get('ky')).toBe('2023-06');
    const table = await get<{
      rows: Array<{
        source: { code: string };
        actual: number | null;
        percentOfEstimateCouncil: number | null;
      }>;
    }>(leader, `/api/v1/indicators/revenue-by-source?period=${q.get('ky')}`);
    expect(dash.revenue.rows.length).toBe(table.rows.length);
    expect(dash.revenue.rows.length).toBeGreaterThan(0);
    for (const [i, row] of dash.revenue.rows.entries()) {
      expect(row.code).toBe(table.rows[i]?.source.code);
      expect(row.actual.value).toBe(table.rows[i]?.actual);
      expect(row.percentOfEstimateCouncil.value).toBe(table.rows[i]?.percentOfEstimateCouncil);
    }
  });

  it('counts explanations awaiting an answer as the explanation list does', async () => {
    const list = await get<{ items: Array<{ status: string; overdue: boolean }> }>(
      leader,
      '/api/v1/indicator-explanations?status=requested',
    );
    expect(parse(dash.explanations.awaiting.href).q.get('trangThai')).toBe('requested');
    expect(dash.explanations.awaiting.value).toBe(list.items.length);
    expect(dash.explanations.overdue.value).toBe(list.items.filter((e) => e.overdue).length);
  });

  it('counts urgings sent in the period and those still unread as the urging list does', async () => {
    for (const f of [dash.urgings.sent, dash.urgings.unread]) {
      const { path, q } = parse(f.href);
      expect(path).toBe('/nhiem-vu/don-doc');
      const api = new URLSearchParams({
        sentFrom: q.get('tu') ?? '',
        sentTo: q.get('den') ?? '',
        ...(q.get('chuaDoc') === '1' ? { unread: 'true' } : {}),
      });
      const list = await get<{ items: unknown[] }>(leader, `/api/v1/urgings?${api.toString()}`);
      expect(list.items.length, f.href).toBe(f.value);
    }
    expect(value(dash.urgings.unread)).toBeLessThanOrEqual(value(dash.urgings.sent));
  });

  it('judges reception compliance and counts cases near or past their deadline as the lists do', async () => {
    const r = dash.citizens.reception;
    const { q } = parse(r.rate.href);
    const lines = await get<Array<{ met: boolean }>>(
      leader,
      `/api/v1/citizens/reception-compliance?fromMonth=${q.get('tu')}&toMonth=${q.get('den')}`,
    );
    expect(r.lines.value).toBe(lines.length);
    expect(r.met.value).toBe(lines.filter((l) => l.met).length);
    if (lines.length > 0)
      expect(r.rate.value).toBeCloseTo((lines.filter((l) => l.met).length / lines.length) * 100);
    for (const [f, flag] of [
      [dash.citizens.casesDueSoon, 'dueSoon'],
      [dash.citizens.casesOverdue, 'overdue'],
    ] as const) {
      const list = await get<{
        total: number;
        items: Array<{ steps: Array<{ dueDate: string }> }>;
      }>(leader, `/api/v1/citizens/cases?${flag}=true&limit=1000`);
      expect(list.total, flag).toBe(f.value);
    }
  });

  it('shows the next review meeting with its agenda and this week’s calendar', async () => {
    const next = dash.meeting.next;
    if (next) {
      expect(next.meetingDate >= dash.today).toBe(true);
      const meeting = await get<{ agenda: unknown[] }>(leader, `/api/v1/meetings/${next.id}`);
      expect(next.agendaCount.value).toBe(meeting.agenda.length);
    }
    const week = parse(dash.calendar.count.href).q.get('week');
    expect(week).toBe('2023-W28');
    const cal = await get<{ events: unknown[] }>(leader, `/api/v1/leader-calendar?week=${week}`);
    expect(dash.calendar.count.value).toBe(cal.events.length);
  });

  it('gives the office the same figures', async () => {
    const mine = await get<LeaderDashboard>(office, '/api/v1/dashboard/leader?period=month');
    expect(mine.tasks.total.value).toBe(dash.tasks.total.value);
    expect(mine.overdue.byUnit).toEqual(dash.overdue.byUnit);
  });

  it('takes a past ND 09 period at its end and links task figures to the statistics at that date', async () => {
    const q2 = await get<LeaderDashboard>(
      leader,
      '/api/v1/dashboard/leader?period=2023-Q1&basis=nd09',
    );
    expect(q2.period).toMatchObject({ from: '2022-12-15', to: '2023-03-14', asOf: '2023-03-14' });
    expect(q2.period.live).toBe(false);
    expect(q2.tasks.counts.CHT_QUA_HAN.href).toBe('/nhiem-vu/thong-ke?at=2023-03-14&by=unit');
    const stats = await get<{ total: Record<string, number> }>(
      leader,
      '/api/v1/tasks/statistics?at=2023-03-14&by=unit',
    );
    expect(q2.tasks.counts.CHT_QUA_HAN.value).toBe(stats.total.CHT_QUA_HAN);
    const ytd = await get<LeaderDashboard>(leader, '/api/v1/dashboard/leader?period=ytd');
    expect(ytd.period).toMatchObject({ from: '2023-01-01', asOf: '2023-07-10' });
  });

  it('refuses a bad period with a code naming the field', async () => {
    for (const period of ['2023-13', 'last-week', '2024']) {
      const res = await call(app, leader, {
        method: 'GET',
        url: `/api/v1/dashboard/leader?period=${period}`,
      });
      expect(res.statusCode, period).toBe(400);
      expect(res.json()).toMatchObject({ code: 'DASHBOARD_PERIOD_INVALID', field: 'period' });
    }
  });

  it('refuses users scoped to one unit: their dashboard is the unit’s', async () => {
    const unitLeader = await signIn(app, 'skhdt', String(ctx.summary.password));
    const res = await call(app, unitLeader, { method: 'GET', url: '/api/v1/dashboard/leader' });
    expect(res.statusCode).toBe(403);
    await buildUser(ctx, { username: 'xem.skhdt', role: 'viewer', scope: 'BP.SKHDT' });
    const viewer = await signIn(app, 'xem.skhdt', TEST_PASSWORD);
    const scoped = await call(app, viewer, { method: 'GET', url: '/api/v1/dashboard/leader' });
    expect(scoped.statusCode).toBe(403);
  });
});
