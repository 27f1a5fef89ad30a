import type { Selectable } from 'kysely';
import { describePeriod } from './indicator-periods';
import type { IndicatorPeriodLocksTable } from './tables';

/** A period lock (khóa số liệu) as the API shows it. */
export interface LockView {
  id: number;
  provinceId: number;
  period: string;
  periodLabel: string;
  lockedOn: string;
  lockedBy: string;
  note: string | null;
}

/** A lock row shaped for output. */
export function toLockView(r: Selectable<IndicatorPeriodLocksTable>): LockView {
  const p = describePeriod({ kind: r.period_kind, year: r.year, index: r.period_index });
  return {
    id: r.id,
    provinceId: r.province_unit_id,
    period: p.period,
    periodLabel: p.label,
    lockedOn: r.locked_on,
    lockedBy: r.locked_by_name,
    note: r.note,
  };
}
