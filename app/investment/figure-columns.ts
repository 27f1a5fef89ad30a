/**
 * The figures every disbursement table gives: both plans, the disbursed
 * amount and the rate on each denominator (GUIDE §5.2: reports give both),
 * as columns of the shared table. Amounts show in tỷ đồng (the headers name
 * the unit) and go to Excel as numbers of tỷ; rates to two decimals.
 */
import type { Column } from '../ui/table/columns';
import type { Figures } from './api';
import { billionsNumber, formatPercentRate } from './figures';
import type { investmentText } from './text';

type Lang = 'vi' | 'en';
type InvestorsText = (typeof investmentText)['vi']['investors'];

const rate = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** Plan (TTg), plan (địa phương), disbursed, then both rates, of the figures `of(row)`. */
export function figureColumns<Row>(
  of: (row: Row) => Figures | null,
  t: InvestorsText,
  lang: Lang,
  options: { sortable?: boolean } = {},
): Column<Row>[] {
  const amount = (id: string, header: string, pick: (f: Figures) => number): Column<Row> => ({
    id,
    header,
    numeric: true,
    sortable: options.sortable,
    cell: (r) => {
      const f = of(r);
      return f ? billionsNumber(pick(f), lang) : '';
    },
    value: (r) => {
      const f = of(r);
      return f ? pick(f) / 1e9 : null;
    },
  });
  const rateColumn = (id: string, header: string, pick: (f: Figures) => number | null) => ({
    id,
    header,
    numeric: true,
    sortable: options.sortable,
    cell: (r: Row) => {
      const f = of(r);
      return f ? formatPercentRate(pick(f), lang) : '';
    },
    value: (r: Row) => {
      const f = of(r);
      return f ? rate(pick(f)) : null;
    },
  });
  return [
    amount('planPm', t.planPm, (f) => f.planPm),
    amount('planLocal', t.planLocal, (f) => f.planLocal),
    amount('disbursed', t.disbursed, (f) => f.disbursed),
    rateColumn('ratePm', t.ratePm, (f) => f.ratePm),
    rateColumn('rateLocal', t.rateLocal, (f) => f.rateLocal),
  ];
}
