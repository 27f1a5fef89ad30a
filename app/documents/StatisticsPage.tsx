/**
 * Thống kê văn bản ban hành: what an authority issued in a period, by the
 * categories of the summary report (QPPL decisions, directives, individual
 * decisions, plans, submissions, other). The choice lives in the address:
 * `?period=2023-H1&basis=nd09` or `?from=…&to=…`, with `issuer`.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'wouter';
import {
  formatPeriodRef,
  parsePeriodRef,
  periodContaining,
  periodRange,
  type PeriodRef,
} from '../../shared/periods/periods';
import { addDays } from '../../shared/dates/local-date';
import { api } from '../platform/api-client';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { choiceRange, PeriodPicker, type PeriodChoice } from '../ui/PeriodPicker';
import type { DocumentStatistics } from './api';
import { documentsText } from './text';

const CATEGORIES = [
  'qpplDecisions',
  'directives',
  'individualDecisions',
  'plans',
  'submissions',
  'other',
] as const;

/** One line of the statistics: a category of the summary report, or the total. */
interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** The last half-year whose ND 09 window has closed by `today` (the one a report covers). */
function lastClosedHalf(today: string): PeriodRef {
  const current = periodContaining(today, 'half', 'nd09');
  const range = periodRange(current, 'nd09');
  if (range.to < today) return current;
  return periodContaining(addDays(range.from, -1), 'half', 'nd09');
}

function choiceFromParams(params: URLSearchParams, today: string): PeriodChoice {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) return { mode: 'range', from, to };
  const ref = parsePeriodRef(params.get('period') ?? '');
  const basis = params.get('basis') === 'calendar' ? 'calendar' : 'nd09';
  return { mode: 'period', ref: ref ?? lastClosedHalf(today), basis };
}

function choiceToParams(c: PeriodChoice, issuer: string): Record<string, string> {
  const out: Record<string, string> =
    c.mode === 'period'
      ? { period: formatPeriodRef(c.ref), basis: c.basis }
      : { from: c.from, to: c.to };
  if (issuer) out.issuer = issuer;
  return out;
}

export function StatisticsPage() {
  const today = useToday();
  const t = useText(documentsText).stats;
  if (!today) return <Page title={t.title}>{null}</Page>;
  return <StatisticsView today={today} />;
}

function StatisticsView({ today }: { today: string }) {
  const { lang } = useLang();
  const t = useText(documentsText).stats;
  const [params, setParams] = useSearchParams();
  const applied = choiceFromParams(params, today);
  const issuer = params.get('issuer') ?? '';
  const [choice, setChoice] = useState<PeriodChoice>(applied);
  const [issuerChoice, setIssuerChoice] = useState(issuer);
  const range = choiceRange(applied);
  const stats = useQuery({
    queryKey: ['documents', 'statistics', range, issuer],
    queryFn: ({ signal }) =>
      api.get<DocumentStatistics>(
        '/api/v1/documents/statistics',
        { from: range.from, to: range.to, issuer },
        signal,
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(choiceToParams(choice, issuerChoice));
  };
  const s = stats.data;
  const columns: Column<CountRow>[] = [
    {
      id: 'category',
      header: t.category,
      alwaysVisible: true,
      rowHeader: true,
      cell: (r) => r.label,
      value: (r) => r.label,
    },
    {
      id: 'count',
      header: t.count,
      alwaysVisible: true,
      numeric: true,
      sortable: true,
      cell: (r) => formatCount(r.count, lang),
      value: (r) => r.count,
    },
  ];
  return (
    <Page title={t.title}>
      <form className="form" onSubmit={submit}>
        <UnitSelect
          label={t.issuer}
          name="issuer"
          asOf={range.to || today}
          kinds={['provincial_committee', 'agency', 'district_committee']}
          kindLabels={organisationText[lang].kind}
          emptyLabel={t.defaultIssuer}
          value={issuerChoice}
          onChange={setIssuerChoice}
        />
        <PeriodPicker value={choice} onChange={setChoice} text={t} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.show}
          </button>
        </div>
      </form>
      <DataTable
        tableId="document-statistics"
        caption={
          s ? t.caption(s.issuer.name, formatDate(s.from, lang), formatDate(s.to, lang)) : t.title
        }
        showCaption
        localSort
        tableClassName="stats-table"
        columns={columns}
        rows={s ? CATEGORIES.map((c) => ({ key: c, label: t[c], count: s[c] })) : undefined}
        footerRows={s ? [{ key: 'total', label: t.total, count: s.total }] : undefined}
        rowKey={(r) => r.key}
        loading={stats.isFetching}
        error={stats.error}
        onRetry={() => void stats.refetch()}
        exportSpec={{ fileName: 'thong-ke-van-ban', sheetName: t.title }}
      />
    </Page>
  );
}
