import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import type { WorkingCalendar } from '../../shared/calendar/working-days';
import {
  LegalClockError,
  resolveLegalLimits,
  type LegalLimits,
} from '../../shared/citizens/legal-limits';

/** What counting a legal limit needs: the province's working-day calendar and its limits. */
export interface LegalContext {
  calendar: WorkingCalendar;
  limits: LegalLimits;
}

/**
 * Loads the working-day calendar (shipped holidays, nghỉ bù and làm bù days,
 * the province's own entries) and the legal limits after the
 * `citizenLegalLimits` overrides; a bad stored override is a clear error.
 */
export async function loadLegalContext(q: Tx): Promise<LegalContext> {
  const calendar = await loadWorkingCalendar(q);
  const overrides = await getSetting(q, 'citizenLegalLimits');
  try {
    return { calendar, limits: resolveLegalLimits(overrides) };
  } catch (e) {
    if (e instanceof LegalClockError)
      throw new AppError('CITIZEN_LEGAL_LIMITS_INVALID', { params: { reason: e.message } });
    throw e;
  }
}
