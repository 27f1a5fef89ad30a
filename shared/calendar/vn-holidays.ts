/**
 * Vietnamese public holidays for state employees (cán bộ, công chức, viên
 * chức), 2022–2026, as dated entries for `createWorkingCalendar`.
 *
 * The statutory days are Bộ luật Lao động 2019 Điều 112 khoản 1: Tết Dương
 * lịch 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5;
 * Quốc khánh 2/9 plus one adjacent day. A holiday on a weekly rest day gives a
 * compensatory day off (Điều 111 khoản 3). Each year the Government chooses
 * the exact Tết days and the adjacent Quốc khánh day and may swap a weekday off
 * against a Saturday worked; those announcements are entered below with their
 * sources. Lunar dates are written out per year: nothing is computed at run
 * time.
 *
 * Modelling: each of the 11 statutory days is a `holiday` (also when it falls
 * on a weekend, so `entryFor` can name it); a weekday off that replaces a
 * holiday lost to a weekend, or that was swapped, is a `day_off`; the Saturday
 * worked in exchange is a `working_day`. Weekends inside a break need no entry.
 *
 * Not included: Ngày Văn hóa Việt Nam 24/11. The Politburo chose it as a paid
 * holiday, but as of 26/02/2026 it still awaited an amendment of Điều 112
 * (Nghị quyết 30/NQ-CP; vneconomy.vn, znews.vn, 26/02/2026) [U].
 * Provinces add their own entries (e.g. the server's `admin` calendar rows).
 */
import type { CalendarEntry, CalendarEntryKind } from './working-days';

/** First and last year with shipped data; other years must be entered by the province. */
export const VN_HOLIDAY_YEARS = Object.freeze({ first: 2022, last: 2026 });

function entry(date: string, kind: CalendarEntryKind, name: string): CalendarEntry {
  return Object.freeze({ date, kind, name });
}
const holiday = (date: string, name: string) => entry(date, 'holiday', name);
const dayOff = (date: string, name: string) => entry(date, 'day_off', name);
const workingDay = (date: string, name: string) => entry(date, 'working_day', name);

const NEW_YEAR = 'Tết Dương lịch';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const VICTORY = 'Ngày Chiến thắng 30/4';
const LABOUR = 'Ngày Quốc tế Lao động 1/5';
const NATIONAL = 'Quốc khánh 2/9';

// 2022 — all verified [V2]:
// - Tết Dương lịch 1–3/1 (1/1 Saturday, nghỉ bù Monday 3/1): sggpnews.org.vn
//   "ministry-submits-tet-holiday-schedule-to-prime-minister-96166" (05/12/2021).
// - Tết Nhâm Dần 31/1 (29 Chạp) – 4/2 (mùng 4), weekends either side, so
//   29/1–6/2 off: same page; en.baobinhthuan.com.vn/print/94428.html (Deputy PM
//   Vũ Đức Đam's approval, Công văn 245/VPCP of 11/01/2022 per kinhtemoitruong.vn).
// - Giỗ Tổ 10/4 (Sunday), nghỉ bù Monday 11/4; 30/4 and 1/5 on Saturday and
//   Sunday, nghỉ bù 2/5 and 3/5: sggpnews.org.vn "seven-days-off-in-total-for-
//   national-holidays-in-april-97988" (MOLISA Department of Work Safety).
// - Quốc khánh 1/9 (Thursday) and 2/9 (Friday), off 1–4/9: baobinhthuan page
//   above; en.dangcongsan.vn ".../workers-to-have-four-day-off-from-september-1-to-4-on-national-day-599964".
const Y2022: readonly CalendarEntry[] = [
  holiday('2022-01-01', NEW_YEAR),
  dayOff('2022-01-03', `Nghỉ bù ${NEW_YEAR}`),
  holiday('2022-01-31', 'Tết Nguyên đán Nhâm Dần'),
  holiday('2022-02-01', 'Tết Nguyên đán Nhâm Dần'),
  holiday('2022-02-02', 'Tết Nguyên đán Nhâm Dần'),
  holiday('2022-02-03', 'Tết Nguyên đán Nhâm Dần'),
  holiday('2022-02-04', 'Tết Nguyên đán Nhâm Dần'),
  holiday('2022-04-10', HUNG_KINGS),
  dayOff('2022-04-11', `Nghỉ bù ${HUNG_KINGS}`),
  holiday('2022-04-30', VICTORY),
  holiday('2022-05-01', LABOUR),
  dayOff('2022-05-02', `Nghỉ bù ${VICTORY}`),
  dayOff('2022-05-03', `Nghỉ bù ${LABOUR}`),
  holiday('2022-09-01', NATIONAL),
  holiday('2022-09-02', NATIONAL),
];

// 2023 — all verified [V2]:
// - Tết Dương lịch: 1/1 Sunday, nghỉ bù Monday 2/1 (MOLISA notice quoted at
//   118.69.84.237:801/phap-luat/tim-tu-van, a legal Q&A mirror).
// - Tết Quý Mão 20/1 (29 Chạp) – 26/1 (mùng 5), "5 ngày nghỉ Tết và 2 ngày nghỉ
//   bù": Công văn 8056/VPCP-KGVX of 01/12/2022 (truyenhinhnghean.vn,
//   vinhlinh.quangtri.gov.vn; en.vietnamplus.vn ".../sevenday-tet-holiday-fixed-
//   for-state-employees/244803.vnp"). Which two days are the nghỉ bù is not
//   stated; we take the 5 Tết days as 30 Chạp – mùng 4 (21–25/1) and the
//   weekdays either side (20/1, 26/1) as nghỉ bù. Working-day arithmetic does
//   not depend on that split.
// - Giỗ Tổ 29/4 (Saturday), 30/4 (Sunday), 1/5 (Monday); nghỉ bù 2/5 and 3/5:
//   en.vietnamplus.vn ".../workers-to-enjoy-fiveday-reunification-day-holiday/247586.vnp" (30/01/2023).
// - Quốc khánh 1/9 (Friday), 2/9 (Saturday), nghỉ bù Monday 4/9: Công văn
//   8056/VPCP-KGVX above; vietnaminsider.vn (MOLISA, 23/08/2023).
const Y2023: readonly CalendarEntry[] = [
  holiday('2023-01-01', NEW_YEAR),
  dayOff('2023-01-02', `Nghỉ bù ${NEW_YEAR}`),
  dayOff('2023-01-20', 'Nghỉ bù Tết Nguyên đán Quý Mão'),
  holiday('2023-01-21', 'Tết Nguyên đán Quý Mão'),
  holiday('2023-01-22', 'Tết Nguyên đán Quý Mão'),
  holiday('2023-01-23', 'Tết Nguyên đán Quý Mão'),
  holiday('2023-01-24', 'Tết Nguyên đán Quý Mão'),
  holiday('2023-01-25', 'Tết Nguyên đán Quý Mão'),
  dayOff('2023-01-26', 'Nghỉ bù Tết Nguyên đán Quý Mão'),
  holiday('2023-04-29', HUNG_KINGS),
  holiday('2023-04-30', VICTORY),
  holiday('2023-05-01', LABOUR),
  dayOff('2023-05-02', `Nghỉ bù ${HUNG_KINGS}`),
  dayOff('2023-05-03', `Nghỉ bù ${VICTORY}`),
  holiday('2023-09-01', NATIONAL),
  holiday('2023-09-02', NATIONAL),
  dayOff('2023-09-04', `Nghỉ bù ${NATIONAL}`),
];

// 2024 — all verified [V2]:
// - Tết Dương lịch: 1/1 Monday, one day (vietnaminsider.vn "new-years-eve-has-3-days-off").
// - Tết Giáp Thìn 8/2 (29 Chạp) – 14/2 (mùng 5), 5 Tết days + 2 nghỉ bù:
//   Công văn 8662/VPCP-KGVX of 03/11/2023 and Thông báo 5014/TB-LĐTBXH of
//   22/11/2023 (vietnamnews.vn/society/1636141; sucsongtre.vn). Split as in 2023:
//   9–13/2 Tết, 8/2 and 14/2 nghỉ bù.
// - Giỗ Tổ 18/4 (Thursday), one day: vietnamnet.vn/en "laborers-to-enjoy-17-days-of-holidays-in-2024".
// - 30/4 (Tuesday), 1/5 (Wednesday); Monday 29/4 swapped, worked on Saturday
//   4/5: Công văn 2450/VPCP-KGVX of 12/04/2024 (baophapluat.vn, baotintuc.vn).
// - Quốc khánh 2/9 (Monday) and 3/9 (Tuesday), off 31/8–3/9: Thông báo
//   5014/TB-LĐTBXH above; m.btv.org.vn; en.sggp.org.vn "national-day-holiday-to-last-four-days-post111612".
const Y2024: readonly CalendarEntry[] = [
  holiday('2024-01-01', NEW_YEAR),
  dayOff('2024-02-08', 'Nghỉ bù Tết Nguyên đán Giáp Thìn'),
  holiday('2024-02-09', 'Tết Nguyên đán Giáp Thìn'),
  holiday('2024-02-10', 'Tết Nguyên đán Giáp Thìn'),
  holiday('2024-02-11', 'Tết Nguyên đán Giáp Thìn'),
  holiday('2024-02-12', 'Tết Nguyên đán Giáp Thìn'),
  holiday('2024-02-13', 'Tết Nguyên đán Giáp Thìn'),
  dayOff('2024-02-14', 'Nghỉ bù Tết Nguyên đán Giáp Thìn'),
  holiday('2024-04-18', HUNG_KINGS),
  dayOff('2024-04-29', `Hoán đổi ngày làm việc dịp ${VICTORY}`),
  holiday('2024-04-30', VICTORY),
  holiday('2024-05-01', LABOUR),
  workingDay('2024-05-04', 'Làm bù cho thứ Hai 29/4/2024'),
  holiday('2024-09-02', NATIONAL),
  holiday('2024-09-03', NATIONAL),
];

// 2025 — all verified [V2]:
// - Tết Dương lịch: 1/1 Wednesday, one day (vietnamnet.vn/en "new-year-s-day-2025-one-paid-day-off").
// - Thông báo 6150/TB-BLĐTBXH of 03/12/2024, implementing Công văn
//   8726/VPCP-KGVX of 26/11/2024 (English text on lawnet.vn): Tết Ất Tỵ 25/1 –
//   2/2, "05 days of the Lunar New Year holiday and 04 weekly days off", i.e.
//   27–31/1 (en.sggp.org.vn, vietnam.vn); Quốc khánh 30/8 – 2/9 with 1/9 and
//   2/9 as the holidays (en.sggp.org.vn 03/08/2025); Friday 2/5 swapped with
//   Saturday 26/4, so 30/4–4/5 off.
// - Giỗ Tổ 7/4 (Monday): en.baochinhphu.vn "three-days-off-in-celebration-for-hung-kings-commemoration-day"; vietcetera.com.
const Y2025: readonly CalendarEntry[] = [
  holiday('2025-01-01', NEW_YEAR),
  holiday('2025-01-27', 'Tết Nguyên đán Ất Tỵ'),
  holiday('2025-01-28', 'Tết Nguyên đán Ất Tỵ'),
  holiday('2025-01-29', 'Tết Nguyên đán Ất Tỵ'),
  holiday('2025-01-30', 'Tết Nguyên đán Ất Tỵ'),
  holiday('2025-01-31', 'Tết Nguyên đán Ất Tỵ'),
  holiday('2025-04-07', HUNG_KINGS),
  workingDay('2025-04-26', 'Làm bù cho thứ Sáu 2/5/2025'),
  holiday('2025-04-30', VICTORY),
  holiday('2025-05-01', LABOUR),
  dayOff('2025-05-02', `Hoán đổi ngày làm việc dịp ${LABOUR}`),
  holiday('2025-09-01', NATIONAL),
  holiday('2025-09-02', NATIONAL),
];

// 2026 — verified [V2] except where marked:
// - Tết Dương lịch: 1/1 (Thursday); Friday 2/1 swapped with Saturday 10/1, so
//   1–4/1 off: Công văn 12729/VPCP-KGVX of 25/12/2025 (en.sggp.org.vn
//   "government-approves-four-day-new-year-holiday-for-2026-post122755").
// - Thông báo 9441/TB-BNV of 16/10/2025 (vietnamnews.vn/politics-laws/1727514;
//   vietnam.vn quoting baohaiphong.vn; kienthuc.net.vn): Tết Bính Ngọ 14/2 –
//   22/2 with the 5 Tết days 16–20/2 (29 Chạp – mùng 4); Quốc khánh 1/9 and 2/9,
//   Monday 31/8 swapped with Saturday 22/8, so 29/8–2/9 off.
// - Giỗ Tổ 26/4 (Sunday), nghỉ bù Monday 27/4; 30/4 (Thursday) and 1/5 (Friday)
//   with no swap: thanhnien.vn (23/02/2026), kenh14.vn (11/03/2026, "chưa có
//   phương án điều chỉnh mới"). No official notice seen for these two; a later
//   swap announcement would have to be added [U].
const Y2026: readonly CalendarEntry[] = [
  holiday('2026-01-01', NEW_YEAR),
  dayOff('2026-01-02', `Hoán đổi ngày làm việc dịp ${NEW_YEAR}`),
  workingDay('2026-01-10', 'Làm bù cho thứ Sáu 2/1/2026'),
  holiday('2026-02-16', 'Tết Nguyên đán Bính Ngọ'),
  holiday('2026-02-17', 'Tết Nguyên đán Bính Ngọ'),
  holiday('2026-02-18', 'Tết Nguyên đán Bính Ngọ'),
  holiday('2026-02-19', 'Tết Nguyên đán Bính Ngọ'),
  holiday('2026-02-20', 'Tết Nguyên đán Bính Ngọ'),
  holiday('2026-04-26', HUNG_KINGS),
  dayOff('2026-04-27', `Nghỉ bù ${HUNG_KINGS}`),
  holiday('2026-04-30', VICTORY),
  holiday('2026-05-01', LABOUR),
  workingDay('2026-08-22', 'Làm bù cho thứ Hai 31/8/2026'),
  dayOff('2026-08-31', `Hoán đổi ngày làm việc dịp ${NATIONAL}`),
  holiday('2026-09-01', NATIONAL),
  holiday('2026-09-02', NATIONAL),
];

/** Every shipped entry for 2022–2026, sorted by date. */
export const VN_HOLIDAYS: readonly CalendarEntry[] = Object.freeze([
  ...Y2022,
  ...Y2023,
  ...Y2024,
  ...Y2025,
  ...Y2026,
]);

/** The shipped entries dated in `year`; throws RangeError outside {@link VN_HOLIDAY_YEARS} rather than pretend a year has no holidays. */
export function vnHolidaysFor(year: number): CalendarEntry[] {
  if (!Number.isInteger(year) || year < VN_HOLIDAY_YEARS.first || year > VN_HOLIDAY_YEARS.last) {
    throw new RangeError(
      `No shipped holiday data for ${year} (covered: ${VN_HOLIDAY_YEARS.first}–${VN_HOLIDAY_YEARS.last}); enter that year's announced schedule`,
    );
  }
  const prefix = `${year}-`;
  return VN_HOLIDAYS.filter((e) => e.date.startsWith(prefix));
}
