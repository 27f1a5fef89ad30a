/**
 * The year-end projection (cumulative to month m ÷ the mean share of the
 * previous 3 years) and the monthly pace needed to reach the target by 31/01
 * of the next year (Luật Đầu tư công 2019 Điều 68).
 */
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { Dashboard } from './api';
import { billionsNumber, formatBillions, formatPercentRate } from './figures';
import { investmentText, lowerFirst } from './text';

type History = NonNullable<Dashboard['projection']>['history'][number];

export function ProjectionSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText);
  const p = t.projection;
  const { lang } = useLang();
  const proj = d.projection;
  const pace = d.pace;
  const month = proj ? t.curve.monthLong(proj.basisMonth, d.year) : '';
  const historyColumns: Column<History>[] = [
    {
      id: 'year',
      header: p.year,
      alwaysVisible: true,
      rowHeader: true,
      sortable: true,
      cell: (h) => h.year,
      value: (h) => h.year,
    },
    {
      id: 'toMonth',
      header: proj ? p.toMonth(lowerFirst(t.curve.monthRow(proj.basisMonth))) : '',
      numeric: true,
      sortable: true,
      cell: (h) => billionsNumber(h.cumulativeToMonth, lang),
      value: (h) => h.cumulativeToMonth / 1e9,
    },
    {
      id: 'final',
      header: p.final,
      numeric: true,
      sortable: true,
      cell: (h) => billionsNumber(h.finalAmount, lang),
      value: (h) => h.finalAmount / 1e9,
    },
    {
      id: 'share',
      header: p.share,
      numeric: true,
      sortable: true,
      cell: (h) => formatPercentRate(h.share === null ? null : h.share * 100, lang),
      value: (h) => (h.share === null ? null : Math.round(h.share * 10000) / 100),
    },
  ];
  return (
    <Section title={p.title}>
      <div className="projection">
        <div>
          {proj ? (
            <>
              <p>{p.intro(month)}</p>
              <dl className="figure-list">
                <div>
                  <dt>{p.projected}</dt>
                  <dd>{formatBillions(proj.projected, lang)}</dd>
                </div>
                <div>
                  <dt>
                    {p.projectedRates} ({t.dashboard.basisShort.pm})
                  </dt>
                  <dd>{formatPercentRate(proj.projectedRatePm, lang)}</dd>
                </div>
                <div>
                  <dt>
                    {p.projectedRates} ({t.dashboard.basisShort.local})
                  </dt>
                  <dd>{formatPercentRate(proj.projectedRateLocal, lang)}</dd>
                </div>
                <div>
                  <dt>{p.meanShare}</dt>
                  <dd>{formatPercentRate(proj.meanShare * 100, lang)}</dd>
                </div>
              </dl>
              <DataTable
                tableId="investment-projection-history"
                caption={p.historyCaption}
                showCaption
                tableClassName="figures-table"
                localSort
                columns={historyColumns}
                rows={proj.history}
                rowKey={(h) => h.year}
                exportSpec={{ fileName: `du-bao-giai-ngan-${d.at}`, sheetName: p.historyCaption }}
              />
            </>
          ) : (
            <p>{p.none}</p>
          )}
        </div>
        <div>
          <h3>
            {p.paceTitle(formatPercentRate(pace.targetRate, lang), formatDate(pace.deadline, lang))}
          </h3>
          <dl className="figure-list">
            <div>
              <dt>
                {p.targetAmount} ({t.dashboard.basisShort[pace.basis]})
              </dt>
              <dd>{formatBillions(pace.targetAmount, lang)}</dd>
            </div>
            <div>
              <dt>{t.rate.disbursed}</dt>
              <dd>{formatBillions(pace.cumulative, lang)}</dd>
            </div>
            <div>
              <dt>{p.remaining}</dt>
              <dd>{formatBillions(pace.remaining, lang)}</dd>
            </div>
            <div>
              <dt>{p.monthsLeft}</dt>
              <dd>{formatCount(pace.monthsLeft, lang)}</dd>
            </div>
            <div>
              <dt>{p.perMonth}</dt>
              <dd className="figure-strong">
                {pace.remaining > 0 ? formatBillions(pace.perMonth, lang) : p.reachedAlready}
              </dd>
            </div>
          </dl>
        </div>
      </div>
    </Section>
  );
}
