/**
 * When a task assignment is reminded, and whom: pure rules, no I/O.
 *
 * Every reminder has a fixed instant on the product's calendar, so the outbox
 * key (assignment, rule, instant) is stable and re-planning is harmless:
 * - before the deadline: `offset` days before the effective deadline (default
 *   7, 3, 1 and 0), at 08:00 local time; a day that is not a working day moves
 *   back to the previous working day, and offsets landing on the same day
 *   collapse into the one nearest the deadline;
 * - overdue: from the day after the deadline, daily, every 3 days or weekly,
 *   at 08:00 on working days (a day off moves forward to the next working day,
 *   so a daily repeat over a weekend sends one reminder on Monday);
 * - digest: each working day at the time the person chose.
 *
 * Only the latest reminder whose instant has passed is "current": a scheduler
 * that was stopped for a week sends one up-to-date reminder, not the backlog.
 */
import type { WorkingCalendar } from '../../shared/calendar/working-days';
import {
  addDays,
  daysBetween,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
} from '../../shared/dates/local-date';
import { effectiveDeadlineAt } from '../../shared/tasks/status';
import type { Role } from '../access/tables';
import type { NotificationKind, OverdueRepeat } from './tables';

/** Days before the deadline a unit is reminded, unless a person chose otherwise. */
export const DEFAULT_BEFORE_DEADLINE_DAYS: readonly number[] = [7, 3, 1, 0];
/** The local time of deadline reminders: the start of the working day. */
export const REMINDER_TIME = '08:00';
/** Days between two overdue reminders. */
export const OVERDUE_STEP_DAYS: Record<OverdueRepeat, number> = {
  daily: 1,
  every_3_days: 3,
  weekly: 7,
};

/** The instant of local time `hhmm` (`HH:MM`) on `date` in `timeZone`. */
export function localInstant(date: LocalDate, hhmm: string, timeZone: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(startOfLocalDay(date, timeZone).getTime() + (h * 60 + m) * 60_000);
}

/** A reminder that is due: which rule produced it, for which day and instant. */
export interface DueReminder {
  kind: Extract<NotificationKind, 'reminder.before_deadline' | 'reminder.overdue'>;
  /** `before-<days>` or `overdue`: part of the outbox key. */
  rule: string;
  /** The local day the reminder belongs to. */
  day: LocalDate;
  /** Its instant (08:00 local on `day`). */
  at: Date;
}

/** What the deadline rules need to know about one open assignment and one person's choices. */
export interface ReminderInput {
  /** The effective deadline (the approved extension's, when there is one). */
  deadline: LocalDate;
  /** Day the task was assigned: no before-deadline reminder is dated earlier. */
  assignedOn: LocalDate;
  now: Date;
  timeZone: string;
  calendar: WorkingCalendar;
  beforeDeadlineDays: readonly number[];
  overdueRepeat: OverdueRepeat;
}

/**
 * The current deadline reminder of an open assignment for one person: the
 * latest reminder instant at or before `now`, or null when none has come yet.
 * Callers pass only open tasks (a completed task is never reminded).
 */
export function currentReminder(input: ReminderInput): DueReminder | null {
  return currentOverdueReminder(input) ?? currentBeforeReminder(input);
}

function currentOverdueReminder(input: ReminderInput): DueReminder | null {
  const { deadline, now, timeZone, calendar } = input;
  const today = localDateOf(now, timeZone);
  if (today <= deadline) return null;
  const step = OVERDUE_STEP_DAYS[input.overdueRepeat];
  const first = addDays(deadline, 1);
  // Walk back from the latest occurrence: a long run of days off (Tết) can move it past today.
  for (let k = Math.floor(daysBetween(first, today) / step); k >= 0; k--) {
    const day = calendar.onOrAfter(addDays(first, k * step));
    const at = localInstant(day, REMINDER_TIME, timeZone);
    if (at <= now) return { kind: 'reminder.overdue', rule: 'overdue', day, at };
  }
  return null;
}

function currentBeforeReminder(input: ReminderInput): DueReminder | null {
  const { deadline, now, timeZone, calendar } = input;
  let best: (DueReminder & { offset: number }) | null = null;
  for (const offset of input.beforeDeadlineDays) {
    const day = calendar.onOrBefore(addDays(deadline, -offset));
    if (day < input.assignedOn) continue;
    const at = localInstant(day, REMINDER_TIME, timeZone);
    if (at > now) continue;
    const better =
      !best || at > best.at || (at.getTime() === best.at.getTime() && offset < best.offset);
    if (better)
      best = { kind: 'reminder.before_deadline', rule: `before-${offset}`, day, at, offset };
  }
  if (!best) return null;
  const { offset: _offset, ...reminder } = best;
  return reminder;
}

/** The day and instant of a person's daily digest when it is due now, else null. */
export function currentDigest(input: {
  digestTime: string | null;
  now: Date;
  timeZone: string;
  calendar: WorkingCalendar;
}): { day: LocalDate; at: Date } | null {
  if (!input.digestTime) return null;
  const today = localDateOf(input.now, input.timeZone);
  if (!input.calendar.isWorkingDay(today)) return null;
  const at = localInstant(today, input.digestTime, input.timeZone);
  return at <= input.now ? { day: today, at } : null;
}

/** An active user who may receive reminders. */
export interface CandidateUser {
  id: number;
  role: Role;
  unitId: number | null;
  personId: number | null;
}

/** The facts of an assignment that decide who is reminded. */
export interface AssignmentFacts {
  unitId: number;
  /** lead (chủ trì), coordinate (phối hợp), follow (theo dõi). */
  role: string;
  /** The leader in charge of the task (lãnh đạo phụ trách), a person. */
  leaderPersonId: number | null;
}

/** Roles that do the work of their unit's assignments and are reminded of them. */
export const REMINDED_UNIT_ROLES: readonly Role[] = ['unit_leader', 'unit_staff'];

/** Whether an assignment's units are reminded at all: following units only watch. */
export function isRemindedAssignment(role: string): boolean {
  return role === 'lead' || role === 'coordinate';
}

/**
 * Who receives a reminder of an assignment: the unit's leaders and staff
 * (users whose own unit is the assigned unit); once overdue, also the leader
 * in charge of the task, but only for the lead unit's assignment, so a
 * Vice-Chair hears once per overdue task and not once per coordinating unit.
 */
export function reminderRecipients(
  assignment: AssignmentFacts,
  kind: DueReminder['kind'],
  users: readonly CandidateUser[],
): CandidateUser[] {
  if (!isRemindedAssignment(assignment.role)) return [];
  return users.filter(
    (u) =>
      (u.unitId === assignment.unitId && REMINDED_UNIT_ROLES.includes(u.role)) ||
      (kind === 'reminder.overdue' &&
        assignment.role === 'lead' &&
        assignment.leaderPersonId !== null &&
        u.personId === assignment.leaderPersonId),
  );
}

/**
 * The deadline a unit is reminded of: the approved extension's once approved,
 * else the original (the extension's "on time" rule for statistics does not
 * matter here: after an extension the unit works to the new date).
 */
export function reminderDeadline(
  task: {
    deadline: LocalDate | null;
    extendedDeadline: LocalDate | null;
    extensionApprovedOn: LocalDate | null;
  },
  today: LocalDate,
): LocalDate | null {
  return effectiveDeadlineAt(
    {
      deadline: task.deadline,
      extension:
        task.extendedDeadline && task.extensionApprovedOn
          ? { deadline: task.extendedDeadline, approvedOn: task.extensionApprovedOn }
          : null,
    },
    today,
    'always',
  );
}
