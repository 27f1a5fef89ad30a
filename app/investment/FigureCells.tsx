/**
 * The figures every disbursement table gives: both plans, the disbursed
 * amount and the rate on each denominator (GUIDE §5.2: reports give both).
 */
import { useLang, useText } from '../platform/i18n';
import type { Figures } from './api';
import { billionsNumber, formatPercentRate } from './figures';
import { investmentText } from './text';

/** The five header cells of {@link FigureCells}. */
export function FigureHeaders() {
  const t = useText(investmentText).investors;
  return (
    <>
      <th scope="col" className="numeric">
        {t.planPm}
      </th>
      <th scope="col" className="numeric">
        {t.planLocal}
      </th>
      <th scope="col" className="numeric">
        {t.disbursed}
      </th>
      <th scope="col" className="numeric">
        {t.ratePm}
      </th>
      <th scope="col" className="numeric">
        {t.rateLocal}
      </th>
    </>
  );
}

/** Plan (TTg), plan (địa phương), disbursed in tỷ đồng, then both rates. */
export function FigureCells({ f }: { f: Figures }) {
  const { lang } = useLang();
  const t = useText(investmentText).investors;
  return (
    <>
      <td className="numeric" data-label={t.planPm}>
        {billionsNumber(f.planPm, lang)}
      </td>
      <td className="numeric" data-label={t.planLocal}>
        {billionsNumber(f.planLocal, lang)}
      </td>
      <td className="numeric" data-label={t.disbursed}>
        {billionsNumber(f.disbursed, lang)}
      </td>
      <td className="numeric" data-label={t.ratePm}>
        {formatPercentRate(f.ratePm, lang)}
      </td>
      <td className="numeric" data-label={t.rateLocal}>
        {formatPercentRate(f.rateLocal, lang)}
      </td>
    </>
  );
}
