/**
 * The province's public-investment reports to the Ministry of Planning and
 * Investment and the Ministry of Finance (pure), ND 40/2020/NĐ-CP Điều 45
 * khoản 1.c (GUIDE §5.4): before the 15th of every month (estimate of the
 * month and actuals of the previous one), before the 10th of each quarter's
 * first month (actuals of the previous quarter), before 10 July (project-level
 * cumulative disbursement of the first half) and before 28 February of N+1
 * (project-level actuals of year N, with the amounts extended into N+1).
 */
import {
  addMonths,
  daysBetween,
  daysInMonth,
  localDate,
  type LocalDate,
} from '../../shared/dates/local-date';

export const REPORT_KINDS = ['monthly', 'quarterly', 'half_year', 'year'] as const;
/** The ND 40 report kinds. */
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One report due: the date it must be sent by and what it covers. */
export interface ReportingDate {
  kind: ReportKind;
  /** The date the report is due ("trước ngày …" of ND 40). */
  dueOn: LocalDate;
  /** The period the report's actuals cover. */
  covers: { from: LocalDate; to: LocalDate };
  /** Plan year the report is about. */
  planYear: number;
  /** Vietnamese title, as the office's reminder prints it. */
  title: string;
  /** Days from the reference date to the due date (0 = due today). */
  daysLeft: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function lastDay(year: number, month: number): LocalDate {
  return localDate(year, month, daysInMonth(year, month));
}

/** The monthly report due on the 15th of (year, month). */
function monthly(year: number, month: number, at: LocalDate): ReportingDate {
  const dueOn = localDate(year, month, 15);
  const prev = addMonths(localDate(year, month, 1), -1);
  const py = Number(prev.slice(0, 4));
  const pm = Number(prev.slice(5, 7));
  return {
    kind: 'monthly',
    dueOn,
    covers: { from: prev, to: lastDay(py, pm) },
    planYear: month === 1 ? year - 1 : year,
    title: `Báo cáo ước thực hiện, giải ngân tháng ${month}/${year} và thực hiện tháng ${pm}/${py}`,
    daysLeft: daysBetween(at, dueOn),
  };
}

/** The quarterly report due on the 10th of a quarter's first month. */
function quarterly(year: number, quarterStartMonth: number, at: LocalDate): ReportingDate {
  const dueOn = localDate(year, quarterStartMonth, 10);
  const from = addMonths(localDate(year, quarterStartMonth, 1), -3);
  const fy = Number(from.slice(0, 4));
  const fm = Number(from.slice(5, 7));
  const q = Math.floor((fm - 1) / 3);
  return {
    kind: 'quarterly',
    dueOn,
    covers: { from, to: lastDay(fy, fm + 2) },
    planYear: fy,
    title: `Báo cáo tình hình thực hiện, giải ngân kế hoạch đầu tư công quý ${ROMAN[q] ?? ''}/${fy}`,
    daysLeft: daysBetween(at, dueOn),
  };
}

function halfYear(year: number, at: LocalDate): ReportingDate {
  const dueOn = localDate(year, 7, 10);
  return {
    kind: 'half_year',
    dueOn,
    covers: { from: localDate(year, 1, 1), to: localDate(year, 6, 30) },
    planYear: year,
    title: `Báo cáo giải ngân lũy kế 6 tháng đầu năm ${year} chi tiết từng dự án`,
    daysLeft: daysBetween(at, dueOn),
  };
}

function yearReport(planYear: number, at: LocalDate): ReportingDate {
  const dueOn = localDate(planYear + 1, 2, 28);
  return {
    kind: 'year',
    dueOn,
    covers: { from: localDate(planYear, 1, 1), to: localDate(planYear + 1, 1, 31) },
    planYear,
    title: `Báo cáo thực hiện, giải ngân kế hoạch năm ${planYear} chi tiết từng dự án (kể cả số vốn kéo dài sang năm ${planYear + 1})`,
    daysLeft: daysBetween(at, dueOn),
  };
}

/**
 * The next ND 40 report of each kind due on or after `at` (a report due on
 * `at` itself is still next), sorted by due date.
 */
export function nextReportingDates(at: LocalDate): ReportingDate[] {
  const y = Number(at.slice(0, 4));
  const m = Number(at.slice(5, 7));
  const d = Number(at.slice(8, 10));
  const nextMonthly =
    d <= 15 ? monthly(y, m, at) : monthly(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, at);
  const quarterMonths = [1, 4, 7, 10];
  let q: ReportingDate | undefined;
  for (const qm of quarterMonths) {
    if (localDate(y, qm, 10) >= at) {
      q = quarterly(y, qm, at);
      break;
    }
  }
  const nextQuarterly = q ?? quarterly(y + 1, 1, at);
  const nextHalf = localDate(y, 7, 10) >= at ? halfYear(y, at) : halfYear(y + 1, at);
  const nextYear = localDate(y, 2, 28) >= at ? yearReport(y - 1, at) : yearReport(y, at);
  return [nextMonthly, nextQuarterly, nextHalf, nextYear].sort((a, b) =>
    a.dueOn < b.dueOn
      ? -1
      : a.dueOn > b.dueOn
        ? 1
        : REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind),
  );
}
