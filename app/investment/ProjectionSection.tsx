/**
 * The year-end projection (cumulative to month m ÷ the mean share of the
 * previous 3 years) and the monthly pace needed to reach the target by 31/01
 * of the next year (Luật Đầu tư công 2019 Điều 68).
 */
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import type { Dashboard } from './api';
import { billionsNumber, formatBillions, formatPercentRate } from './figures';
import { investmentText, lowerFirst } from './text';

export function ProjectionSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText);
  const p = t.projection;
  const { lang } = useLang();
  const proj = d.projection;
  const pace = d.pace;
  const month = proj ? t.curve.monthLong(proj.basisMonth, d.year) : '';
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
              <div
                className="table-scroll"
                tabIndex={0}
                role="region"
                aria-label={p.historyCaption}
              >
                <table className="details-table figures-table">
                  <caption>{p.historyCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{p.year}</th>
                      <th scope="col" className="numeric">
                        {p.toMonth(lowerFirst(t.curve.monthRow(proj.basisMonth)))}
                      </th>
                      <th scope="col" className="numeric">
                        {p.final}
                      </th>
                      <th scope="col" className="numeric">
                        {p.share}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {proj.history.map((h) => (
                      <tr key={h.year}>
                        <th scope="row">{h.year}</th>
                        <td className="numeric">{billionsNumber(h.cumulativeToMonth, lang)}</td>
                        <td className="numeric">{billionsNumber(h.finalAmount, lang)}</td>
                        <td className="numeric">
                          {formatPercentRate(h.share === null ? null : h.share * 100, lang)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
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
