/**
 * The leader dashboard's money widgets: public investment disbursement against 95 %, budget
 * revenue by source, the red indicators awaiting explanation.
 */
import { Link } from 'wouter';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Gauge, LineChart } from '../ui/charts';
import {
  billionsNumber,
  formatBillions,
  formatPercentRate,
  formatPoints,
} from '../investment/figures';
import { formatFigure, formatPercentage } from '../indicators/figures';
import { dashboardText } from './text';
import { Empty, FigureLink, Widget, type WidgetProps } from './widgets';

export function InvestmentWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const inv = d?.investment;
  return (
    <Widget title={t.investment.title} help={t.investment.help} loading={loading} failed={failed}>
      {inv && (
        <>
          <Gauge
            value={inv.rate.value ?? 0}
            target={inv.target.rate}
            label={t.investment.gauge(
              formatPercentRate(inv.rate.value, lang),
              formatPercentRate(inv.target.rate, lang),
            )}
          />
          <p className="muted">
            {t.investment.target(formatPercentRate(inv.target.rate, lang))} (
            {inv.basis === 'pm' ? t.investment.basisPm : t.investment.basisLocal})
          </p>
          <dl className="dash-figures">
            <div>
              <dt>{t.investment.rate}</dt>
              <dd>
                <FigureLink
                  figure={inv.rate}
                  label={t.investment.rate}
                  text={formatPercentRate(inv.rate.value, lang)}
                  kind="rate"
                  name="investment.rate"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.investment.disbursed}</dt>
              <dd>
                <FigureLink
                  figure={inv.disbursed}
                  label={t.investment.disbursed}
                  text={formatBillions(inv.disbursed.value ?? 0, lang)}
                  kind="amount"
                  name="investment.disbursed"
                />
              </dd>
            </div>
            <div>
              <dt>{t.investment.plan}</dt>
              <dd>
                <FigureLink
                  figure={inv.plan}
                  label={t.investment.plan}
                  text={formatBillions(inv.plan.value ?? 0, lang)}
                  kind="amount"
                  name="investment.plan"
                />
              </dd>
            </div>
            {inv.gap !== null && (
              <div>
                <dt>{t.investment.gap}</dt>
                <dd>{formatPoints(inv.gap, lang)}</dd>
              </div>
            )}
            {inv.projection ? (
              <>
                <div>
                  <dt>{t.investment.projected}</dt>
                  <dd>
                    <FigureLink
                      figure={inv.projection.projected}
                      label={t.investment.projected}
                      text={formatBillions(inv.projection.projected.value ?? 0, lang)}
                      kind="amount"
                      name="investment.projected"
                    />
                  </dd>
                </div>
                <div>
                  <dt>{t.investment.projectedRate}</dt>
                  <dd>
                    <FigureLink
                      figure={inv.projection.projectedRate}
                      label={t.investment.projectedRate}
                      text={formatPercentRate(inv.projection.projectedRate.value, lang)}
                      kind="rate"
                      name="investment.projectedRate"
                    />
                  </dd>
                </div>
              </>
            ) : (
              <div>
                <dt>{t.investment.projected}</dt>
                <dd>{t.investment.noProjection}</dd>
              </div>
            )}
          </dl>
          <h3>{t.investment.curve}</h3>
          <LineChart
            label={t.investment.curveChart(inv.curve.year)}
            summary={inv.curve.current
              .map(
                (p, i) =>
                  `${t.investment.month} ${p.month}: ${formatPercentRate(p.rate, lang)} / ${formatPercentRate(inv.curve.lastYear[i]?.rate ?? null, lang)}`,
              )
              .join('; ')}
            labels={inv.curve.lastYear.map((p) => String(p.month))}
            series={[
              {
                label: t.investment.thisYear(inv.curve.year),
                data: inv.curve.lastYear.map((_, i) => inv.curve.current[i]?.rate ?? null),
              },
              {
                label: t.investment.thisYear(inv.curve.year - 1),
                data: inv.curve.lastYear.map((p) => p.rate),
                dashed: true,
              },
            ]}
            percent
            height={220}
          />
          <p className="visually-hidden">
            {inv.curve.current
              .map((p) => `${t.investment.month} ${p.month}: ${billionsNumber(p.cumulative, lang)}`)
              .join('; ')}
          </p>
        </>
      )}
    </Widget>
  );
}

export function RevenueWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const r = d?.revenue;
  return (
    <Widget title={t.revenue.title} help={t.revenue.help} loading={loading} failed={failed}>
      {r && (
        <>
          <p className="muted">
            <Link href={r.href}>{t.revenue.period(r.periodLabel)}</Link>
          </p>
          {r.rows.length === 0 ? (
            <Empty>{t.revenue.empty}</Empty>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t.revenue.title}>
              <table className="details-table dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t.revenue.source}</th>
                    <th scope="col" className="num">
                      {t.revenue.actual}
                    </th>
                    <th scope="col" className="num">
                      {t.revenue.percentCouncil}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows
                    .filter((row) => row.depth <= 1)
                    .map((row) => (
                      <tr key={row.code} className={`colour-${row.colour}`}>
                        <th scope="row" style={{ paddingLeft: `${0.5 + row.depth}rem` }}>
                          {row.name}
                        </th>
                        <td className="num">
                          <FigureLink
                            figure={row.actual}
                            label={`${t.revenue.actual} — ${row.name}`}
                            text={`${formatFigure(row.actual.value, lang, 1)} ${row.unitOfMeasure}`}
                            kind="amount"
                            name={`revenue.actual.${row.code}`}
                          />
                        </td>
                        <td className="num">
                          <FigureLink
                            figure={row.percentOfEstimateCouncil}
                            label={`${t.revenue.percentCouncil} — ${row.name}`}
                            text={formatPercentage(row.percentOfEstimateCouncil.value, lang)}
                            kind="rate"
                            name={`revenue.percentCouncil.${row.code}`}
                          />
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Widget>
  );
}

export function ExplanationsWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const e = d?.explanations;
  return (
    <Widget
      title={t.explanations.title}
      help={t.explanations.help}
      loading={loading}
      failed={failed}
    >
      {e && (
        <>
          <dl className="dash-figures">
            <div>
              <dt>{t.explanations.awaiting}</dt>
              <dd>
                <FigureLink
                  figure={e.awaiting}
                  label={t.explanations.awaiting}
                  text={formatCount(e.awaiting.value ?? 0, lang)}
                  kind="count"
                  name="explanations.awaiting"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.explanations.overdue}</dt>
              <dd>
                <FigureLink
                  figure={e.overdue}
                  label={t.explanations.overdue}
                  text={formatCount(e.overdue.value ?? 0, lang)}
                  kind="count"
                  name="explanations.overdue"
                  big
                />
              </dd>
            </div>
          </dl>
          {e.items.length === 0 ? (
            <Empty>{t.explanations.empty}</Empty>
          ) : (
            <ul className="dash-list">
              {e.items.map((x) => (
                <li key={x.id}>
                  <Link href={x.href}>{x.indicator}</Link> — {x.unit}, {x.periodLabel} (
                  <span className={x.overdue ? 'text-danger' : undefined}>
                    {t.explanations.due(formatDate(x.dueOn, lang))}
                  </span>
                  )
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Widget>
  );
}
