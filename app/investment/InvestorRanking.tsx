/**
 * The investors ranked by their rate on the default denominator: a
 * horizontal bar chart, the table with both denominators (exported through
 * the shared table's Excel export) and the list of those below the
 * provincial average (Σ disbursed ÷ Σ plan, not the mean of the rates).
 */
import { useMemo } from 'react';
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { BarChart } from '../ui/charts';
import { Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { Dashboard, InvestorRate } from './api';
import { billionsNumber, chartRate, formatPercentRate, formatPoints } from './figures';
import { investmentText } from './text';

export function InvestorRanking({ d }: { d: Dashboard }) {
  const all = useText(investmentText);
  const t = all.investors;
  const { lang } = useLang();
  const rows = d.investors.rows;
  const average = formatPercentRate(d.investors.average, lang);
  const basis = all.dashboard.basis[d.denominator];
  const columns = useMemo<Column<InvestorRate>[]>(() => {
    const s = investmentText[lang].investors;
    const rate = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    return [
      {
        id: 'rank',
        header: s.rank,
        numeric: true,
        alwaysVisible: true,
        cell: (r) => (r.rank === null ? '—' : formatCount(r.rank, lang)),
        value: (r) => r.rank,
      },
      {
        id: 'investor',
        header: s.investor,
        alwaysVisible: true,
        cell: (r) => <span className="name-cell">{r.investor.name}</span>,
        value: (r) => r.investor.name,
      },
      {
        id: 'projects',
        header: s.projects,
        numeric: true,
        cell: (r) => formatCount(r.projects, lang),
        value: (r) => r.projects,
      },
      {
        id: 'planPm',
        header: s.planPm,
        numeric: true,
        cell: (r) => billionsNumber(r.planPm, lang),
        value: (r) => r.planPm / 1e9,
      },
      {
        id: 'planLocal',
        header: s.planLocal,
        numeric: true,
        cell: (r) => billionsNumber(r.planLocal, lang),
        value: (r) => r.planLocal / 1e9,
      },
      {
        id: 'disbursed',
        header: s.disbursed,
        numeric: true,
        cell: (r) => billionsNumber(r.disbursed, lang),
        value: (r) => r.disbursed / 1e9,
      },
      {
        id: 'ratePm',
        header: s.ratePm,
        numeric: true,
        cell: (r) => formatPercentRate(r.ratePm, lang),
        value: (r) => rate(r.ratePm),
      },
      {
        id: 'rateLocal',
        header: s.rateLocal,
        numeric: true,
        cell: (r) => formatPercentRate(r.rateLocal, lang),
        value: (r) => rate(r.rateLocal),
      },
      {
        id: 'position',
        header: s.position,
        // A word, not only a colour: "Thấp hơn bình quân".
        cell: (r) => (
          <span className={r.belowAverage ? 'rate-status rate-short' : 'rate-status rate-reached'}>
            {r.belowAverage ? s.below : s.atOrAbove}
          </span>
        ),
        value: (r) => (r.belowAverage ? s.below : s.atOrAbove),
      },
    ];
  }, [lang]);
  const first = rows[0];
  const last = rows.at(-1);
  return (
    <>
      <Section title={t.title}>
        {first && last && (
          <BarChart
            horizontal
            percent
            height={Math.max(200, rows.length * 24 + 60)}
            label={t.chart(basis)}
            summary={t.chartSummary(
              `${first.investor.name} ${formatPercentRate(first.rate, lang)}`,
              `${last.investor.name} ${formatPercentRate(last.rate, lang)}`,
              average,
            )}
            labels={rows.map((r) => r.investor.name)}
            series={[{ label: t.series, data: rows.map((r) => chartRate(r.rate)) }]}
            colours={rows.map((r) => (r.belowAverage ? '#c62828' : '#1f5fa8'))}
          />
        )}
        <DataTable
          tableId="investment-investors"
          caption={t.caption}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.investor.id}
          exportSpec={{
            fileName: t.fileName(d.at),
            sheetName: t.sheet,
            fetchRows: () => Promise.resolve(rows),
          }}
        />
      </Section>
      <Section title={all.below.title(average)}>
        <p>{all.below.intro}</p>
        {d.investors.belowAverage.length === 0 ? (
          <p>{all.below.none}</p>
        ) : (
          <ol className="below-average">
            {d.investors.belowAverage.map((b) => (
              <li key={b.investor.id}>
                <strong>{b.investor.name}</strong>:{' '}
                {all.below.item(formatPercentRate(b.rate, lang), formatPoints(b.gap, lang))}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
