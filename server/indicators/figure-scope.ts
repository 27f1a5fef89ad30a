import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import type { ColourThresholds } from '../../shared/indicators/indicator-math';
import { addMonths, ymd } from '../../shared/dates/local-date';
import type { PeriodRef } from '../../shared/periods/periods';
import { chooseProvince } from './indicator-access';

/** Where the figures of a table or a report come from. */
export interface FigureScope {
  province: UnitRow;
  /** The unit the figures are about: the province, or a unit inside it. */
  subject: UnitRow;
  report: PeriodRef;
  thresholds: ColourThresholds;
}

/** The report period by default: the last month that has ended (June on 10/7/2023). */
export function defaultReportPeriod(today: string): PeriodRef {
  const { year, month } = ymd(addMonths(today, -1));
  return { kind: 'month', year, index: month };
}

/** Resolves the province, the unit and the report period of a figure request. */
export async function figureScope(
  ctx: AppContext,
  actor: Actor,
  input: {
    province?: string | number | undefined;
    unit?: string | number | undefined;
    period?: PeriodRef | undefined;
  },
): Promise<FigureScope> {
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const province = await chooseProvince(q, actor, today, input.province);
  let subject = province;
  if (input.unit !== undefined) {
    subject = await resolveUnit(q, input.unit, { asOf: today, field: 'unit' });
    if (!subject.path.startsWith(province.path))
      throw new AppError('INDICATOR_UNIT_OUTSIDE_PROVINCE', {
        field: 'unit',
        params: { unit: subject.name },
      });
  }
  return {
    province,
    subject,
    report: input.period ?? defaultReportPeriod(today),
    thresholds: await getSetting(q, 'indicatorColourThresholds'),
  };
}
