/**
 * The leader dashboard's citizens widget: reception compliance and cases near their legal
 * deadline.
 */
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { formatPercentage } from '../indicators/figures';
import { dashboardText } from './text';
import { Empty, FigureLink, Widget, type WidgetProps } from './widgets';

export function CitizensWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const c = d?.citizens;
  const r = c?.reception;
  return (
    <Widget
      title={t.citizens.title}
      help={
        <>
          <p>{t.citizens.helpReception}</p>
          <p>{t.citizens.helpCases}</p>
        </>
      }
      loading={loading}
      failed={failed}
    >
      {c && r && (
        <>
          <h3>{t.citizens.compliance}</h3>
          {r.lines.value === 0 ? (
            <Empty>{t.citizens.noLines}</Empty>
          ) : (
            <>
              <p>
                <FigureLink
                  figure={r.rate}
                  label={t.citizens.rate}
                  text={formatPercentage(r.rate.value, lang)}
                  kind="rate"
                  name="citizens.receptionRate"
                  big
                />{' '}
                <FigureLink
                  figure={r.met}
                  label={t.citizens.compliance}
                  text={t.citizens.met(
                    formatCount(r.met.value ?? 0, lang),
                    formatCount(r.lines.value ?? 0, lang),
                  )}
                  kind="rate"
                  name="citizens.receptionMet"
                />
              </p>
              {r.notMet.length > 0 && (
                <>
                  <h4>{t.citizens.notMet}</h4>
                  <ul className="dash-list">
                    {r.notMet.map((l) => (
                      <li key={`${l.leader}-${l.month}`}>
                        {t.citizens.notMetLine(l.leader, l.month, l.days, l.required)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
          <dl className="dash-figures">
            <div>
              <dt>{t.citizens.dueSoon(c.dueSoonDays)}</dt>
              <dd>
                <FigureLink
                  figure={c.casesDueSoon}
                  label={t.citizens.dueSoon(c.dueSoonDays)}
                  text={formatCount(c.casesDueSoon.value ?? 0, lang)}
                  kind="count"
                  name="citizens.casesDueSoon"
                  big
                />
              </dd>
            </div>
            <div>
              <dt>{t.citizens.overdue}</dt>
              <dd>
                <FigureLink
                  figure={c.casesOverdue}
                  label={t.citizens.overdue}
                  text={formatCount(c.casesOverdue.value ?? 0, lang)}
                  kind="count"
                  name="citizens.casesOverdue"
                  big
                />
              </dd>
            </div>
          </dl>
        </>
      )}
    </Widget>
  );
}
