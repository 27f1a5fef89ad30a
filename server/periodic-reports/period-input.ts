import type { LoadedRegime } from './regime-queries';
import { AppError } from '../platform/errors';
import {
  formatPeriodRef,
  parsePeriodRef,
  periodLabel,
  type PeriodRef,
} from '../../shared/periods/periods';

/** Parses a period key ('2023-06', '2023-Q2'…) for `field`; PERIODIC_REPORT_PERIOD_INVALID when malformed. */
export function parsePeriodKey(value: string, field: string): PeriodRef {
  const p = parsePeriodRef(value.trim());
  if (!p) throw new AppError('PERIODIC_REPORT_PERIOD_INVALID', { field, params: { value } });
  return p;
}

/** The period of a regime's kind; refuses one of another kind (a quarter for a monthly report). */
export function regimePeriod(regime: LoadedRegime, value: string, field: string): PeriodRef {
  const p = parsePeriodKey(value, field);
  if (p.kind !== regime.row.period_kind) {
    throw new AppError('PERIODIC_REPORT_PERIOD_KIND_MISMATCH', {
      field,
      params: {
        value: formatPeriodRef(p),
        regime: regime.row.name,
        expected: regime.row.period_kind,
      },
    });
  }
  return p;
}

/** "Báo cáo … tháng 06/2023" style label of a period, for task content and output. */
export function periodText(p: PeriodRef): string {
  return periodLabel(p);
}
