/** The monthly cumulative curve of the year against last year's (to 31/01 of the next year). */
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { LineChart } from '../ui/charts';
import { Section } from '../ui/Page';
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
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption(basisName)}>
        <table className="details-table figures-table">
          <caption>{t.caption(basisName)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.monthCol}</th>
              <th scope="col" className="numeric">
                {t.cumulative(current.year)}
              </th>
              <th scope="col" className="numeric">
                {t.rate(current.year)}
              </th>
              <th scope="col" className="numeric">
                {t.cumulative(lastYear.year)}
              </th>
              <th scope="col" className="numeric">
                {t.rate(lastYear.year)}
              </th>
            </tr>
          </thead>
          <tbody>
            {MONTHS.map((m) => {
              const a = now.get(m);
              const b = before.get(m);
              return (
                <tr key={m}>
                  <th scope="row">
                    {t.monthRow(m)}
                    {a && !a.complete && ` (${t.partial(formatDate(a.through, lang))})`}
                  </th>
                  <td className="numeric">{a ? billionsNumber(a.cumulative, lang) : '—'}</td>
                  <td className="numeric">{formatPercentRate(rateOf(a, basis), lang)}</td>
                  <td className="numeric">{b ? billionsNumber(b.cumulative, lang) : '—'}</td>
                  <td className="numeric">{formatPercentRate(rateOf(b, basis), lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
