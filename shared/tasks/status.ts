/**
 * The official status of an assigned task at a report date d (the taxonomy
 * of the Government's task-tracking reports, e.g. Báo cáo 1270/BC-TCTTTg
 * 2017; GUIDE §6.2): done on time, done late, open within the deadline, open
 * and overdue — and tasks without a deadline (thường xuyên) counted apart.
 *
 * Pure: it looks only at dated events stored on the task, and only at those
 * dated on or before d, so a report for a past date gives the answer it gave
 * then.
 */
import { addDays, daysBetween, type LocalDate } from '../dates/local-date';

export const TASK_STATUSES = [
  'HT_DUNG_HAN',
  'HT_QUA_HAN',
  'CHT_TRONG_HAN',
  'CHT_QUA_HAN',
  'KHONG_THOI_HAN',
] as const;
/**
 * HT_DUNG_HAN: hoàn thành đúng hạn; HT_QUA_HAN: hoàn thành quá hạn;
 * CHT_TRONG_HAN: chưa hoàn thành, còn hạn; CHT_QUA_HAN: chưa hoàn thành, quá hạn;
 * KHONG_THOI_HAN: không có thời hạn (thường xuyên), counted apart.
 */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The dated facts of a task that decide its status (the columns statistics query). */
export interface TaskTimeline {
  /** Original deadline; null for a standing task (thường xuyên). */
  deadline: LocalDate | null;
  /** The latest approved extension: its new deadline and the day it was approved. */
  extension?: { deadline: LocalDate; approvedOn: LocalDate } | null;
  /** The current completion (after any re-opening). */
  completedOn?: LocalDate | null;
  /** The completion that a re-opening undid, and the day of the re-opening. */
  firstCompletedOn?: LocalDate | null;
  reopenedOn?: LocalDate | null;
}

/** How an approved extension counts for "on time" (a provincial rule, GUIDE §6.2 [U]). */
export type ExtensionRule =
  /** Judge against the new deadline only if the extension was approved before the original deadline passed (default). */
  | 'if_approved_before_deadline'
  /** Always judge against the new deadline once approved. */
  | 'always'
  /** Always judge against the original deadline. */
  | 'never';

export interface StatusOptions {
  extensionRule?: ExtensionRule;
  /** An open task due within this many days is flagged "due soon" (default 5). */
  dueSoonDays?: number;
}

/** The status of a task at d, with the deadline it was judged against and the days late. */
export interface StatusAt {
  status: TaskStatus;
  /** The deadline in force at d (after an extension counted by the rule); null without deadline. */
  effectiveDeadline: LocalDate | null;
  /** Completion counted at d, if any. */
  completedOn: LocalDate | null;
  /** CHT_TRONG_HAN due within `dueSoonDays` of d. */
  dueSoon: boolean;
  /** Days past the effective deadline: at completion for HT_QUA_HAN, at d for CHT_QUA_HAN; else 0. */
  daysLate: number;
}

/** The deadline in force at d under the extension rule. */
export function effectiveDeadlineAt(
  t: TaskTimeline,
  d: LocalDate,
  rule: ExtensionRule = 'if_approved_before_deadline',
): LocalDate | null {
  const ext = t.extension;
  if (!ext || ext.approvedOn > d || rule === 'never') return t.deadline;
  // A deadline given to a standing task by an approved extension counts from its approval.
  if (t.deadline === null) return ext.deadline;
  if (rule === 'always') return ext.deadline;
  // Approved on or before the original deadline day counts; approved after it had passed does not.
  return ext.approvedOn <= t.deadline ? ext.deadline : t.deadline;
}

/** The completion that counts at d (a later re-opening undoes an earlier completion). */
export function completionAt(t: TaskTimeline, d: LocalDate): LocalDate | null {
  if (t.completedOn && t.completedOn <= d) return t.completedOn;
  if (t.firstCompletedOn && t.firstCompletedOn <= d && !(t.reopenedOn && t.reopenedOn <= d))
    return t.firstCompletedOn;
  return null;
}

/**
 * The status at report date d. A deadline D is met by a completion on D and
 * missed from D+1 (overdue from D+1 00:00 local time).
 */
export function taskStatusAt(t: TaskTimeline, d: LocalDate, opts: StatusOptions = {}): StatusAt {
  const deadline = effectiveDeadlineAt(t, d, opts.extensionRule);
  const completedOn = completionAt(t, d);
  const dueSoonDays = opts.dueSoonDays ?? 5;
  if (deadline === null) {
    return {
      status: 'KHONG_THOI_HAN',
      effectiveDeadline: null,
      completedOn,
      dueSoon: false,
      daysLate: 0,
    };
  }
  if (completedOn) {
    const late = completedOn > deadline;
    return {
      status: late ? 'HT_QUA_HAN' : 'HT_DUNG_HAN',
      effectiveDeadline: deadline,
      completedOn,
      dueSoon: false,
      daysLate: late ? daysBetween(deadline, completedOn) : 0,
    };
  }
  if (d > deadline) {
    return {
      status: 'CHT_QUA_HAN',
      effectiveDeadline: deadline,
      completedOn: null,
      dueSoon: false,
      daysLate: daysBetween(deadline, d),
    };
  }
  return {
    status: 'CHT_TRONG_HAN',
    effectiveDeadline: deadline,
    completedOn: null,
    dueSoon: deadline <= addDays(d, dueSoonDays),
    daysLate: 0,
  };
}

/** Counts of the VPCP table. */
export type StatusCounts = Record<TaskStatus, number> & { total: number; dueSoon: number };

/** An empty VPCP table row. */
export function emptyCounts(): StatusCounts {
  return {
    HT_DUNG_HAN: 0,
    HT_QUA_HAN: 0,
    CHT_TRONG_HAN: 0,
    CHT_QUA_HAN: 0,
    KHONG_THOI_HAN: 0,
    total: 0,
    dueSoon: 0,
  };
}

/** Adds one status to a row of counts. */
export function countStatus(c: StatusCounts, s: StatusAt): void {
  c[s.status] += 1;
  c.total += 1;
  if (s.dueSoon) c.dueSoon += 1;
}

/**
 * On-time rate = HT_DUNG_HAN / (HT_DUNG_HAN + HT_QUA_HAN + CHT_QUA_HAN): of
 * the tasks whose deadline has come, the share done by it. Null when no task
 * has come due.
 */
export function onTimeRate(c: StatusCounts): number | null {
  const due = c.HT_DUNG_HAN + c.HT_QUA_HAN + c.CHT_QUA_HAN;
  return due === 0 ? null : c.HT_DUNG_HAN / due;
}

/** Vietnamese labels of the statuses, as official reports print them. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  HT_DUNG_HAN: 'Hoàn thành đúng hạn',
  HT_QUA_HAN: 'Hoàn thành quá hạn',
  CHT_TRONG_HAN: 'Chưa hoàn thành, trong hạn',
  CHT_QUA_HAN: 'Chưa hoàn thành, quá hạn',
  KHONG_THOI_HAN: 'Không có thời hạn (thường xuyên)',
};
