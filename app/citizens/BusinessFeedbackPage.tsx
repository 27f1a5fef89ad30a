/**
 * Phản ánh của doanh nghiệp: statistics by field and by lead unit (resolved
 * on time, late, overdue, within the limit) and the feedback itself with its
 * forwarding and resolution clocks.
 */
import { useMemo } from 'react';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { AreaTabs } from './AreaTabs';
import {
  useBusinessFeedback,
  useFeedbackStats,
  type BusinessFeedback,
  type FeedbackCounts,
} from './api';
import { citizensText } from './text';
import { TimelinessChip } from './TimelinessChip';

type Lang = 'vi' | 'en';

function countColumns<Row extends FeedbackCounts>(lang: Lang): Column<Row>[] {
  const b = citizensText[lang].business;
  const n = (id: string, header: string, get: (r: Row) => number): Column<Row> => ({
    id,
    header,
    numeric: true,
    cell: (r) => formatCount(get(r), lang),
    value: get,
  });
  return [
    n('total', b.total, (r) => r.total),
    n('resolved', b.resolved, (r) => r.resolved),
    n('onTime', b.onTime, (r) => r.resolution.onTime),
    n('late', b.late, (r) => r.resolution.late),
    n('overdue', b.overdue, (r) => r.resolution.overdue),
    n('inProgress', b.inProgress, (r) => r.resolution.inProgress),
  ];
}

export function BusinessFeedbackPage() {
  const t = useText(citizensText).business;
  const { lang } = useLang();
  const stats = useFeedbackStats();
  const list = useBusinessFeedback();
  type FieldRow = { code: string; label: string } & FeedbackCounts;
  type UnitRow = { unit: { id: number; name: string } | null } & FeedbackCounts;
  const fieldColumns = useMemo<Column<FieldRow>[]>(
    () => [
      {
        id: 'field',
        header: citizensText[lang].business.field,
        alwaysVisible: true,
        cell: (r) => r.label,
        value: (r) => r.label,
      },
      ...countColumns<FieldRow>(lang),
    ],
    [lang],
  );
  const unitColumns = useMemo<Column<UnitRow>[]>(() => {
    const b = citizensText[lang].business;
    return [
      {
        id: 'unit',
        header: b.unit,
        alwaysVisible: true,
        cell: (r) => r.unit?.name ?? b.notForwarded,
        value: (r) => r.unit?.name ?? b.notForwarded,
      },
      ...countColumns<UnitRow>(lang),
    ];
  }, [lang]);
  const columns = useMemo<Column<BusinessFeedback>[]>(() => {
    const s = citizensText[lang];
    const b = s.business;
    return [
      {
        id: 'receivedOn',
        header: b.receivedOn,
        cell: (f) => <span className="nowrap">{formatDate(f.receivedOn, lang)}</span>,
        value: (f) => f.receivedOn,
      },
      {
        id: 'enterprise',
        header: b.enterprise,
        alwaysVisible: true,
        cell: (f) => f.enterprise.name,
        value: (f) => f.enterprise.name,
      },
      {
        id: 'taxCode',
        header: b.taxCode,
        defaultHidden: true,
        cell: (f) => f.enterprise.taxCode,
        value: (f) => f.enterprise.taxCode,
      },
      {
        id: 'issue',
        header: b.issue,
        cell: (f) => <span className="summary-cell">{f.issue}</span>,
        value: (f) => f.issue,
      },
      { id: 'field', header: b.field, cell: (f) => f.field.label, value: (f) => f.field.label },
      {
        id: 'unit',
        header: b.unit,
        cell: (f) => f.leadUnit?.name ?? b.notForwarded,
        value: (f) => f.leadUnit?.name ?? b.notForwarded,
      },
      {
        id: 'status',
        header: b.status,
        cell: (f) => b.statuses[f.status],
        value: (f) => b.statuses[f.status],
      },
      {
        id: 'forwardDue',
        header: b.forwardDue,
        defaultHidden: true,
        cell: (f) => <span className="nowrap">{formatDate(f.forwarding.due, lang)}</span>,
        value: (f) => f.forwarding.due,
      },
      {
        id: 'resolutionDue',
        header: b.resolutionDue,
        cell: (f) => <span className="nowrap">{formatDate(f.resolution.due, lang)}</span>,
        value: (f) => f.resolution.due,
      },
      {
        id: 'timeliness',
        header: b.timeliness,
        cell: (f) => <TimelinessChip value={f.resolution.timeliness} />,
        value: (f) => s.timeliness[f.resolution.timeliness],
      },
    ];
  }, [lang]);
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>}>
        <Section title={t.byField}>
          <DataTable
            tableId="business-by-field"
            caption={t.byFieldCaption}
            columns={fieldColumns}
            rows={stats.data?.byField.filter((r) => r.total > 0)}
            rowKey={(r) => r.code}
            loading={stats.isFetching}
            error={stats.error}
            onRetry={() => void stats.refetch()}
          />
        </Section>
        <Section title={t.byUnit}>
          <DataTable
            tableId="business-by-unit"
            caption={t.byUnitCaption}
            columns={unitColumns}
            rows={stats.data?.byUnit}
            rowKey={(r) => r.unit?.id ?? 0}
            loading={stats.isFetching}
            error={stats.error}
            onRetry={() => void stats.refetch()}
          />
        </Section>
        <Section title={t.list}>
          <DataTable
            tableId="business-feedback"
            caption={t.listCaption}
            columns={columns}
            rows={list.data}
            rowKey={(f) => f.id}
            loading={list.isFetching}
            error={list.error}
            onRetry={() => void list.refetch()}
            emptyText={t.empty}
            exportSpec={{
              fileName: t.exportFile,
              sheetName: t.list.slice(0, 31),
              fetchRows: () => Promise.resolve(list.data ?? []),
            }}
          />
        </Section>
      </Page>
    </>
  );
}
