/**
 * The leader dashboard's task widgets: tasks by VPCP status and their trend, the overdue ones by
 * lead unit, the urgings sent.
 */
import { Link } from 'wouter';
import { formatCount, formatDate, formatRate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { LineChart } from '../ui/charts';
import { taskLabels, TASK_STATUSES } from '../tasks/labels';
import { type LeaderDashboard } from './api';
import { dashboardText } from './text';
import { Empty, FigureLink, Widget, type WidgetProps } from './widgets';

export function TasksWidget({ d, loading, failed }: WidgetProps) {
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

export function OverdueWidget({ d, loading, failed }: WidgetProps) {
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

export function UrgingsWidget({ d, loading, failed }: WidgetProps) {
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
