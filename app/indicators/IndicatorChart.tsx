/**
 * The detail chart: this year's cumulative figure against last year's and
 * against the target pro-rated through the year, with its figures also as a
 * table (the chart's text alternative in full).
 */
import { useId } from 'react';
import { useLang, useText } from '../platform/i18n';
import { LineChart } from '../ui/charts';
import type { IndicatorView, TableRow, ValueView } from './api';
import {
  countingValues,
  detailCurves,
  formatFigure,
  formatPercentage,
  labelOfPeriod,
} from './figures';
import { indicatorsText } from './text';

export function IndicatorChart({
  indicator,
  row,
  year,
  values,
  lastYearValues,
}: {
  indicator: IndicatorView;
  row: TableRow | undefined;
  year: number;
  values: readonly ValueView[];
  lastYearValues: readonly ValueView[];
}) {
  const t = useText(indicatorsText).detail;
  const { lang } = useLang();
  const tableId = useId();
  const curves = detailCurves({
    frequency: indicator.frequency,
    aggregation: indicator.aggregation,
    direction: indicator.direction,
    year,
    thisYear: countingValues(values),
    lastYear: countingValues(lastYearValues),
    annualTarget: row?.target ?? null,
  });
  const labels = curves.periods.map((p) => labelOfPeriod(p, lang));
  const unit = indicator.unitOfMeasure;
  const series = [
    { label: t.seriesThisYear(year), data: curves.thisYear },
    { label: t.seriesLastYear(year - 1), data: curves.lastYear, dashed: true },
    { label: t.seriesTarget, data: curves.target, dashed: true, colour: '#d9822b' },
  ];
  const summary = row?.periodLabel
    ? t.chartSummary(
        row.period ? labelOfPeriod(row.period, lang) : '',
        `${formatFigure(row.cumulative, lang)} ${unit}`,
        formatPercentage(row.percentOfTarget, lang),
        `${formatFigure(row.lastYearCumulative, lang)} ${unit}`,
      )
    : '';
  return (
    <>
      <LineChart
        label={t.chart}
        summary={summary}
        labels={labels}
        series={series}
        unit={unit}
        height={280}
      />
      {/*
        The chart's text alternative: the same figures as the curves, behind a
        disclosure, so it stays a plain table (caption, column and row headers)
        rather than the shared data table; the values table below is the one
        to sort and export.
      */}
      <details className="chart-figures">
        <summary>{t.chartTable}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={tableId}>
          <table className="data-table">
            <caption id={tableId}>
              {t.chart} ({unit})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.periodColumn}</th>
                {series.map((s) => (
                  <th scope="col" className="numeric" key={s.label + String(s.dashed)}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {series.map((s) => (
                    <td className="numeric" key={s.label + String(s.dashed)}>
                      {formatFigure(s.data[i] ?? null, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
