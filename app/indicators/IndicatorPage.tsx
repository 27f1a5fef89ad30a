/**
 * One indicator: what it is and its figures at the report period, a chart
 * of this year's cumulative figure against last year's and the pro-rated
 * target, every entry of the year with its history, the entry form for the
 * owner unit, and the giải trình thread.
 */
import { Link, useSearchParams } from 'wouter';
import { parsePeriodRef } from '../../shared/periods/periods';
import { useLang, useText } from '../platform/i18n';
import { useToday, useUser } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { uiText } from '../ui/text';
import {
  useIndicator,
  useIndicatorTable,
  useIndicatorValues,
  type IndicatorView,
  type TableRow,
  type TargetView,
} from './api';
import { indicatorAbilities } from './abilities';
import { AreaTabs } from './AreaTabs';
import { ColourChip } from './ColourChip';
import { EnterValueForm } from './EnterValueForm';
import { Explanations } from './Explanations';
import {
  formatChange,
  formatFigure,
  formatPercentage,
  labelOfPeriod,
  lastEndedMonth,
} from './figures';
import { IndicatorChart } from './IndicatorChart';
import { indicatorsText } from './text';
import { ValuesTable } from './ValuesTable';
import './indicators.css';

export function IndicatorPage({ id }: { id: string }) {
  const t = useText(indicatorsText);
  const ui = useText(uiText);
  const { lang } = useLang();
  const today = useToday();
  const user = useUser();
  const [params] = useSearchParams();
  const ky = params.get('ky');
  const period = ky && parsePeriodRef(ky) ? ky : lastEndedMonth(today);
  const year = parsePeriodRef(period)?.year ?? Number(today.slice(0, 4));
  const indicatorId = Number(id);
  const detail = useIndicator(indicatorId);
  const table = useIndicatorTable(period);
  const values = useIndicatorValues(indicatorId, year);
  const lastYear = useIndicatorValues(indicatorId, year - 1);
  const indicator = detail.data?.indicator;
  const row = table.data?.rows.find((r) => r.indicator.id === indicatorId);
  const back = (
    <Link href={`/chi-tieu-dau-tu?ky=${period}`} className="back-link">
      ← {t.detail.back}
    </Link>
  );
  if (!indicator) {
    return (
      <>
        <AreaTabs />
        <Page title={detail.error ? ui.errorTitle : ui.loading} intro={back}>
          <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
        </Page>
      </>
    );
  }
  const name = lang === 'vi' ? indicator.nameVi : indicator.nameEn;
  const can = indicatorAbilities(user, indicator.ownerUnit.id);
  return (
    <>
      <AreaTabs />
      <Page title={name} intro={back}>
        <Section title={t.detail.facts}>
          <Facts
            indicator={indicator}
            row={row}
            targets={detail.data?.targets.filter((x) => x.year === year) ?? []}
          />
          <ErrorNotice error={table.error} onRetry={() => void table.refetch()} />
          <ErrorNotice error={lastYear.error} onRetry={() => void lastYear.refetch()} />
          {(values.isLoading || lastYear.isLoading) && <p role="status">{ui.loading}</p>}
          {values.data && lastYear.data && (
            <IndicatorChart
              indicator={indicator}
              row={row}
              year={year}
              values={values.data}
              lastYearValues={lastYear.data}
            />
          )}
        </Section>
        <ValuesTable
          values={values.data}
          year={year}
          name={name}
          unit={indicator.unitOfMeasure}
          canApprove={can.approve}
          error={values.error}
          onRetry={() => void values.refetch()}
          loading={values.isFetching}
        />
        {can.enter && indicator.active && <EnterValueForm indicator={indicator} />}
        <Explanations indicator={indicator} row={row} reportPeriod={period} />
      </Page>
    </>
  );
}

function Facts({
  indicator,
  row,
  targets,
}: {
  indicator: IndicatorView;
  row: TableRow | undefined;
  targets: readonly TargetView[];
}) {
  const t = useText(indicatorsText);
  const { lang } = useLang();
  const unit = indicator.unitOfMeasure;
  const figure = (n: number | null) => (n === null ? '—' : `${formatFigure(n, lang)} ${unit}`);
  const facts: Array<[string, React.ReactNode]> = [
    [t.detail.code, indicator.code],
    [t.detail.unitOfMeasure, unit],
    [t.detail.frequency, t.frequency[indicator.frequency]],
    [t.detail.aggregation, t.aggregation[indicator.aggregation]],
    [t.detail.direction, t.direction[indicator.direction]],
    [t.detail.owner, indicator.ownerUnit.name],
    [t.detail.dataSource, indicator.dataSource ?? '—'],
    [
      t.detail.targets,
      targets.length === 0 ? (
        '—'
      ) : (
        <ul className="plain-list">
          {targets.map((x) => (
            <li key={x.id}>
              {t.targetKind[x.kind]}: {figure(x.value)}
              {x.basisDocument && <span className="figure-note"> ({x.basisDocument})</span>}
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  if (row) {
    facts.push(
      [t.detail.reportPeriod, row.period ? labelOfPeriod(row.period, lang) : t.detail.noValue],
      [t.detail.cumulative, figure(row.cumulative)],
      [t.detail.percentOfTarget, formatPercentage(row.percentOfTarget, lang)],
      [t.detail.proratedTarget, figure(row.proratedTarget)],
      [t.detail.yoy, formatChange(row.yoyChange, lang)],
      [t.detail.colour, <ColourChip key="colour" colour={row.colour} />],
    );
  }
  return (
    <dl className="fields-list">
      {facts.map(([label, value]) => (
        <div className="fields-row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
