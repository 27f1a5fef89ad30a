/**
 * Queries behind the indicator table and the revenue report: the catalogue
 * rows in scope, the yearly targets and the approved figures of the year and
 * the year before, in a fixed number of queries whatever the catalogue size,
 * then the figures of every indicator computed in memory.
 */
import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import type { Actor } from '../platform/actor';
import { can } from '../access/policy';
import type { ColourThresholds, PeriodValue } from '../../shared/indicators/indicator-math';
import { formatPeriodRef, type PeriodRef } from '../../shared/periods/periods';
import { indicatorFigures, type Figures } from './indicator-figures';
import { indicatorPeriod, PERIODS_PER_YEAR, lastMonthOf, periodsUpTo } from './indicator-periods';
import type { IndicatorCategory, IndicatorsTable, TargetKind } from './tables';

/** A catalogue row with its owner unit's path. */
export type IndicatorRow = Selectable<IndicatorsTable> & { owner_path: string };

/** One point of a sparkline: a period of the year and its approved figure. */
export interface SparkPoint {
  period: string;
  value: number | null;
  estimate: boolean;
}

/** An indicator's figures at a report period, with what they were computed from. */
export interface IndicatorFigures {
  indicator: IndicatorRow;
  /** The indicator's own last period inside the report period (null: none yet this year). */
  ownPeriod: PeriodRef | null;
  figures: Figures;
  targets: Partial<Record<TargetKind, number>>;
  sparkline: SparkPoint[];
  pendingCount: number;
  openExplanation: { id: number; status: string } | null;
}

/** Which indicators and whose figures. */
export interface FigureQuery {
  provinceId: number;
  /** The unit the figures are about (the province for province-wide figures). */
  subjectId: number;
  /** Its path, when it is a unit below the province (it then also opens its figures to its scope). */
  subjectPath: string | null;
  report: PeriodRef;
  category?: IndicatorCategory | undefined;
  indicatorIds?: readonly number[] | undefined;
  thresholds: ColourThresholds;
  actor: Actor;
}

/** Loads and computes the figures of every indicator of a province visible to the actor. */
export async function loadIndicatorFigures(q: Tx, f: FigureQuery): Promise<IndicatorFigures[]> {
  const year = f.report.year;
  let iq = q
    .selectFrom('indicators as i')
    .innerJoin('units as o', 'o.id', 'i.owner_unit_id')
    .selectAll('i')
    .select('o.path as owner_path')
    .where('i.province_unit_id', '=', f.provinceId)
    .where('i.active', '=', 1);
  if (f.category) iq = iq.where('i.category', '=', f.category);
  if (f.indicatorIds) iq = iq.where('i.id', 'in', f.indicatorIds.length ? f.indicatorIds : [0]);
  const all = await iq.orderBy('i.sort_order').orderBy('i.code').execute();
  const indicators = all.filter((i) =>
    can(f.actor, 'indicator.read', {
      unitPaths: f.subjectPath ? [i.owner_path, f.subjectPath] : [i.owner_path],
    }),
  );
  if (indicators.length === 0) return [];
  const ids = indicators.map((i) => i.id);

  const targetRows = await q
    .selectFrom('indicator_targets as t')
    .innerJoin('indicators as i', 'i.id', 't.indicator_id')
    .select(['t.indicator_id', 't.kind', 't.value'])
    .where('i.province_unit_id', '=', f.provinceId)
    .where('t.unit_id', '=', f.subjectId)
    .where('t.year', '=', year)
    .execute();
  const valueRows = await q
    .selectFrom('indicator_values as v')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .select([
      'v.indicator_id',
      'v.year',
      'v.period_index',
      'v.value',
      'v.numerator',
      'v.denominator',
      'v.is_estimate',
      'v.status',
    ])
    .where('i.province_unit_id', '=', f.provinceId)
    .where('v.unit_id', '=', f.subjectId)
    .where('v.year', 'in', [year - 1, year])
    .where('v.status', 'in', ['approved', 'pending'])
    .execute();
  const openRows = await q
    .selectFrom('indicator_explanations as e')
    .innerJoin('indicators as i', 'i.id', 'e.indicator_id')
    .select(['e.id', 'e.indicator_id', 'e.status'])
    .where('i.province_unit_id', '=', f.provinceId)
    .where('e.unit_id', '=', f.subjectId)
    .where('e.year', '=', year)
    .where('e.status', '!=', 'closed')
    .orderBy('e.id')
    .execute();

  const wanted = new Set(ids);
  const targets = new Map<number, Partial<Record<TargetKind, number>>>();
  for (const t of targetRows) {
    if (!wanted.has(t.indicator_id)) continue;
    const m = targets.get(t.indicator_id) ?? {};
    m[t.kind] = t.value;
    targets.set(t.indicator_id, m);
  }
  type Bucket = {
    current: (PeriodValue & { estimate: boolean })[];
    lastYear: PeriodValue[];
    pending: number;
  };
  const buckets = new Map<number, Bucket>();
  for (const v of valueRows) {
    if (!wanted.has(v.indicator_id)) continue;
    let b = buckets.get(v.indicator_id);
    if (!b) {
      b = { current: [], lastYear: [], pending: 0 };
      buckets.set(v.indicator_id, b);
    }
    if (v.status === 'pending') {
      if (v.year === year) b.pending += 1;
      continue;
    }
    const pv: PeriodValue = {
      index: v.period_index,
      value: v.value,
      ...(v.numerator !== null ? { numerator: v.numerator } : {}),
      ...(v.denominator !== null ? { denominator: v.denominator } : {}),
    };
    if (v.year === year) b.current.push({ ...pv, estimate: v.is_estimate === 1 });
    else b.lastYear.push(pv);
  }
  const open = new Map<number, { id: number; status: string }>();
  for (const e of openRows) open.set(e.indicator_id, { id: e.id, status: e.status });

  const lastMonth = lastMonthOf(f.report);
  return indicators.map((ind) => {
    const b = buckets.get(ind.id) ?? { current: [], lastYear: [], pending: 0 };
    const perYear = PERIODS_PER_YEAR[ind.frequency];
    const upTo = periodsUpTo(ind.frequency, lastMonth);
    const t = targets.get(ind.id) ?? {};
    const byIndex = new Map(b.current.map((v) => [v.index, v]));
    const sparkline: SparkPoint[] = [];
    for (let i = 1; i <= perYear; i += 1) {
      const v = byIndex.get(i);
      sparkline.push({
        period: formatPeriodRef(indicatorPeriod(ind.frequency, year, i)),
        value: v ? v.value : null,
        estimate: v?.estimate ?? false,
      });
    }
    return {
      indicator: ind,
      ownPeriod: upTo >= 1 ? indicatorPeriod(ind.frequency, year, upTo) : null,
      figures: indicatorFigures({
        aggregation: ind.aggregation,
        direction: ind.direction,
        periodsPerYear: perYear,
        colourTarget: ind.colour_target,
        upTo,
        values: b.current,
        lastYear: b.lastYear,
        targets: t,
        thresholds: f.thresholds,
      }),
      targets: t,
      sparkline,
      pendingCount: b.pending,
      openExplanation: open.get(ind.id) ?? null,
    };
  });
}
