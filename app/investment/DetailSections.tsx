/** The dashboard's detail tables: by capital source, key projects, ND 40 reporting dates. */
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import type { Dashboard } from './api';
import { FigureCells, FigureHeaders } from './FigureCells';
import { investmentText } from './text';

/** Rates by capital source, the tree flattened with its depth shown by indentation. */
export function SourcesSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText).sources;
  return (
    <Section title={t.title}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
        <table className="details-table figures-table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.source}</th>
              <FigureHeaders />
            </tr>
          </thead>
          <tbody>
            {d.sources.map((s) => (
              <tr key={s.code} className={s.depth === 0 ? 'row-group' : undefined}>
                <th scope="row" style={{ paddingLeft: `${0.6 + s.depth * 1.2}rem` }}>
                  {s.name}
                </th>
                <FigureCells f={s} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

export function KeyProjectsSection({ d }: { d: Dashboard }) {
  const all = useText(investmentText);
  const t = all.keyProjects;
  if (d.keyProjects.length === 0) return null;
  return (
    <Section title={t.title}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
        <table className="details-table figures-table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.project}</th>
              <th scope="col">{all.investors.investor}</th>
              <FigureHeaders />
            </tr>
          </thead>
          <tbody>
            {d.keyProjects.map((p) => (
              <tr key={p.id}>
                <td>{p.code}</td>
                <th scope="row">{p.name}</th>
                <td>{p.investor.name}</td>
                <FigureCells f={p} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

export function ReportingDatesSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText).reporting;
  const { lang } = useLang();
  if (d.reportingDates.length === 0) return null;
  return (
    <Section title={t.title}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
        <table className="details-table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.report}</th>
              <th scope="col">{t.covers}</th>
              <th scope="col">{t.due}</th>
              <th scope="col">{t.left}</th>
            </tr>
          </thead>
          <tbody>
            {d.reportingDates.map((r) => (
              <tr key={`${r.kind}-${r.dueOn}`}>
                <th scope="row">{r.title}</th>
                <td className="nowrap">
                  {formatDate(r.covers.from, lang)} – {formatDate(r.covers.to, lang)}
                </td>
                <td className="nowrap">{formatDate(r.dueOn, lang)}</td>
                <td className="nowrap">{t.days(r.daysLeft)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
