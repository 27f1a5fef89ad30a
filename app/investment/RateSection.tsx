/** The provincial rate against the year's target: a gauge and the figures on both denominators. */
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Gauge } from '../ui/charts';
import { Section } from '../ui/Page';
import type { Dashboard } from './api';
import { formatBillions, formatPercentRate, formatPoints } from './figures';
import { investmentText, lowerFirst } from './text';

export function RateSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText);
  const { lang } = useLang();
  const rate = d.provincial.rate;
  const target = d.target.rate;
  const reached = rate !== null && rate >= target;
  const basis = t.dashboard.basis[d.denominator];
  const doc = d.target.sourceDocument;
  const docText = doc?.numberSymbol
    ? `${doc.numberSymbol}${doc.issueDate ? ` (${formatDate(doc.issueDate, lang)})` : ''}`
    : null;
  return (
    <Section title={t.rate.title}>
      <div className="rate-overview">
        <Gauge
          value={rate ?? 0}
          target={target}
          label={t.rate.gauge(
            formatPercentRate(rate, lang),
            formatPercentRate(target, lang),
            lowerFirst(basis),
          )}
        />
        <dl className="figure-list">
          <div>
            <dt>{t.rate.target}</dt>
            <dd>
              {t.rate.targetOf(formatPercentRate(target, lang), t.dashboard.basis[d.target.basis])}
              {', '}
              {docText
                ? t.rate.targetSource(docText)
                : d.target.recorded
                  ? ''
                  : t.rate.targetDefault}
            </dd>
          </div>
          <div>
            <dt>{t.rate.gap}</dt>
            <dd>
              <span className={`rate-status ${reached ? 'rate-reached' : 'rate-short'}`}>
                {reached ? t.rate.reached : t.rate.notReached}
              </span>{' '}
              {d.target.gap !== null && formatPoints(d.target.gap, lang)}
            </dd>
          </div>
          <div>
            <dt>{t.rate.disbursed}</dt>
            <dd>{formatBillions(d.provincial.disbursed, lang)}</dd>
          </div>
          <div>
            <dt>{t.rate.planPm}</dt>
            <dd>{formatBillions(d.provincial.planPm, lang)}</dd>
          </div>
          <div>
            <dt>{t.rate.ratePm}</dt>
            <dd>{formatPercentRate(d.provincial.ratePm, lang)}</dd>
          </div>
          <div>
            <dt>{t.rate.planLocal}</dt>
            <dd>{formatBillions(d.provincial.planLocal, lang)}</dd>
          </div>
          <div>
            <dt>{t.rate.rateLocal}</dt>
            <dd>{formatPercentRate(d.provincial.rateLocal, lang)}</dd>
          </div>
          <div>
            <dt>{t.rate.outstanding}</dt>
            <dd>{formatBillions(d.provincial.outstandingAdvances, lang)}</dd>
          </div>
        </dl>
      </div>
    </Section>
  );
}
