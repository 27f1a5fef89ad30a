/**
 * Bảng điều hành: the province's figures a Chủ tịch and the office open every
 * morning, for a period as of the product's today. Every figure opens the
 * list behind it, filtered; every widget says what its numbers are and where
 * the rule comes from. The root carries `data-ready="true"` once every widget
 * shows its data (a performance measurement waits for it).
 */
import { useDataReady } from '../ui/data-ready';
import type { ReactNode } from 'react';
import { useSearchParams } from 'wouter';
import {
  formatPeriodRef,
  periodLabel,
  periodRange,
  type PeriodRef,
} from '../../shared/periods/periods';
import { ApiError } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField } from '../ui/fields';
import { Page } from '../ui/Page';
import { useLeaderDashboard } from './api';
import { dashboardText } from './text';
import { OverdueWidget, TasksWidget, UrgingsWidget } from './task-widgets';
import { ExplanationsWidget, InvestmentWidget, RevenueWidget } from './finance-widgets';
import { CitizensWidget } from './citizen-widgets';
import { CalendarWidget, MeetingWidget } from './agenda-widgets';
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
