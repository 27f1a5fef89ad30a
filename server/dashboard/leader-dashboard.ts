import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { addDays } from '../../shared/dates/local-date';
import { formatPeriodRef } from '../../shared/periods/periods';
import { TASK_STATUSES, type TaskStatus } from '../../shared/tasks/status';
import { taskStatistics } from '../tasks/task-statistics';
import { listUrgings } from '../tasks/urge';
import { investmentDashboard } from '../investment/investment-dashboard';
import { provinceOfUnit, resolveProvince } from '../investment/investment-scope';
import { revenueBySource } from '../indicators/revenue-by-source';
import { browseExplanations } from '../indicators/browse-explanations';
import { defaultReportPeriod } from '../indicators/figure-scope';
import { receptionComplianceReport } from '../citizens/reception-compliance';
import { CASE_DUE_SOON_DAYS, listCases } from '../citizens/list-cases';
import { browseMeetings, showMeeting } from '../meetings/browse-meetings';
import { weeklyCalendar } from '../leader-calendar/weekly-calendar';
import { formatIsoWeek, isoWeekOf } from '../leader-calendar/week-rules';
import { resolveDashboardPeriod, trendDates, type DashboardPeriod } from './dashboard-period';
import type { Figure, LeaderDashboard } from './http-schemas';
import { links } from './dashboard-links';

/** Input of leaderDashboard: the period (`month`, `ytd` or a machine form) and its basis. */
export const leaderDashboardInput = z
  .object({
    period: z.string().trim().max(20).default('month'),
    basis: z.enum(['nd09', 'calendar']).default('nd09'),
  })
  .strict();

const fig = (value: number | null, href: string): Figure => ({ value, href });

/**
 * The province's leader dashboard (bảng điều hành): the figures a Chủ tịch
 * and the office open every morning, for a period as of the product's today,
 * each composed from its own area's use case (task statistics in the VPCP
 * form, the investment dashboard, revenue by source, giải trình threads,
 * urgings, reception compliance, citizens' cases, the next review meeting,
 * the leaders' week) and each with the address of the list behind it,
 * filtered so that the list reproduces it. Needs `dashboard.leader` on the
 * province: a user scoped to one unit is refused (their dashboard is the unit's).
 */
export async function leaderDashboard(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof leaderDashboardInput> },
): Promise<LeaderDashboard> {
  const data = parseInput(leaderDashboardInput, input);
  const today = ctx.clock.today();
  const period = resolveDashboardPeriod(data.period, data.basis, today);
  // The province of the actor's scope (the default province for the system).
  const own =
    actor.kind === 'user' ? await provinceOfUnit(ctx.db.q, { path: actor.scopePath }) : null;
  const province = await resolveProvince(ctx.db.q, own ?? undefined, period.asOf);
  authorize(actor, 'dashboard.leader', { unitPaths: [province.path] });
  const p = province.id;
  const live = period.asOf === today;
  const link = links(period, live);

  return {
    today,
    province: { id: province.id, name: province.name },
    period: {
      key: period.key,
      basis: period.basis,
      label: period.label,
      from: period.from,
      to: period.to,
      asOf: period.asOf,
      live,
    },
    tasks: await taskFigures(ctx, actor, period, link),
    overdue: await overdueFigures(ctx, actor, period, link),
    investment: await investmentFigures(ctx, actor, period, p),
    revenue: await revenueFigures(ctx, actor, period, p),
    explanations: await explanationFigures(ctx, actor, period, p),
    urgings: await urgingFigures(ctx, actor, period),
    citizens: await citizenFigures(ctx, actor, period),
    meeting: await meetingFigures(ctx, actor, today),
    calendar: await calendarFigures(ctx, actor, today),
  };
}

type Links = ReturnType<typeof links>;

async function taskFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
  link: Links,
): Promise<LeaderDashboard['tasks']> {
  const stats = await taskStatistics(ctx, { actor, input: { at: period.asOf, by: 'none' } });
  const counts = Object.fromEntries(
    TASK_STATUSES.map((s) => [s, fig(stats.total[s], link.tasks({ status: [s] }))]),
  ) as Record<TaskStatus, Figure>;
  const trend = [];
  for (const at of trendDates(period)) {
    const t =
      at === period.asOf ? stats : await taskStatistics(ctx, { actor, input: { at, by: 'none' } });
    trend.push({
      at,
      href: link.statistics(at),
      counts: Object.fromEntries(TASK_STATUSES.map((s) => [s, t.total[s]])) as Record<
        TaskStatus,
        number
      >,
      total: t.total.total,
    });
  }
  return {
    asOf: period.asOf,
    total: fig(stats.total.total, link.tasks({})),
    counts,
    dueSoon: fig(stats.total.dueSoon, link.tasks({ dueSoon: true })),
    onTimeRate: fig(stats.total.onTimeRate, link.statistics(period.asOf)),
    trend,
  };
}

async function overdueFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
  link: Links,
): Promise<LeaderDashboard['overdue']> {
  const at = period.asOf;
  const [byUnit, byLeader] = await Promise.all([
    taskStatistics(ctx, { actor, input: { at, by: 'unit' } }),
    taskStatistics(ctx, { actor, input: { at, by: 'leader' } }),
  ]);
  const overdue = (rows: typeof byUnit.rows) =>
    rows
      .filter((r) => r.CHT_QUA_HAN > 0)
      .sort((a, b) => b.CHT_QUA_HAN - a.CHT_QUA_HAN || a.label.localeCompare(b.label, 'vi'));
  return {
    asOf: at,
    total: fig(byUnit.total.CHT_QUA_HAN, link.tasks({ status: ['CHT_QUA_HAN'] })),
    byUnit: overdue(byUnit.rows).map((r) => ({
      unit: { id: Number(r.key), name: r.label },
      count: fig(
        r.CHT_QUA_HAN,
        link.tasks({ status: ['CHT_QUA_HAN'], leadUnit: Number(r.key) }, 'unit'),
      ),
    })),
    byLeader: overdue(byLeader.rows).map((r) => {
      const personId = r.key === '-' ? null : Number(r.key);
      return {
        leader: { personId, name: r.label },
        count: fig(
          r.CHT_QUA_HAN,
          link.tasks(
            personId === null
              ? { status: ['CHT_QUA_HAN'], withoutLeader: true }
              : { status: ['CHT_QUA_HAN'], leader: personId },
            'leader',
          ),
        ),
      };
    }),
  };
}

async function investmentFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
  province: number,
): Promise<LeaderDashboard['investment']> {
  const d = await investmentDashboard(ctx, { actor, input: { province, at: period.asOf } });
  const href = `/chi-tieu-dau-tu/giai-ngan?ngay=${d.at}&mau-so=${d.target.basis}`;
  const plan = d.target.basis === 'pm' ? d.provincial.planPm : d.provincial.planLocal;
  const rate = d.target.basis === 'pm' ? d.provincial.ratePm : d.provincial.rateLocal;
  const point = (p: (typeof d.curve.current.points)[number]) => ({
    month: p.month,
    through: p.through,
    cumulative: p.cumulative,
    rate: d.target.basis === 'pm' ? p.ratePm : p.rateLocal,
  });
  return {
    at: d.at,
    year: d.year,
    basis: d.target.basis,
    target: {
      rate: d.target.rate,
      recorded: d.target.recorded,
      sourceText: d.target.sourceText,
      sourceDocument: d.target.sourceDocument,
    },
    rate: fig(rate, href),
    disbursed: fig(d.provincial.disbursed, href),
    plan: fig(plan, href),
    gap: d.target.gap,
    curve: {
      year: d.curve.current.year,
      current: d.curve.current.points.map(point),
      lastYear: d.curve.lastYear.points.map(point),
    },
    projection: d.projection
      ? {
          basisMonth: d.projection.basisMonth,
          projected: fig(d.projection.projected, href),
          projectedRate: fig(
            d.target.basis === 'pm'
              ? d.projection.projectedRatePm
              : d.projection.projectedRateLocal,
            href,
          ),
        }
      : null,
  };
}

async function revenueFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
  province: number,
): Promise<LeaderDashboard['revenue']> {
  // The cumulative revenue of the last month ended by the as-of date (June on 10/7/2023).
  const report = formatPeriodRef(defaultReportPeriod(addDays(period.asOf, 1)));
  const r = await revenueBySource(ctx, { actor, input: { province, period: report } });
  const href = `/chi-tieu-dau-tu/thu-ngan-sach?ky=${report}`;
  return {
    period: r.period,
    periodLabel: r.periodLabel,
    href,
    rows: r.rows.map((row) => ({
      code: row.source.code,
      name: row.source.nameVi,
      depth: row.source.depth,
      unitOfMeasure: row.unitOfMeasure,
      actual: fig(row.actual, href),
      estimateCouncil: row.estimateCouncil,
      estimateCentral: row.estimateCentral,
      percentOfEstimateCouncil: fig(row.percentOfEstimateCouncil, href),
      percentOfEstimateCentral: fig(row.percentOfEstimateCentral, href),
      colour: row.colour,
    })),
  };
}

async function explanationFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
  province: number,
): Promise<LeaderDashboard['explanations']> {
  const { items } = await browseExplanations(ctx, {
    actor,
    input: { province, status: ['requested'] },
  });
  const href = '/chi-tieu-dau-tu/giai-trinh?trangThai=requested';
  return {
    awaiting: fig(items.length, href),
    overdue: fig(items.filter((e) => e.overdue).length, `${href}&quaHan=1`),
    items: items.slice(0, 5).map((e) => ({
      id: e.id,
      indicator: e.indicator.nameVi,
      unit: e.unit.name,
      periodLabel: e.periodLabel,
      dueOn: e.dueOn,
      overdue: e.overdue,
      href: `/chi-tieu-dau-tu/chi-tieu/${e.indicator.id}?ky=${e.period}`,
    })),
    asOf: period.asOf,
  };
}

async function urgingFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
): Promise<LeaderDashboard['urgings']> {
  const range = { sentFrom: period.from, sentTo: period.asOf };
  const [sent, unread] = await Promise.all([
    listUrgings(ctx, { actor, ...range }),
    listUrgings(ctx, { actor, ...range, unread: true }),
  ]);
  const href = `/nhiem-vu/don-doc?tu=${period.from}&den=${period.asOf}`;
  return {
    sent: fig(sent.length, href),
    unread: fig(unread.length, `${href}&chuaDoc=1`),
  };
}

async function citizenFigures(
  ctx: AppContext,
  actor: Actor,
  period: DashboardPeriod,
): Promise<LeaderDashboard['citizens']> {
  const fromMonth = period.from.slice(0, 7);
  const toMonth = period.asOf.slice(0, 7);
  const lines = await receptionComplianceReport(ctx, { actor, input: { fromMonth, toMonth } });
  const receptionHref = `/cong-dan-cu-tri/tiep-cong-dan?tu=${fromMonth}&den=${toMonth}`;
  const met = lines.filter((l) => l.met).length;
  const [dueSoon, overdue] = await Promise.all([
    listCases(ctx, { actor, input: { dueSoon: true, limit: 1 } }),
    listCases(ctx, { actor, input: { overdue: true, limit: 1 } }),
  ]);
  return {
    reception: {
      fromMonth,
      toMonth,
      lines: fig(lines.length, receptionHref),
      met: fig(met, receptionHref),
      rate: fig(lines.length === 0 ? null : (met / lines.length) * 100, receptionHref),
      notMet: lines
        .filter((l) => !l.met)
        .map((l) => ({
          leader: l.leader.name,
          month: l.month,
          days: l.days,
          required: l.required,
        })),
    },
    dueSoonDays: CASE_DUE_SOON_DAYS,
    casesDueSoon: fig(dueSoon.total, '/cong-dan-cu-tri?sapHan=1'),
    casesOverdue: fig(overdue.total, '/cong-dan-cu-tri?quaHan=1'),
  };
}

async function meetingFigures(
  ctx: AppContext,
  actor: Actor,
  today: string,
): Promise<LeaderDashboard['meeting']> {
  const { items } = await browseMeetings(ctx, { actor, input: { from: today } });
  // browseMeetings lists latest first: the next meeting is the last one listed.
  const next = items.at(-1);
  if (!next) return { next: null, href: '/hoi-nghi' };
  const view = await showMeeting(ctx, { actor, meetingId: next.id });
  const href = `/hoi-nghi/${next.id}`;
  return {
    href: '/hoi-nghi',
    next: {
      id: view.id,
      title: view.title,
      meetingDate: view.meetingDate,
      startsAtLocal: view.startsAtLocal,
      location: view.location,
      chair: view.chair.name,
      status: view.status,
      agendaCount: fig(view.agenda.length, href),
      agenda: view.agenda.slice(0, 8).map((a) => ({
        id: a.id,
        source: a.source,
        title: a.title,
        leadUnit: a.leadUnit?.name ?? null,
        deadline: a.deadline,
        daysLate: a.daysLate,
      })),
    },
  };
}

async function calendarFigures(
  ctx: AppContext,
  actor: Actor,
  today: string,
): Promise<LeaderDashboard['calendar']> {
  const week = formatIsoWeek(isoWeekOf(today));
  const cal = await weeklyCalendar(ctx, { actor, input: { week } });
  const href = `/lich-cong-tac?week=${week}`;
  return {
    week,
    from: cal.from,
    to: cal.to,
    count: fig(cal.events.length, href),
    conflicts: fig(cal.conflicts.length, href),
    events: cal.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      leader: e.leader.name,
      date: e.date,
      startsAtLocal: e.startsAtLocal,
      endsAtLocal: e.endsAtLocal,
      location: e.location,
    })),
  };
}
