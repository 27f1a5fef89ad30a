/**
 * Bảng điều hành: the province's figures a Chủ tịch and the office open every
 * morning, for a period as of the product's today. Every figure opens the
 * list behind it, filtered; every widget says what its numbers are and where
 * the rule comes from. The root carries `data-ready="true"` once every widget
 * shows its data (a performance measurement waits for it).
 */
import { useDataReady } from '../ui/data-ready';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'wouter';
import {
  formatPeriodRef,
  periodLabel,
  periodRange,
  type PeriodRef,
} from '../../shared/periods/periods';
import { ApiError } from '../platform/api-client';
import { formatCount, formatDate, formatLocalTime, formatRate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField } from '../ui/fields';
import { Page } from '../ui/Page';
import { Gauge, LineChart } from '../ui/charts';
import { taskLabels, TASK_STATUSES } from '../tasks/labels';
import {
  billionsNumber,
  formatBillions,
  formatPercentRate,
  formatPoints,
} from '../investment/figures';
import { formatFigure, formatPercentage } from '../indicators/figures';
import { useLeaderDashboard, type LeaderDashboard } from './api';
import { dashboardText } from './text';
import { Empty, FigureLink, Widget } from './widgets';
import './dashboard.css';

type Basis = 'nd09' | 'calendar';

/** The periods on offer: this month, the year to date, and this year's reporting periods begun by today. */
function periodChoices(today: string, basis: Basis): PeriodRef[] {
  const year = Number(today.slice(0, 4));
  const refs: PeriodRef[] = [
    ...[1, 2, 3, 4].map((index) => ({ kind: 'quarter' as const, year, index })),
    { kind: 'half', year, index: 1 },
    { kind: 'half', year, index: 2 },
    { kind: 'nine_months', year, index: 1 },
    { kind: 'year', year, index: 1 },
    { kind: 'year', year: year - 1, index: 1 },
  ];
  return refs.filter((r) => periodRange(r, basis).from <= today);
}

/**
 * `fallback` shows instead when the server refuses the dashboard (a viewer
 * scoped to one unit: the dashboard is the province's).
 */
export function LeaderDashboardPage({ fallback }: { fallback?: ReactNode } = {}) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky') ?? 'month';
  const basis: Basis = params.get('goc') === 'calendar' ? 'calendar' : 'nd09';
  const query = useLeaderDashboard(period, basis);
  // A previous period's figures stay shown while the next load: not ready until they arrive.
  const d = query.isPlaceholderData ? undefined : query.data;
  const loading = !d && !query.error;
  const failed = !d && !!query.error;
  const ready = useDataReady(!!d);
  const choose = (next: { ky?: string; goc?: string }) => {
    const merged = { ky: period, goc: basis, ...next };
    const out: Record<string, string> = {};
    if (merged.ky !== 'month') out.ky = merged.ky;
    if (merged.goc !== 'nd09') out.goc = merged.goc;
    setParams(out, { replace: true });
  };
  const choices = periodChoices(today, basis);
  if (fallback && query.error instanceof ApiError && query.error.status === 403) return fallback;
  return (
    <div className="leader-dashboard" {...ready}>
      <Page
        title={t.title}
        intro={
          d && <p>{t.intro(d.province.name, d.period.label, formatDate(d.period.asOf, lang))}</p>
        }
      >
        <form className="form dash-period" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t.period}
            name="period"
            value={period}
            onChange={(e) => choose({ ky: e.target.value })}
          >
            <option value="month">{t.periods.month}</option>
            <option value="ytd">{t.periods.ytd}</option>
            {choices.map((r) => {
              const key = formatPeriodRef(r);
              return (
                <option key={key} value={key}>
                  {lang === 'vi' ? t.periodOf(periodLabel(r)) : key}
                </option>
              );
            })}
          </SelectField>
          {period !== 'month' && period !== 'ytd' && (
            <SelectField
              label={t.basis}
              name="basis"
              value={basis}
              onChange={(e) => choose({ goc: e.target.value })}
            >
              <option value="nd09">{t.basisNd09}</option>
              <option value="calendar">{t.basisCalendar}</option>
            </SelectField>
          )}
          <details className="figure-help">
            <summary>
              <span aria-hidden="true">ⓘ </span>
              {t.help}
              <span className="visually-hidden"> — {t.periodLegend}</span>
            </summary>
            <div className="figure-help-body">{t.periodHelp}</div>
          </details>
        </form>
        {loading && (
          <p role="status" className="visually-hidden">
            {t.loading}
          </p>
        )}
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        <div className="dash-grid">
          <TasksWidget d={d} loading={loading} failed={failed} />
          <OverdueWidget d={d} loading={loading} failed={failed} />
          <InvestmentWidget d={d} loading={loading} failed={failed} />
          <RevenueWidget d={d} loading={loading} failed={failed} />
          <ExplanationsWidget d={d} loading={loading} failed={failed} />
          <UrgingsWidget d={d} loading={loading} failed={failed} />
          <CitizensWidget d={d} loading={loading} failed={failed} />
          <MeetingWidget d={d} loading={loading} failed={failed} />
          <CalendarWidget d={d} loading={loading} failed={failed} />
        </div>
      </Page>
    </div>
  );
}

interface WidgetProps {
  d: LeaderDashboard | undefined;
  loading: boolean;
  failed: boolean;
}

function TasksWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const labels = useText(taskLabels);
  const { lang } = useLang();
  const tasks = d?.tasks;
  return (
    <Widget title={t.tasks.title} help={t.tasks.help} loading={loading} failed={failed} wide>
      {tasks && (
        <>
          <p className="muted">{t.tasks.asOf(formatDate(tasks.asOf, lang))}</p>
          <dl className="dash-figures">
            <div>
              <dt>{t.tasks.total}</dt>
              <dd>
                <FigureLink
                  figure={tasks.total}
                  label={t.tasks.total}
                  text={formatCount(tasks.total.value ?? 0, lang)}
                  kind="count"
                  name="tasks.total"
                  big
                />
              </dd>
            </div>
            {TASK_STATUSES.map((s) => (
              <div key={s} className={`dash-status dash-status-${s}`}>
                <dt>{labels.status[s]}</dt>
                <dd>
                  <FigureLink
                    figure={tasks.counts[s]}
                    label={labels.status[s]}
                    text={formatCount(tasks.counts[s].value ?? 0, lang)}
                    kind="count"
                    name={`tasks.${s}`}
                    big
                  />
                </dd>
              </div>
            ))}
            <div>
              <dt>{t.tasks.dueSoon}</dt>
              <dd>
                <FigureLink
                  figure={tasks.dueSoon}
                  label={t.tasks.dueSoon}
                  text={formatCount(tasks.dueSoon.value ?? 0, lang)}
                  kind="count"
                  name="tasks.dueSoon"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.tasks.onTime}</dt>
              <dd>
                <FigureLink
                  figure={tasks.onTimeRate}
                  label={t.tasks.onTime}
                  text={formatRate(tasks.onTimeRate.value, lang)}
                  kind="rate"
                  name="tasks.onTimeRate"
                  big
                />
              </dd>
            </div>
          </dl>
          <h3>{t.tasks.trend}</h3>
          <LineChart
            label={t.tasks.trendChart}
            summary={tasks.trend
              .map(
                (p) =>
                  `${formatDate(p.at, lang)}: ${TASK_STATUSES.map((s) => `${labels.status[s]} ${p.counts[s]}`).join(', ')}`,
              )
              .join('; ')}
            labels={tasks.trend.map((p) => formatDate(p.at, lang))}
            series={TASK_STATUSES.map((s) => ({
              label: labels.status[s],
              data: tasks.trend.map((p) => p.counts[s]),
            }))}
            height={240}
          />
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t.tasks.trend}>
            <table className="details-table dash-table">
              <thead>
                <tr>
                  <th scope="col">{t.tasks.month}</th>
                  {TASK_STATUSES.map((s) => (
                    <th key={s} scope="col">
                      {labels.status[s]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tasks.trend.map((p) => (
                  <tr key={p.at}>
                    <th scope="row">
                      <Link href={p.href}>{formatDate(p.at, lang)}</Link>
                    </th>
                    {TASK_STATUSES.map((s) => (
                      <td key={s} className="num">
                        {formatCount(p.counts[s], lang)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Widget>
  );
}

function OverdueWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const o = d?.overdue;
  const list = (
    title: string,
    head: string,
    rows: Array<{ key: string; name: string; count: LeaderDashboard['overdue']['total'] }>,
    prefix: string,
  ) => (
    <>
      <h3>{title}</h3>
      <table className="details-table dash-table">
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="num">
              {t.overdue.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td className="num">
                <FigureLink
                  figure={r.count}
                  label={`${t.overdue.count} — ${r.name}`}
                  text={formatCount(r.count.value ?? 0, lang)}
                  kind="count"
                  name={`${prefix}.${r.key}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
  return (
    <Widget title={t.overdue.title} help={t.overdue.help} loading={loading} failed={failed}>
      {o && (
        <>
          <p>
            <FigureLink
              figure={o.total}
              label={t.overdue.title}
              text={formatCount(o.total.value ?? 0, lang)}
              kind="count"
              name="overdue.total"
              big
            />
          </p>
          {o.byUnit.length === 0 ? (
            <Empty>{t.overdue.empty}</Empty>
          ) : (
            <>
              {list(
                t.overdue.byUnit,
                t.overdue.unit,
                o.byUnit.map((r) => ({
                  key: String(r.unit.id),
                  name: r.unit.name,
                  count: r.count,
                })),
                'overdue.unit',
              )}
              {list(
                t.overdue.byLeader,
                t.overdue.leader,
                o.byLeader.map((r) => ({
                  key: String(r.leader.personId ?? 'none'),
                  name: r.leader.name,
                  count: r.count,
                })),
                'overdue.leader',
              )}
            </>
          )}
        </>
      )}
    </Widget>
  );
}

function InvestmentWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const inv = d?.investment;
  return (
    <Widget title={t.investment.title} help={t.investment.help} loading={loading} failed={failed}>
      {inv && (
        <>
          <Gauge
            value={inv.rate.value ?? 0}
            target={inv.target.rate}
            label={t.investment.gauge(
              formatPercentRate(inv.rate.value, lang),
              formatPercentRate(inv.target.rate, lang),
            )}
          />
          <p className="muted">
            {t.investment.target(formatPercentRate(inv.target.rate, lang))} (
            {inv.basis === 'pm' ? t.investment.basisPm : t.investment.basisLocal})
          </p>
          <dl className="dash-figures">
            <div>
              <dt>{t.investment.rate}</dt>
              <dd>
                <FigureLink
                  figure={inv.rate}
                  label={t.investment.rate}
                  text={formatPercentRate(inv.rate.value, lang)}
                  kind="rate"
                  name="investment.rate"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.investment.disbursed}</dt>
              <dd>
                <FigureLink
                  figure={inv.disbursed}
                  label={t.investment.disbursed}
                  text={formatBillions(inv.disbursed.value ?? 0, lang)}
                  kind="amount"
                  name="investment.disbursed"
                />
              </dd>
            </div>
            <div>
              <dt>{t.investment.plan}</dt>
              <dd>
                <FigureLink
                  figure={inv.plan}
                  label={t.investment.plan}
                  text={formatBillions(inv.plan.value ?? 0, lang)}
                  kind="amount"
                  name="investment.plan"
                />
              </dd>
            </div>
            {inv.gap !== null && (
              <div>
                <dt>{t.investment.gap}</dt>
                <dd>{formatPoints(inv.gap, lang)}</dd>
              </div>
            )}
            {inv.projection ? (
              <>
                <div>
                  <dt>{t.investment.projected}</dt>
                  <dd>
                    <FigureLink
                      figure={inv.projection.projected}
                      label={t.investment.projected}
                      text={formatBillions(inv.projection.projected.value ?? 0, lang)}
                      kind="amount"
                      name="investment.projected"
                    />
                  </dd>
                </div>
                <div>
                  <dt>{t.investment.projectedRate}</dt>
                  <dd>
                    <FigureLink
                      figure={inv.projection.projectedRate}
                      label={t.investment.projectedRate}
                      text={formatPercentRate(inv.projection.projectedRate.value, lang)}
                      kind="rate"
                      name="investment.projectedRate"
                    />
                  </dd>
                </div>
              </>
            ) : (
              <div>
                <dt>{t.investment.projected}</dt>
                <dd>{t.investment.noProjection}</dd>
              </div>
            )}
          </dl>
          <h3>{t.investment.curve}</h3>
          <LineChart
            label={t.investment.curveChart(inv.curve.year)}
            summary={inv.curve.current
              .map(
                (p, i) =>
                  `${t.investment.month} ${p.month}: ${formatPercentRate(p.rate, lang)} / ${formatPercentRate(inv.curve.lastYear[i]?.rate ?? null, lang)}`,
              )
              .join('; ')}
            labels={inv.curve.lastYear.map((p) => String(p.month))}
            series={[
              {
                label: t.investment.thisYear(inv.curve.year),
                data: inv.curve.lastYear.map((_, i) => inv.curve.current[i]?.rate ?? null),
              },
              {
                label: t.investment.thisYear(inv.curve.year - 1),
                data: inv.curve.lastYear.map((p) => p.rate),
                dashed: true,
              },
            ]}
            percent
            height={220}
          />
          <p className="visually-hidden">
            {inv.curve.current
              .map((p) => `${t.investment.month} ${p.month}: ${billionsNumber(p.cumulative, lang)}`)
              .join('; ')}
          </p>
        </>
      )}
    </Widget>
  );
}

function RevenueWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const r = d?.revenue;
  return (
    <Widget title={t.revenue.title} help={t.revenue.help} loading={loading} failed={failed}>
      {r && (
        <>
          <p className="muted">
            <Link href={r.href}>{t.revenue.period(r.periodLabel)}</Link>
          </p>
          {r.rows.length === 0 ? (
            <Empty>{t.revenue.empty}</Empty>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t.revenue.title}>
              <table className="details-table dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t.revenue.source}</th>
                    <th scope="col" className="num">
                      {t.revenue.actual}
                    </th>
                    <th scope="col" className="num">
                      {t.revenue.percentCouncil}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows
                    .filter((row) => row.depth <= 1)
                    .map((row) => (
                      <tr key={row.code} className={`colour-${row.colour}`}>
                        <th scope="row" style={{ paddingLeft: `${0.5 + row.depth}rem` }}>
                          {row.name}
                        </th>
                        <td className="num">
                          <FigureLink
                            figure={row.actual}
                            label={`${t.revenue.actual} — ${row.name}`}
                            text={`${formatFigure(row.actual.value, lang, 1)} ${row.unitOfMeasure}`}
                            kind="amount"
                            name={`revenue.actual.${row.code}`}
                          />
                        </td>
                        <td className="num">
                          <FigureLink
                            figure={row.percentOfEstimateCouncil}
                            label={`${t.revenue.percentCouncil} — ${row.name}`}
                            text={formatPercentage(row.percentOfEstimateCouncil.value, lang)}
                            kind="rate"
                            name={`revenue.percentCouncil.${row.code}`}
                          />
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Widget>
  );
}

function ExplanationsWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const e = d?.explanations;
  return (
    <Widget
      title={t.explanations.title}
      help={t.explanations.help}
      loading={loading}
      failed={failed}
    >
      {e && (
        <>
          <dl className="dash-figures">
            <div>
              <dt>{t.explanations.awaiting}</dt>
              <dd>
                <FigureLink
                  figure={e.awaiting}
                  label={t.explanations.awaiting}
                  text={formatCount(e.awaiting.value ?? 0, lang)}
                  kind="count"
                  name="explanations.awaiting"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.explanations.overdue}</dt>
              <dd>
                <FigureLink
                  figure={e.overdue}
                  label={t.explanations.overdue}
                  text={formatCount(e.overdue.value ?? 0, lang)}
                  kind="count"
                  name="explanations.overdue"
                  big
                />
              </dd>
            </div>
          </dl>
          {e.items.length === 0 ? (
            <Empty>{t.explanations.empty}</Empty>
          ) : (
            <ul className="dash-list">
              {e.items.map((x) => (
                <li key={x.id}>
                  <Link href={x.href}>{x.indicator}</Link> — {x.unit}, {x.periodLabel} (
                  <span className={x.overdue ? 'text-danger' : undefined}>
                    {t.explanations.due(formatDate(x.dueOn, lang))}
                  </span>
                  )
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Widget>
  );
}

function UrgingsWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const u = d?.urgings;
  return (
    <Widget title={t.urgings.title} help={t.urgings.help} loading={loading} failed={failed}>
      {u && (
        <dl className="dash-figures">
          <div>
            <dt>{t.urgings.sent}</dt>
            <dd>
              <FigureLink
                figure={u.sent}
                label={t.urgings.sent}
                text={formatCount(u.sent.value ?? 0, lang)}
                kind="count"
                name="urgings.sent"
                big
              />
            </dd>
          </div>
          <div>
            <dt>{t.urgings.unread}</dt>
            <dd>
              <FigureLink
                figure={u.unread}
                label={t.urgings.unread}
                text={formatCount(u.unread.value ?? 0, lang)}
                kind="count"
                name="urgings.unread"
                big
              />
            </dd>
          </div>
        </dl>
      )}
    </Widget>
  );
}

function CitizensWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const c = d?.citizens;
  const r = c?.reception;
  return (
    <Widget
      title={t.citizens.title}
      help={
        <>
          <p>{t.citizens.helpReception}</p>
          <p>{t.citizens.helpCases}</p>
        </>
      }
      loading={loading}
      failed={failed}
    >
      {c && r && (
        <>
          <h3>{t.citizens.compliance}</h3>
          {r.lines.value === 0 ? (
            <Empty>{t.citizens.noLines}</Empty>
          ) : (
            <>
              <p>
                <FigureLink
                  figure={r.rate}
                  label={t.citizens.rate}
                  text={formatPercentage(r.rate.value, lang)}
                  kind="rate"
                  name="citizens.receptionRate"
                  big
                />{' '}
                <FigureLink
                  figure={r.met}
                  label={t.citizens.compliance}
                  text={t.citizens.met(
                    formatCount(r.met.value ?? 0, lang),
                    formatCount(r.lines.value ?? 0, lang),
                  )}
                  kind="rate"
                  name="citizens.receptionMet"
                />
              </p>
              {r.notMet.length > 0 && (
                <>
                  <h4>{t.citizens.notMet}</h4>
                  <ul className="dash-list">
                    {r.notMet.map((l) => (
                      <li key={`${l.leader}-${l.month}`}>
                        {t.citizens.notMetLine(l.leader, l.month, l.days, l.required)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
          <dl className="dash-figures">
            <div>
              <dt>{t.citizens.dueSoon(c.dueSoonDays)}</dt>
              <dd>
                <FigureLink
                  figure={c.casesDueSoon}
                  label={t.citizens.dueSoon(c.dueSoonDays)}
                  text={formatCount(c.casesDueSoon.value ?? 0, lang)}
                  kind="count"
                  name="citizens.casesDueSoon"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.citizens.overdue}</dt>
              <dd>
                <FigureLink
                  figure={c.casesOverdue}
                  label={t.citizens.overdue}
                  text={formatCount(c.casesOverdue.value ?? 0, lang)}
                  kind="count"
                  name="citizens.casesOverdue"
                  big
                />
              </dd>
            </div>
          </dl>
        </>
      )}
    </Widget>
  );
}

function MeetingWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const m = d?.meeting;
  const next = m?.next;
  return (
    <Widget title={t.meeting.title} help={t.meeting.help} loading={loading} failed={failed}>
      {m &&
        (!next ? (
          <Empty>{t.meeting.none}</Empty>
        ) : (
          <>
            <p>
              <Link href={`/hoi-nghi/${next.id}`}>{next.title}</Link>
              <br />
              {t.meeting.when(
                formatDate(next.meetingDate, lang),
                formatLocalTime(next.startsAtLocal),
                next.location,
              )}
              <br />
              <span className="muted">
                {t.meeting.chair(next.chair)} · {t.meeting.status[next.status] ?? next.status}
              </span>
            </p>
            <p>
              {t.meeting.agendaCount}:{' '}
              <FigureLink
                figure={next.agendaCount}
                label={t.meeting.agendaCount}
                text={formatCount(next.agendaCount.value ?? 0, lang)}
                kind="count"
                name="meeting.agendaCount"
              />
            </p>
            {next.agenda.length > 0 && (
              <ol className="dash-list">
                {next.agenda.map((a) => (
                  <li key={a.id}>
                    {a.title}
                    {a.leadUnit && <span className="muted"> — {a.leadUnit}</span>}
                  </li>
                ))}
              </ol>
            )}
          </>
        ))}
    </Widget>
  );
}

function CalendarWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const c = d?.calendar;
  return (
    <Widget title={t.calendar.title} help={t.calendar.help} loading={loading} failed={failed}>
      {c && (
        <>
          <p className="muted">
            {t.calendar.week(formatDate(c.from, lang), formatDate(c.to, lang))}
          </p>
          <dl className="dash-figures">
            <div>
              <dt>{t.calendar.count}</dt>
              <dd>
                <FigureLink
                  figure={c.count}
                  label={t.calendar.count}
                  text={formatCount(c.count.value ?? 0, lang)}
                  kind="count"
                  name="calendar.count"
                  big
                />
              </dd>
            </div>
          </dl>
          {c.events.length === 0 ? (
            <Empty>{t.calendar.empty}</Empty>
          ) : (
            <ul className="dash-list">
              {c.events.slice(0, 10).map((e) => (
                <li key={e.id}>
                  <strong>
                    {formatDate(e.date, lang)} {formatLocalTime(e.startsAtLocal)}
                  </strong>{' '}
                  {e.leader}: {e.title}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Widget>
  );
}
