/**
 * Bảng điều hành của đơn vị: the home page of a sở or a xã. Each figure comes
 * from the server with the address of the list behind it and a short note on
 * the rule and its legal source; `data-ready="true"` marks the page once every
 * figure is in.
 */
import { useDataReady } from '../ui/data-ready';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useUser } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { TASK_STATUSES } from '../../shared/tasks/status';
import { useUnitDashboard, type RoleCounts, type UnitDashboard } from './api';
import { unitDashboardText } from './text';
import './unit-dashboard.css';

export function UnitDashboardPage() {
  const t = useText(unitDashboardText);
  const user = useUser();
  const dashboard = useUnitDashboard();
  const ready = useDataReady(!!dashboard.data);
  const title = t.title(dashboard.data?.unit.name ?? user.unitName ?? '');
  return (
    <div className="unit-dashboard" {...ready}>
      <Page title={title} intro={dashboard.data ? <AsOf date={dashboard.data.asOf} /> : null}>
        {user.unitId === null && !dashboard.data && !dashboard.isLoading ? (
          <p className="notice">{t.noUnit}</p>
        ) : (
          <>
            <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />
            {dashboard.isLoading && <DashboardSkeleton />}
            {dashboard.data && <DashboardBody d={dashboard.data} />}
          </>
        )}
      </Page>
    </div>
  );
}

function AsOf({ date }: { date: string }) {
  const t = useText(unitDashboardText);
  const { lang } = useLang();
  return <p>{t.asOf(formatDate(date, lang))}</p>;
}

function DashboardSkeleton() {
  const ui = useText(unitDashboardText);
  return (
    <div className="dashboard-grid" aria-busy="true">
      <p role="status" className="visually-hidden">
        {ui.tasks}…
      </p>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="dashboard-card" aria-hidden="true">
          <span className="skeleton" style={{ width: '60%' }} />
          <span className="skeleton dashboard-skeleton-number" />
          <span className="skeleton" style={{ width: '80%' }} />
        </div>
      ))}
    </div>
  );
}

/** A note on what a figure counts: its rule and its legal source. */
function Note({ children }: { children: ReactNode }) {
  const t = useText(unitDashboardText);
  return (
    <details className="figure-note">
      <summary>{t.whatIsThis}</summary>
      <p>{children}</p>
    </details>
  );
}

/** A big number linking to its list. */
function BigFigure({ label, count, link }: { label: string; count: number; link: string }) {
  const t = useText(unitDashboardText);
  const { lang } = useLang();
  const n = formatCount(count, lang);
  return (
    <Link href={link} className="big-figure" aria-label={t.openList(label, n)}>
      {n}
    </Link>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="dashboard-card" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function DashboardBody({ d }: { d: UnitDashboard }) {
  const t = useText(unitDashboardText);
  const { lang } = useLang();
  const date = (s: string) => formatDate(s, lang);
  return (
    <>
      <Section title={t.tasks}>
        <div className="dashboard-grid">
          <RoleCard title={t.lead} counts={d.tasks.lead} />
          <RoleCard title={t.coordinate} counts={d.tasks.coordinate} />
        </div>
        <Note>{t.tasksNote}</Note>
      </Section>
      <div className="dashboard-grid">
        <Card title={t.dueThisWeek}>
          <BigFigure label={t.dueThisWeek} count={d.dueThisWeek.count} link={d.dueThisWeek.link} />
          <p className="muted">{t.dueWeek(date(d.week.from), date(d.week.to))}</p>
          {d.dueThisWeek.items.length === 0 ? (
            <p className="empty-state">{t.noDue}</p>
          ) : (
            <ul className="dashboard-list">
              {d.dueThisWeek.items.map((i) => (
                <li key={i.id}>
                  <Link href={i.link}>{i.content}</Link>{' '}
                  <span className={i.status === 'CHT_QUA_HAN' ? 'late' : 'muted'}>
                    {i.deadline ? date(i.deadline) : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Note>{t.dueNote}</Note>
        </Card>
        <Card title={t.approvals}>
          <BigFigure label={t.approvals} count={d.approvals.count} link={d.approvals.link} />
          <p className="muted">{t.approvalsDetail(d.approvals.progress, d.approvals.extension)}</p>
          <Note>{t.approvalsNote}</Note>
        </Card>
        <Card title={t.indicators}>
          <BigFigure
            label={t.indicators}
            count={d.indicators.toEnter.count}
            link={d.indicators.toEnter.link}
          />
          <p className="muted">
            {t.indicatorsOf(d.indicators.periodLabel)}.{' '}
            {t.indicatorsDetail(d.indicators.total.count, d.indicators.awaitingApproval)}
          </p>
          {d.indicators.toEnter.items.length === 0 ? (
            <p className="empty-state">{t.noIndicators}</p>
          ) : (
            <ul className="dashboard-list">
              {d.indicators.toEnter.items.map((i) => (
                <li key={i.id}>
                  <Link href={i.link}>
                    {i.code} — {i.name}
                  </Link>{' '}
                  <span className="muted">{i.period}</span>
                </li>
              ))}
            </ul>
          )}
          <Note>{t.indicatorsNote}</Note>
        </Card>
        <Card title={t.scorecard}>
          {d.scorecard ? (
            <>
              <Link href={d.scorecard.link} className="big-figure">
                {d.scorecard.score === null ? '—' : formatCount(d.scorecard.score, lang)}
                <span className="visually-hidden"> {t.score}</span>
              </Link>
              <p className="muted">{t.scorecardOf(d.scorecard.periodLabel)}</p>
              <p>
                {d.scorecard.rank === null
                  ? t.noRank
                  : t.rank(String(d.scorecard.rank), String(d.scorecard.unitCount))}
                {d.scorecard.level && (
                  <>
                    {' · '}
                    {t.level}: <strong>{d.scorecard.level}</strong>
                  </>
                )}
              </p>
            </>
          ) : (
            <p className="empty-state">{t.noScorecard}</p>
          )}
          <Note>{t.scorecardNote}</Note>
        </Card>
        <Card title={t.explanations}>
          <BigFigure
            label={t.explanations}
            count={d.explanations.count}
            link={d.explanations.link}
          />
          {d.explanations.items.length === 0 ? (
            <p className="empty-state">{t.noExplanations}</p>
          ) : (
            <ul className="dashboard-list">
              {d.explanations.items.map((e) => (
                <li key={e.id}>
                  <Link href={e.link}>{e.indicator}</Link>{' '}
                  <span className={e.overdue ? 'late' : 'muted'}>
                    {e.periodLabel}, {t.dueOn(date(e.dueOn))}
                    {e.overdue ? ` (${t.overdue})` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Note>{t.explanationsNote}</Note>
        </Card>
        <Card title={t.urgings}>
          <BigFigure
            label={`${t.urgings} ${t.unread}`}
            count={d.urgings.unread.count}
            link={d.urgings.unread.link}
          />
          <p className="muted">
            {t.unread}. {t.urgingsDetail(d.urgings.read, d.urgings.total.count)}
          </p>
          <Note>{t.urgingsNote}</Note>
        </Card>
      </div>
    </>
  );
}

function RoleCard({ title, counts }: { title: string; counts: RoleCounts }) {
  const t = useText(unitDashboardText);
  const { lang } = useLang();
  return (
    <section className="dashboard-card" aria-label={title}>
      <h3>{title}</h3>
      <BigFigure
        label={`${title}, ${t.total}`}
        count={counts.total.count}
        link={counts.total.link}
      />
      <ul className="status-counts">
        {TASK_STATUSES.map((s) => (
          <li key={s}>
            <span>{t.statuses[s]}</span>
            <Link
              href={counts.byStatus[s].link}
              aria-label={`${title}, ${t.statuses[s]}: ${counts.byStatus[s].count}`}
            >
              {formatCount(counts.byStatus[s].count, lang)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
