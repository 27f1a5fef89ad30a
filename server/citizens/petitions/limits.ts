import type { Tx } from '../../platform/db/database';
import { getSetting, type SettingValue } from '../../platform/settings';
import { addDaysBy, type WorkingCalendar } from '../../../shared/calendar/working-days';
import { deadline as legalDeadline } from '../../../shared/citizens/legal-clock';
import { resolveLegalLimits, type StepKey } from '../../../shared/citizens/legal-limits';
import { taskStatusAt } from '../../../shared/tasks/status';
import type { Timeliness } from '../../../shared/citizens/legal-clock';

/** The province's limits of voter petitions, interpellations and business feedback. */
export type VoterBusinessLimits = SettingValue<'voterBusinessLimits'>;

/** A limit of the setting: days of a unit. */
export interface DayLimit {
  days: number;
  unit: 'calendar_days' | 'working_days';
}

/** Reads the setting `voterBusinessLimits` (defaults: the law's, [U] where the law is silent). */
export function loadVoterBusinessLimits(q: Tx): Promise<VoterBusinessLimits> {
  return getSetting(q, 'voterBusinessLimits');
}

/**
 * The due date of a statutory step (`interpellation.answer`,
 * `business_feedback.forwarding`) from `start`, on the legal clock of
 * shared/citizens with the province's number of days and day unit applied.
 */
export function statutoryDue(
  step: Extract<StepKey, 'interpellation.answer' | 'business_feedback.forwarding'>,
  start: string,
  cal: WorkingCalendar,
  limit: DayLimit,
): string {
  const limits = resolveLegalLimits({
    [step]: { unit: limit.unit, variants: { normal: { amount: limit.days } } },
  });
  return legalDeadline(step, start, cal, { limits });
}

/**
 * The due date of a limit without a law of its own (resolution of feedback,
 * petitions of the delegation): counted like the legal clocks (BLDS 2015 Điều
 * 147–148: start day not counted, a calendar limit ending on a day off moves
 * to the next working day).
 */
export function dueAfter(start: string, cal: WorkingCalendar, limit: DayLimit): string {
  return addDaysBy(cal, start, limit.days, limit.unit === 'working_days' ? 'working' : 'calendar');
}

/** Timeliness of an act due on `deadline`, done on `doneOn` (or not yet), judged on `at`. */
export interface TimelinessAt {
  timeliness: Timeliness;
  /** Days past the deadline: at the act when late, at `at` while overdue; else 0. */
  daysLate: number;
}

/**
 * On time / late / overdue / in progress, by the task rules
 * (shared/tasks/status.ts): met by an act on the due day, missed from the next.
 * No deadline: in progress until done, then on time.
 */
export function timelinessAt(
  deadline: string | null,
  doneOn: string | null,
  at: string,
): TimelinessAt {
  const done = doneOn !== null && doneOn <= at ? doneOn : null;
  const s = taskStatusAt({ deadline, completedOn: done }, at);
  switch (s.status) {
    case 'HT_DUNG_HAN':
      return { timeliness: 'on_time', daysLate: 0 };
    case 'HT_QUA_HAN':
      return { timeliness: 'late', daysLate: s.daysLate };
    case 'CHT_QUA_HAN':
      return { timeliness: 'overdue', daysLate: s.daysLate };
    case 'CHT_TRONG_HAN':
      return { timeliness: 'in_progress', daysLate: 0 };
    case 'KHONG_THOI_HAN':
      return { timeliness: done ? 'on_time' : 'in_progress', daysLate: 0 };
  }
}
