/**
 * Thu ngân sách: budget revenue by source to the report period against the
 * estimates assigned by the central government and by the HĐND tỉnh, and
 * against the same period last year — a bar chart of the sources and the
 * table with every figure.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { parsePeriodRef } from '../../shared/periods/periods';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { BarChart } from '../ui/charts';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useRevenue, type RevenueRow } from './api';
import { AreaTabs } from './AreaTabs';
import { ColourChip } from './ColourChip';
import {
  formatChange,
  formatFigure,
  formatPercentage,
  labelOfPeriod,
  lastEndedMonth,
} from './figures';
import { ReportPeriodPicker } from './ReportPeriodPicker';
import { indicatorsText, type IndicatorsText } from './text';
import './indicators.css';

export function RevenuePage() {
  const t = useText(indicatorsText).revenue;
  const { lang } = useLang();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const ky = params.get('ky');
  const period = ky && parsePeriodRef(ky) ? ky : lastEndedMonth(today);
  const revenue = useRevenue(period);
  const columns = useMemo(() => revenueColumns(indicatorsText[lang], lang, period), [lang, period]);
  const label = labelOfPeriod(period, lang);
  const rows = revenue.data?.rows;
  const total = rows?.find((r) => r.source.depth === 0);
  // The sources not broken down further (a total's bar would dwarf its parts).
  const parents = new Set(rows?.map((r) => r.source.parentId));
  const charted =
    rows?.filter((r) => r.source.depth >= 1 && !parents.has(r.source.indicatorId)) ?? [];
  const sourceName = (r: RevenueRow) => (lang === 'vi' ? r.source.nameVi : r.source.nameEn);
  const unit = total?.unitOfMeasure ?? '';
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>}>
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
        {charted.length > 0 && (
          <BarChart
            label={t.chart(label)}
            summary={
              total
                ? t.chartSummary(
                    `${formatFigure(total.actual, lang)} ${unit}`,
                    formatPercentage(total.percentOfEstimateCentral, lang),
                    formatPercentage(total.percentOfEstimateCouncil, lang),
                    formatChange(total.yoyChange, lang),
                  )
                : undefined
            }
            horizontal
            unit={unit}
            height={Math.max(280, charted.length * 34)}
            labels={charted.map(sourceName)}
            series={[
              {
                label: t.seriesEstimate,
                data: charted.map((r) => r.estimateCouncil ?? r.estimateCentral),
                colour: '#7b8794',
              },
              { label: t.seriesActual, data: charted.map((r) => r.actual), colour: '#1f5fa8' },
            ]}
          />
        )}
        <DataTable
          tableId="revenue-by-source"
          caption={`${t.caption(label)}${unit ? ` (${unit})` : ''}`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.source.indicatorId}
          loading={revenue.isFetching}
          error={revenue.error}
          onRetry={() => void revenue.refetch()}
          emptyText={t.empty}
          exportSpec={{
            fileName: `thu-ngan-sach-${period}.xlsx`,
            sheetName: 'Thu ngân sách',
            fetchRows: () => Promise.resolve(rows ?? []),
          }}
        />
      </Page>
    </>
  );
}

function revenueColumns(
  all: IndicatorsText,
  lang: 'vi' | 'en',
  period: string,
): Column<RevenueRow>[] {
  const t = all.revenue;
  const name = (r: RevenueRow) => (lang === 'vi' ? r.source.nameVi : r.source.nameEn);
  const figure = (n: number | null) => formatFigure(n, lang, 1);
  return [
    {
      id: 'source',
      header: t.source,
      alwaysVisible: true,
      cell: (r) => (
        <span className={`revenue-source revenue-depth-${Math.min(r.source.depth, 3)}`}>
          <Link href={`/chi-tieu-dau-tu/chi-tieu/${r.source.indicatorId}?ky=${period}`}>
            {name(r)}
          </Link>
        </span>
      ),
      value: name,
    },
    {
      id: 'estimateCentral',
      header: t.estimateCentral,
      numeric: true,
      cell: (r) => figure(r.estimateCentral),
      value: (r) => r.estimateCentral,
    },
    {
      id: 'estimateCouncil',
      header: t.estimateCouncil,
      numeric: true,
      cell: (r) => figure(r.estimateCouncil),
      value: (r) => r.estimateCouncil,
    },
    {
      id: 'actual',
      header: t.actual,
      numeric: true,
      cell: (r) => figure(r.actual),
      value: (r) => r.actual,
    },
    {
      id: 'pctCentral',
      header: t.pctCentral,
      numeric: true,
      cell: (r) => formatPercentage(r.percentOfEstimateCentral, lang),
      value: (r) => r.percentOfEstimateCentral,
    },
    {
      id: 'pctCouncil',
      header: t.pctCouncil,
      numeric: true,
      cell: (r) => formatPercentage(r.percentOfEstimateCouncil, lang),
      value: (r) => r.percentOfEstimateCouncil,
    },
    {
      id: 'lastYear',
      header: t.lastYear,
      numeric: true,
      defaultHidden: true,
      cell: (r) => figure(r.lastYearActual),
      value: (r) => r.lastYearActual,
    },
    {
      id: 'yoy',
      header: t.yoy,
      numeric: true,
      cell: (r) => <span className="nowrap">{formatChange(r.yoyChange, lang)}</span>,
      value: (r) => r.yoyChange,
    },
    {
      id: 'colour',
      header: t.colour,
      cell: (r) => <ColourChip colour={r.colour} />,
      value: (r) => all.colour[r.colour],
    },
  ];
}
