/**
 * Chỉ tiêu: the indicator table of a report period (default the last month
 * ended at the product's today) — target, the period's figure, cumulative,
 * % of target, change against last year, the colour in words and a
 * sparkline of the year — filtered by colour, each linking to its page; and
 * for a unit leader the figures waiting for their decision.
 */
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { parsePeriodRef } from '../../shared/periods/periods';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { Sparkline } from '../ui/charts';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { COLOURS, useIndicatorTable, type Colour, type TableRow } from './api';
import { AreaTabs } from './AreaTabs';
import { ColourChip } from './ColourChip';
import {
  formatChange,
  formatFigure,
  formatPercentage,
  labelOfPeriod,
  lastEndedMonth,
} from './figures';
import { PendingValues } from './PendingValues';
import { ReportPeriodPicker } from './ReportPeriodPicker';
import { indicatorsText, type IndicatorsText } from './text';
import './indicators.css';

export function IndicatorsPage() {
  const t = useText(indicatorsText);
  const { lang } = useLang();
  const today = useToday();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const period = parseKy(params.get('ky')) ?? lastEndedMonth(today);
  const [colours, setColours] = useState<Colour[]>([]);
  const [sort, setSort] = useState<SortState | undefined>(undefined);
  const table = useIndicatorTable(period);
  const columns = useMemo(() => tableColumns(indicatorsText[lang], lang, period), [lang, period]);
  const allRows = table.data?.rows;
  const shown = useMemo(() => {
    const filtered = allRows?.filter((r) => colours.length === 0 || colours.includes(r.colour));
    return filtered ? sortRows(filtered, columns, sort) : undefined;
  }, [allRows, colours, columns, sort]);
  const label = labelOfPeriod(period, lang);
  const toggle = (c: Colour) =>
    setColours((prev) => (prev.includes(c) ? prev.filter((x) => x !== c) : [...prev, c]));
  return (
    <>
      <AreaTabs />
      <Page title={t.table.title} intro={<p>{t.table.intro}</p>}>
        <ReportPeriodPicker
          value={period}
          today={today}
          onChange={(next) =>
            setParams((p) => {
              p.set('ky', next);
              return p;
            })
          }
        />
        <fieldset className="chip-filter colour-filter">
          <legend className="chip-filter-label">{t.table.filter}</legend>
          <p className="field-hint">{t.table.filterHint}</p>
          <ul className="chip-filter-list">
            {COLOURS.map((c) => (
              <li key={c}>
                <button
                  type="button"
                  className="chip-toggle"
                  aria-pressed={colours.includes(c)}
                  onClick={() => toggle(c)}
                >
                  <ColourChip colour={c} /> <span>({table.data?.counts[c] ?? 0})</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        {shown && allRows && (
          <p className="table-count" role="status">
            {t.table.counts(shown.length, allRows.length)}
          </p>
        )}
        <DataTable
          tableId="indicators"
          caption={t.table.caption(label)}
          columns={columns}
          rows={shown}
          rowKey={(r) => r.indicator.id}
          loading={table.isFetching}
          error={table.error}
          onRetry={() => void table.refetch()}
          sort={sort}
          onSortChange={setSort}
          emptyText={t.table.empty}
          exportSpec={{
            fileName: `chi-tieu-${period}.xlsx`,
            sheetName: 'Chỉ tiêu',
            fetchRows: () => Promise.resolve(shown ?? []),
          }}
        />
        {canDo(user.role, 'indicators.approve') && <PendingValues rows={allRows ?? []} />}
      </Page>
    </>
  );
}

/** `?ky=2023-06` when it is a period. */
function parseKy(ky: string | null): string | null {
  return ky && parsePeriodRef(ky) ? ky : null;
}

/** The figure of the row's own period (the last point of its sparkline at that period). */
function periodValue(r: TableRow): number | null {
  return r.sparkline.find((p) => p.period === r.period)?.value ?? null;
}

function tableColumns(t: IndicatorsText, lang: 'vi' | 'en', period: string): Column<TableRow>[] {
  const name = (r: TableRow) => (lang === 'vi' ? r.indicator.nameVi : r.indicator.nameEn);
  return [
    {
      id: 'indicator',
      header: t.table.indicator,
      alwaysVisible: true,
      sortable: true,
      cell: (r) => (
        <span
          className={r.indicator.parentId ? 'indicator-name indicator-child' : 'indicator-name'}
        >
          <Link href={`/chi-tieu-dau-tu/chi-tieu/${r.indicator.id}?ky=${period}`}>{name(r)}</Link>
          <span className="indicator-code">{r.indicator.code}</span>
        </span>
      ),
      value: name,
    },
    {
      id: 'unitOfMeasure',
      header: t.table.unitOfMeasure,
      cell: (r) => r.indicator.unitOfMeasure,
      value: (r) => r.indicator.unitOfMeasure,
    },
    {
      id: 'target',
      header: t.table.target,
      numeric: true,
      sortable: true,
      cell: (r) =>
        r.target === null ? (
          '—'
        ) : (
          <span title={t.targetKind[r.targetKind]}>{formatFigure(r.target, lang)}</span>
        ),
      value: (r) => r.target,
    },
    {
      id: 'period',
      header: t.table.period,
      defaultHidden: true,
      cell: (r) => (r.period ? labelOfPeriod(r.period, lang) : '—'),
      value: (r) => r.period,
    },
    {
      id: 'periodValue',
      header: t.table.periodValue,
      numeric: true,
      cell: (r) => formatFigure(periodValue(r), lang),
      value: periodValue,
    },
    {
      id: 'cumulative',
      header: t.table.cumulative,
      numeric: true,
      sortable: true,
      cell: (r) => (
        <>
          {formatFigure(r.cumulative, lang)}
          {r.includesEstimate && <span className="figure-note"> ({t.table.estimate})</span>}
        </>
      ),
      value: (r) => r.cumulative,
    },
    {
      id: 'percentOfTarget',
      header: t.table.percentOfTarget,
      numeric: true,
      sortable: true,
      cell: (r) => formatPercentage(r.percentOfTarget, lang),
      value: (r) => r.percentOfTarget,
    },
    {
      id: 'yoy',
      header: t.table.yoy,
      numeric: true,
      sortable: true,
      cell: (r) => <span className="nowrap">{formatChange(r.yoyChange, lang)}</span>,
      value: (r) => r.yoyChange,
    },
    {
      id: 'colour',
      header: t.table.colour,
      sortable: true,
      cell: (r) => <ColourChip colour={r.colour} />,
      value: (r) => t.colour[r.colour],
    },
    {
      id: 'trend',
      header: t.table.trend,
      noExport: true,
      cell: (r) => {
        const points = r.sparkline.filter((p) => p.value !== null);
        if (points.length < 2) return '—';
        const words = points
          .map((p) => `${labelOfPeriod(p.period, lang)} ${formatFigure(p.value, lang)}`)
          .join('; ');
        return (
          <Sparkline
            values={r.sparkline.map((p) => p.value)}
            label={t.table.trendLabel(name(r), words)}
          />
        );
      },
      value: () => null,
    },
    {
      id: 'status',
      header: t.table.status,
      cell: (r) => statusWords(r, t) || '—',
      value: (r) => statusWords(r, t),
    },
  ];
}

function statusWords(r: TableRow, t: IndicatorsText): string {
  return [
    r.pendingCount > 0 ? t.table.pending(r.pendingCount) : '',
    r.openExplanation ? (t.table.explanation[r.openExplanation.status] ?? '') : '',
  ]
    .filter(Boolean)
    .join('; ');
}
