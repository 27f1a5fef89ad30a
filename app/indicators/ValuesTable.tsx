/**
 * Số liệu các kỳ: every entry of the year with its provenance (entered here,
 * Excel file, another system), the estimate flag, the revision and what
 * became of it; the unit leader decides the waiting ones here too.
 */
import { useState } from 'react';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { ValueView } from './api';
import { DecisionButtons } from './DecisionButtons';
import { formatFigure, labelOfPeriod } from './figures';
import { indicatorsText } from './text';

export function ValuesTable({
  values,
  year,
  name,
  unit,
  canApprove,
  error,
  onRetry,
  loading,
}: {
  values: readonly ValueView[] | undefined;
  year: number;
  name: string;
  unit: string;
  canApprove: boolean;
  error: unknown;
  onRetry: () => void;
  loading: boolean;
}) {
  const t = useText(indicatorsText);
  const { lang } = useLang();
  const [notice, setNotice] = useState<string | null>(null);
  const rows = [...(values ?? [])].sort((a, b) =>
    a.period === b.period ? b.revision - a.revision : a.period < b.period ? 1 : -1,
  );
  const revisionOf = new Map(rows.map((v) => [v.id, v.revision]));
  const v = t.values;
  const caption = v.caption(year);
  const decidedOf = (r: ValueView) =>
    r.decidedBy ? `${r.decidedBy}${r.decidedAt ? `, ${formatDate(r.decidedAt, lang)}` : ''}` : '—';
  const noteOf = (r: ValueView) => [r.note, r.decisionNote].filter(Boolean).join(' — ') || '—';
  const replacedOf = (r: ValueView) =>
    r.supersededById !== null ? revisionOf.get(r.supersededById) : undefined;
  const statusOf = (r: ValueView) => {
    const replacedBy = replacedOf(r);
    return `${t.valueStatus[r.status]}${replacedBy !== undefined ? ` (${v.supersededBy(replacedBy)})` : ''}`;
  };
  const columns: Column<ValueView>[] = [
    {
      id: 'period',
      header: v.period,
      alwaysVisible: true,
      sortable: true,
      cell: (r) => labelOfPeriod(r.period, lang),
      value: (r) => r.period,
    },
    {
      id: 'value',
      header: `${v.value} (${unit})`,
      numeric: true,
      alwaysVisible: true,
      sortable: true,
      cell: (r) => (
        <>
          {formatFigure(r.value, lang, 4)}
          {r.numerator !== null && r.denominator !== null && (
            <span className="figure-note">
              {' '}
              ({formatFigure(r.numerator, lang)}/{formatFigure(r.denominator, lang)})
            </span>
          )}
        </>
      ),
      value: (r) => r.value,
    },
    {
      id: 'estimate',
      header: v.estimate,
      sortable: true,
      cell: (r) => (r.estimate ? v.estimateYes : '—'),
      value: (r) => (r.estimate ? v.estimateYes : ''),
    },
    {
      id: 'revision',
      header: v.revision,
      numeric: true,
      sortable: true,
      cell: (r) => r.revision,
      value: (r) => r.revision,
    },
    {
      id: 'status',
      header: v.status,
      sortable: true,
      cell: (r) => {
        const replacedBy = replacedOf(r);
        return (
          <>
            {t.valueStatus[r.status]}
            {replacedBy !== undefined && (
              <span className="figure-note"> ({v.supersededBy(replacedBy)})</span>
            )}
          </>
        );
      },
      value: statusOf,
    },
    {
      id: 'source',
      header: v.source,
      sortable: true,
      cell: (r) => (
        <>
          {t.valueSource[r.source]}
          {r.sourceRef && <span className="figure-note"> ({r.sourceRef})</span>}
        </>
      ),
      value: (r) => `${t.valueSource[r.source]}${r.sourceRef ? ` (${r.sourceRef})` : ''}`,
    },
    {
      id: 'enteredBy',
      header: v.enteredBy,
      sortable: true,
      cell: (r) => `${r.enteredBy}, ${formatDate(r.enteredOn, lang)}`,
      value: (r) => `${r.enteredBy}, ${formatDate(r.enteredOn, lang)}`,
    },
    { id: 'decidedBy', header: v.decidedBy, sortable: true, cell: decidedOf, value: decidedOf },
    { id: 'note', header: v.note, cell: noteOf, value: noteOf },
    ...(canApprove
      ? [
          {
            id: 'actions',
            header: v.actions,
            alwaysVisible: true,
            noExport: true,
            cell: (r: ValueView) =>
              r.status === 'pending' && (
                <DecisionButtons value={r} name={name} onDone={setNotice} />
              ),
            value: () => null,
          },
        ]
      : []),
  ];
  return (
    <Section title={v.title}>
      <p className="field-hint">{v.intro}</p>
      {notice && <StatusNotice>{notice}</StatusNotice>}
      <DataTable
        tableId="indicator-values"
        caption={caption}
        localSort
        columns={columns}
        rows={values ? rows : undefined}
        rowKey={(r) => r.id}
        rowClassName={(r) => (r.status === 'approved' ? undefined : 'row-muted')}
        loading={loading}
        error={error}
        onRetry={onRetry}
        emptyText={v.empty}
        exportSpec={{ fileName: `so-lieu-${name}-${year}`, sheetName: caption }}
      />
    </Section>
  );
}
