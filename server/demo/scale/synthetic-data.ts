/**
 * The content of the synthetic provinces (pure): unit lists, document and
 * task wording, and the status mix of a task given its dates — the same mix
 * as the Bình Phước demo (about seven in ten done, one in ten overdue).
 * Illustrative text for benchmarks, not a real province.
 */
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import { addDays, maxDate, minDate } from '../../../shared/dates/local-date';
import type { Rng } from '../binh-phuoc/random';
import { AGENCIES } from '../binh-phuoc/units-data';

/** The demo's today and the last day with events. */
export const SCALE_TODAY = '2023-07-10';
const LAST_DAY = '2023-07-07';
/** The synthetic registers run from the start of 2021. */
export const SCALE_FIRST_DAY = '2021-01-04';

/** The agencies of a synthetic province: the demo's list (Văn phòng first). */
export const SCALE_AGENCIES = AGENCIES.map((a) => ({
  key: a.key,
  name: a.name,
  symbolCode: a.symbolCode,
}));
/** Each synthetic province has 11 district-level UBND, like Bình Phước. */
export const SCALE_DISTRICT_COUNT = 11;

/** Document types of the synthetic registers with their share and whether they carry a field code. */
export const SCALE_DOC_TYPES: ReadonlyArray<{
  key: string;
  code: string;
  name: string;
  share: number;
}> = [
  { key: 'CV', code: '', name: 'Công văn', share: 0.45 },
  { key: 'QD', code: 'QĐ', name: 'Quyết định', share: 0.22 },
  { key: 'KH', code: 'KH', name: 'Kế hoạch', share: 0.12 },
  { key: 'TB', code: 'TB', name: 'Thông báo', share: 0.14 },
  { key: 'BC', code: 'BC', name: 'Báo cáo', share: 0.05 },
  { key: 'CT', code: 'CT', name: 'Chỉ thị', share: 0.01 },
  { key: 'CD', code: 'CĐ', name: 'Công điện', share: 0.01 },
];

const SUBJECTS = [
  'giải ngân vốn đầu tư công',
  'thu ngân sách nhà nước',
  'cải cách hành chính',
  'chuyển đổi số',
  'phòng, chống thiên tai',
  'xây dựng nông thôn mới',
  'bồi thường, giải phóng mặt bằng các dự án trọng điểm',
  'quản lý đất đai',
  'bảo vệ môi trường',
  'phòng cháy, chữa cháy rừng',
  'an toàn giao thông',
  'tuyển sinh các cấp học',
  'phòng, chống dịch bệnh',
  'giảm nghèo bền vững',
  'thu hút đầu tư',
  'hỗ trợ doanh nghiệp',
  'quản lý tài sản công',
  'tiếp công dân, giải quyết khiếu nại, tố cáo',
  'phòng, chống tham nhũng',
  'sắp xếp tổ chức bộ máy',
  'phát triển du lịch',
  'an sinh xã hội',
  'quản lý quy hoạch, xây dựng',
  'đấu giá quyền sử dụng đất',
] as const;

const VERBS = [
  'Rà soát, báo cáo tình hình',
  'Tham mưu UBND tỉnh giải pháp đẩy nhanh',
  'Kiểm tra, đôn đốc việc thực hiện công tác',
  'Xây dựng kế hoạch triển khai công tác',
  'Tổng hợp, đánh giá kết quả',
  'Đề xuất tháo gỡ khó khăn, vướng mắc trong',
  'Hướng dẫn các địa phương thực hiện công tác',
] as const;

const OUTPUTS = ['Báo cáo', 'Tờ trình', 'Kế hoạch', 'Văn bản tham mưu', null] as const;

/** The trích yếu of a synthetic document. */
export function documentSummary(rng: Rng, typeKey: string, year: number): string {
  const s = rng.pick(SUBJECTS);
  switch (typeKey) {
    case 'CV':
      return `V/v tăng cường ${s}`;
    case 'QD':
      return `Về việc phê duyệt kế hoạch ${s} năm ${year}`;
    case 'KH':
      return `Triển khai ${s} năm ${year}`;
    case 'TB':
      return `Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về ${s}`;
    case 'BC':
      return `Tình hình ${s} năm ${year}`;
    case 'CT':
      return `Về tăng cường ${s}`;
    default:
      return `Về việc ${s}`;
  }
}

/** The content and expected output of a synthetic task citing its document. */
export function taskWording(
  rng: Rng,
  citation: string,
): { content: string; expectedOutput: string | null } {
  return {
    content: `${rng.pick(VERBS)} ${rng.pick(SUBJECTS)} theo ${citation}`,
    expectedOutput: rng.pick(OUTPUTS),
  };
}

/** The dated facts of a generated task, as the use cases would have left them on 10/7/2023. */
export interface TaskDates {
  deadline: string | null;
  extendedDeadline: string | null;
  extensionApprovedOn: string | null;
  completedOn: string | null;
  firstCompletedOn: string | null;
  reopenedOn: string | null;
  progress: number;
  /** Urged once (nhắc nhở) on this day. */
  urgedOn: string | null;
}

/** A working day in [from, to] drawn at random, or null when there is none. */
function dayIn(rng: Rng, cal: WorkingCalendar, from: string, to: string): string | null {
  if (to < from) return null;
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const day = cal.onOrAfter(addDays(from, rng.int(0, span)));
  if (day <= to) return day;
  const last = cal.onOrBefore(to);
  return last >= from ? last : null;
}

/** Draws a task's dates from the mix; `assignedOn` is a working day before 10/7/2023. */
export function taskDates(rng: Rng, cal: WorkingCalendar, assignedOn: string): TaskDates {
  const t: TaskDates = {
    deadline: null,
    extendedDeadline: null,
    extensionApprovedOn: null,
    completedOn: null,
    firstCompletedOn: null,
    reopenedOn: null,
    progress: 0,
    urgedOn: null,
  };
  const first = cal.addWorkingDays(assignedOn, 1);
  if (rng.chance(0.02)) {
    // A standing task (thường xuyên).
    t.progress = rng.int(0, 8) * 10;
    return t;
  }
  const d = cal.onOrAfter(addDays(assignedOn, rng.pick([7, 10, 15, 20, 30, 30, 45, 60, 90])));
  t.deadline = d;
  const done = (on: string | null) => {
    t.completedOn = on;
    t.progress = on ? 100 : t.progress;
  };
  if (d >= SCALE_TODAY) {
    if (rng.chance(0.2)) done(dayIn(rng, cal, first, minDate(d, LAST_DAY)));
    else t.progress = rng.int(0, 8) * 10;
    return t;
  }
  // Old tasks are rarely still open.
  const overdue = d < '2023-01-01' ? 0.02 : 0.125;
  const r = rng.next();
  if (r < 0.03) {
    // Extended before the deadline, done within the new one.
    t.extendedDeadline = addDays(d, rng.pick([15, 30]));
    t.extensionApprovedOn = maxDate(assignedOn, cal.addWorkingDays(d, -2));
    done(dayIn(rng, cal, addDays(d, 1), minDate(t.extendedDeadline, LAST_DAY)));
    if (!t.completedOn) t.progress = 80;
  } else if (r < 1 - overdue - 0.13) {
    done(dayIn(rng, cal, maxDate(first, cal.addWorkingDays(d, -10)), d) ?? d);
  } else if (r < 1 - overdue - 0.005) {
    done(dayIn(rng, cal, addDays(d, 1), minDate(addDays(d, 45), LAST_DAY)));
    if (!t.completedOn) t.progress = 70;
  } else if (r < 1 - overdue) {
    const firstDone = dayIn(rng, cal, first, d) ?? d;
    t.firstCompletedOn = firstDone;
    t.reopenedOn = minDate(cal.addWorkingDays(firstDone, 3), LAST_DAY);
    t.progress = 90;
  } else {
    t.progress = rng.int(1, 9) * 10;
    if (rng.chance(0.3))
      t.urgedOn = dayIn(rng, cal, addDays(d, 1), minDate(addDays(d, 30), LAST_DAY));
  }
  return t;
}
