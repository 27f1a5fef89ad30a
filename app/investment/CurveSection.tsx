/** The monthly cumulative curve of the year against last year's (to 31/01 of the next year). */
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { LineChart } from '../ui/charts';
import { Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { CurvePoint, Dashboard, PlanBasis } from './api';
import { billionsNumber, chartRate, formatPercentRate } from './figures';
import { investmentText } from './text';

const MONTHS = Array.from({ length: 13 }, (_, i) => i + 1);

const rateOf = (p: CurvePoint | undefined, basis: PlanBasis) =>
  p ? (basis === 'pm' ? p.ratePm : p.rateLocal) : null;

export function CurveSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText).curve;
  const { lang } = useLang();
  const { current, lastYear } = d.curve;
  const basis = d.denominator;
  const now = new Map(current.points.map((p) => [p.month, p]));
  const before = new Map(lastYear.points.map((p) => [p.month, p]));
  const latest = current.points.at(-1);
  const sameTime = latest ? before.get(latest.month) : undefined;
  const basisName = useText(investmentText).dashboard.basis[basis];
  const monthOf = (m: number) => {
    const a = now.get(m);
    return `${t.monthRow(m)}${a && !a.complete ? ` (${t.partial(formatDate(a.through, lang))})` : ''}`;
  };
  const yearColumns = (year: number, points: Map<number, CurvePoint>): Column<number>[] => [
    {
      id: `cumulative-${year}`,
      header: t.cumulative(year),
      numeric: true,
      cell: (m) => {
        const p = points.get(m);
        return p ? billionsNumber(p.cumulative, lang) : '—';
      },
      value: (m) => {
        const p = points.get(m);
        return p ? p.cumulative / 1e9 : null;
      },
    },
    {
      id: `rate-${year}`,
      header: t.rate(year),
      numeric: true,
      cell: (m) => formatPercentRate(rateOf(points.get(m), basis), lang),
      value: (m) => {
        const r = rateOf(points.get(m), basis);
        return r === null ? null : Math.round(r * 100) / 100;
      },
    },
  ];
  // The months stay in their order: the table is the curve's figures, month by month.
  const columns: Column<number>[] = [
    {
      id: 'month',
      header: t.monthCol,
      alwaysVisible: true,
      rowHeader: true,
      cell: monthOf,
      value: monthOf,
    },
    ...yearColumns(current.year, now),
    ...yearColumns(lastYear.year, before),
  ];
  return (
    <Section title={t.title}>
      <LineChart
        label={t.chart(current.year, lastYear.year)}
        summary={
          latest
            ? t.summary(
                formatPercentRate(rateOf(latest, basis), lang),
                formatPercentRate(rateOf(sameTime, basis), lang),
                t.monthLong(latest.month, current.year),
              )
            : undefined
        }
        labels={MONTHS.map((m) => t.month(m, current.year))}
        percent
        series={[
          {
            label: t.series(current.year),
            data: MONTHS.map((m) => chartRate(rateOf(now.get(m), basis))),
          },
          {
            label: t.series(lastYear.year),
            data: MONTHS.map((m) => chartRate(rateOf(before.get(m), basis))),
            dashed: true,
          },
        ]}
      />
      <DataTable
        tableId="investment-curve"
        caption={t.caption(basisName)}
        showCaption
        tableClassName="figures-table"
        columns={columns}
        rows={MONTHS}
        rowKey={(m) => m}
        exportSpec={{ fileName: `giai-ngan-luy-ke-theo-thang-${d.at}`, sheetName: t.title }}
      />
    </Section>
  );
}
