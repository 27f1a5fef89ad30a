/**
 * The legal clock of a case step: its due date counted on the working-day
 * calendar, its extensions (gia hạn) within the legal maximum, and its
 * timeliness judged by the same rules as tasks (shared/tasks/status.ts).
 *
 * Pure: no I/O, usable in the browser.
 */
import { addDaysBy, type DayCount, type WorkingCalendar } from '../calendar/working-days';
import { isLocalDate, type LocalDate } from '../dates/local-date';
import { taskStatusAt, type StatusAt, type StatusOptions } from '../tasks/status';
import {
  DEFAULT_LEGAL_LIMITS,
  LegalClockError,
  limitFor,
  type DayUnit,
  type LegalLimits,
  type LegalStep,
  type StepKey,
  type Variant,
} from './legal-limits';

/** Options of {@link deadline} and {@link startClock}. */
export interface DeadlineOptions {
  /** Default `normal`; a step without the variant uses its fallback (legal-limits.ts). */
  variant?: Variant;
  /** The limits after the province's overrides; default the law's. */
  limits?: LegalLimits;
}

function resolveStep(step: LegalStep | StepKey, limits: LegalLimits | undefined): LegalStep {
  return typeof step === 'string' ? (limits ?? DEFAULT_LEGAL_LIMITS)[step] : step;
}

function dayCount(unit: DayUnit): DayCount {
  return unit === 'working_days' ? 'working' : 'calendar';
}

function assertDate(d: LocalDate, what: string): void {
  if (typeof d !== 'string' || !isLocalDate(d)) {
    throw new RangeError(`${what} is not a valid YYYY-MM-DD date: ${String(d)}`);
  }
}

/**
 * The day by which the step is due, for `days` of its unit counted from
 * `start` (start itself not counted, BLDS 2015 Điều 147). Calendar days ending
 * on a weekly rest day or holiday move to the next working day (Điều 148
 * khoản 5); working days skip weekends, holidays and nghỉ bù days and count
 * làm bù Saturdays. A `before` step (publishing a reception schedule) gives the
 * last day to act ahead of `start`.
 */
function dueAfter(s: LegalStep, start: LocalDate, cal: WorkingCalendar, days: number): LocalDate {
  assertDate(start, `Start date of "${s.key}"`);
  return addDaysBy(cal, start, s.direction === 'before' ? -days : days, dayCount(s.unit));
}

/** The due local date of a step started on `startDate`, without extensions. */
export function deadline(
  step: LegalStep | StepKey,
  startDate: LocalDate,
  calendar: WorkingCalendar,
  opts: DeadlineOptions = {},
): LocalDate {
  const s = resolveStep(step, opts.limits);
  return dueAfter(s, startDate, calendar, limitFor(s, opts.variant).amount);
}

/** One granted extension: its length in the step's unit, its date and written decision. */
export interface ClockExtension {
  days: number;
  decidedOn: LocalDate;
  /** Số, ký hiệu of the written decision, where the law requires one. */
  decisionRef: string | null;
  /** The due date once this extension is granted. */
  dueDate: LocalDate;
}

/** The clock of one step of one case. */
export interface LegalClock {
  step: LegalStep;
  /** The variant actually applied (after fallback). */
  variant: Variant;
  startDate: LocalDate;
  /** The limit's own due date, before any extension. */
  baseDueDate: LocalDate;
  extensions: readonly ClockExtension[];
  /** The due date in force after every extension. */
  dueDate: LocalDate;
}

/** Starts the clock of a step on `startDate`. */
export function startClock(
  step: LegalStep | StepKey,
  startDate: LocalDate,
  calendar: WorkingCalendar,
  opts: DeadlineOptions = {},
): LegalClock {
  const s = resolveStep(step, opts.limits);
  const limit = limitFor(s, opts.variant);
  const due = dueAfter(s, startDate, calendar, limit.amount);
  return {
    step: s,
    variant: limit.variant,
    startDate,
    baseDueDate: due,
    extensions: [],
    dueDate: due,
  };
}

/** A request to extend a clock. */
export interface ExtensionRequest {
  /** Length in the step's unit; at most the legal maximum per extension. */
  days: number;
  decidedOn: LocalDate;
  decisionRef?: string | null;
}

function refuse(s: LegalStep, code: LegalClockError['code'], rule: string): never {
  throw new LegalClockError(code, s.key, `${s.title} (${s.law} ${s.article}): ${rule}`);
}

/**
 * The clock with one more extension. The extended limit is counted from the
 * start date over the limit plus every extension, so a calendar limit that
 * first ended on a holiday is not lengthened twice. Throws a LegalClockError
 * naming the step and the rule when the variant allows no extension, when
 * the number of extensions or the days of this one exceed the legal maximum,
 * or when the law requires a written decision and none is given.
 */
export function extend(
  clock: LegalClock,
  request: ExtensionRequest,
  calendar: WorkingCalendar,
): LegalClock {
  const s = clock.step;
  const allowance = limitFor(s, clock.variant).extensions;
  const unit = s.unit === 'working_days' ? 'working days' : 'days';
  if (s.direction === 'before' || allowance === null) {
    refuse(s, 'EXTENSION_NOT_ALLOWED', `no extension is allowed for a ${clock.variant} case`);
  }
  if (!Number.isSafeInteger(request.days) || request.days < 1) {
    refuse(
      s,
      'EXTENSION_INVALID',
      `an extension is a whole number of ${unit} ≥ 1 (got ${request.days})`,
    );
  }
  assertDate(request.decidedOn, `Extension decision date of "${s.key}"`);
  if (clock.extensions.length >= allowance.maxCount) {
    refuse(
      s,
      'EXTENSION_LIMIT_REACHED',
      `at most ${allowance.maxCount} extension(s) for a ${clock.variant} case; ${clock.extensions.length} already granted`,
    );
  }
  if (request.days > allowance.maxDays) {
    refuse(
      s,
      'EXTENSION_TOO_LONG',
      `an extension is at most ${allowance.maxDays} ${unit} (asked ${request.days})`,
    );
  }
  const decisionRef = request.decisionRef?.trim() ? request.decisionRef.trim() : null;
  if (s.extensionInWriting && decisionRef === null) {
    refuse(
      s,
      'EXTENSION_DECISION_REQUIRED',
      'an extension is decided in writing: give the decision',
    );
  }
  const base = limitFor(s, clock.variant).amount;
  const total = base + clock.extensions.reduce((sum, e) => sum + e.days, 0) + request.days;
  const dueDate = dueAfter(s, clock.startDate, calendar, total);
  const ext: ClockExtension = {
    days: request.days,
    decidedOn: request.decidedOn,
    decisionRef,
    dueDate,
  };
  return { ...clock, extensions: [...clock.extensions, ext], dueDate };
}

/** On time / late / overdue / in progress, as task statistics count them. */
export type Timeliness = 'on_time' | 'late' | 'overdue' | 'in_progress';

/** The timeliness of a clock at a date, with the task status it came from. */
export interface ClockStatus extends StatusAt {
  timeliness: Timeliness;
}

/**
 * The status of a step at report date `at`, done on `completedOn` (or not yet),
 * by {@link taskStatusAt}: the deadline is met by an act on the due day and
 * missed from the next day. Like a task, the clock is judged on its latest
 * extension, which counts by the task extension rule (default: only if decided
 * by the deadline it extended, i.e. the one before it).
 */
export function clockStatusAt(
  clock: LegalClock,
  completedOn: LocalDate | null,
  at: LocalDate,
  opts: StatusOptions = {},
): ClockStatus {
  const n = clock.extensions.length;
  const last = clock.extensions[n - 1];
  const before = n >= 2 ? clock.extensions[n - 2]?.dueDate : clock.baseDueDate;
  const status = taskStatusAt(
    {
      deadline: before ?? clock.baseDueDate,
      extension: last ? { deadline: last.dueDate, approvedOn: last.decidedOn } : null,
      completedOn,
    },
    at,
    opts,
  );
  return { ...status, timeliness: timelinessOf(status) };
}

function timelinessOf(s: StatusAt): Timeliness {
  switch (s.status) {
    case 'HT_DUNG_HAN':
      return 'on_time';
    case 'HT_QUA_HAN':
      return 'late';
    case 'CHT_QUA_HAN':
      return 'overdue';
    case 'CHT_TRONG_HAN':
    case 'KHONG_THOI_HAN':
      return 'in_progress';
  }
}
