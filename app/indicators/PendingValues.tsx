/**
 * Số liệu chờ duyệt: the figures of the leader's unit waiting for their
 * decision (`GET /indicator-values?status=pending`, limited to their scope
 * by the server), each with Duyệt / Từ chối.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { usePendingValues, type TableRow, type ValueView } from './api';
import { DecisionButtons } from './DecisionButtons';
import { formatFigure, labelOfPeriod } from './figures';
import { indicatorsText } from './text';

export function PendingValues({ rows }: { rows: readonly TableRow[] }) {
  const t = useText(indicatorsText).pending;
  const { lang } = useLang();
  const pending = usePendingValues(true);
  const names = new Map(
    rows.map((r) => [r.indicator.id, lang === 'vi' ? r.indicator.nameVi : r.indicator.nameEn]),
  );
  const units = new Map(rows.map((r) => [r.indicator.id, r.indicator.unitOfMeasure]));
  const [notice, setNotice] = useState<string | null>(null);
  const nameOf = (v: ValueView) => names.get(v.indicatorId) ?? `#${v.indicatorId}`;
  const valueOf = (v: ValueView) =>
    `${formatFigure(v.value, lang)} ${units.get(v.indicatorId) ?? ''}`.trim();
  const columns: Column<ValueView>[] = [
    {
      id: 'indicator',
      header: t.indicator,
      alwaysVisible: true,
      sortable: true,
      cell: (v) => <Link href={`/chi-tieu-dau-tu/chi-tieu/${v.indicatorId}`}>{nameOf(v)}</Link>,
      value: nameOf,
    },
    {
      id: 'period',
      header: t.period,
      sortable: true,
      cell: (v) => labelOfPeriod(v.period, lang),
      value: (v) => v.period,
    },
    { id: 'value', header: t.value, numeric: true, cell: valueOf, value: valueOf },
    {
      id: 'enteredBy',
      header: t.enteredBy,
      sortable: true,
      cell: (v) => v.enteredBy,
      value: (v) => v.enteredBy,
    },
    {
      id: 'enteredOn',
      header: t.enteredOn,
      sortable: true,
      cell: (v) => formatDate(v.enteredOn, lang),
      value: (v) => v.enteredOn,
    },
    {
      id: 'actions',
      header: t.actions,
      alwaysVisible: true,
      noExport: true,
      cell: (v) => <DecisionButtons value={v} name={nameOf(v)} onDone={setNotice} />,
      value: () => null,
    },
  ];
  return (
    <Section title={t.title}>
      <p className="field-hint">{t.intro}</p>
      {notice && <StatusNotice>{notice}</StatusNotice>}
      <DataTable
        tableId="indicator-pending"
        caption={t.caption}
        localSort
        columns={columns}
        rows={pending.data}
        rowKey={(v) => v.id}
        loading={pending.isFetching}
        error={pending.error}
        onRetry={() => void pending.refetch()}
        emptyText={t.empty}
        exportSpec={{ fileName: 'so-lieu-cho-duyet', sheetName: t.caption }}
      />
    </Section>
  );
}
