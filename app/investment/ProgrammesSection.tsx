/**
 * The 3 national target programmes apart (GUIDE §5.3): investment capital on
 * both denominators, its central-budget part, and recurrent funds (kinh phí
 * sự nghiệp) shown beside but never counted as disbursement.
 */
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import type { Dashboard } from './api';
import { billionsNumber } from './figures';
import { FigureCells, FigureHeaders } from './FigureCells';
import { investmentText } from './text';

export function ProgrammesSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText).programmes;
  const { lang } = useLang();
  const { rows, total } = d.programmes;
  return (
    <Section title={t.title}>
      <p>{t.intro}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
        <table className="details-table figures-table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.programme}</th>
              <FigureHeaders />
              <th scope="col" className="numeric">
                {t.central}
              </th>
              <th scope="col" className="numeric">
                {t.recurrent}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.programme}>
                <th scope="row">{r.name}</th>
                <FigureCells f={r} />
                <td className="numeric">
                  {billionsNumber(r.central.disbursed, lang)} /{' '}
                  {billionsNumber(r.central.planPm, lang)}
                </td>
                <td className="numeric">
                  {billionsNumber(r.recurrent.disbursed, lang)} /{' '}
                  {billionsNumber(r.recurrent.planPm, lang)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              <FigureCells f={total} />
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </Section>
  );
}
