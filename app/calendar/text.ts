/** Words of the working-day calendar page. */
import type { Texts } from '../platform/i18n';

const vi = {
  title: 'Lịch ngày làm việc',
  intro:
    'Ngày lễ, ngày nghỉ bù và ngày làm bù quyết định các thời hạn tính theo ngày làm việc. Các ngày do hệ thống cung cấp theo quy định; tỉnh có thể thêm ngày riêng.',
  year: 'Năm',
  show: 'Xem',
  workingDays: (year: number, n: string) => `Năm ${year} có ${n} ngày làm việc.`,
  kind: { holiday: 'Ngày lễ, Tết', day_off: 'Nghỉ bù', working_day: 'Làm bù' } as Record<
    string,
    string
  >,
  source: { shipped: 'Theo quy định', admin: 'Do tỉnh thêm' } as Record<string, string>,
  months: [
    'Tháng 1',
    'Tháng 2',
    'Tháng 3',
    'Tháng 4',
    'Tháng 5',
    'Tháng 6',
    'Tháng 7',
    'Tháng 8',
    'Tháng 9',
    'Tháng 10',
    'Tháng 11',
    'Tháng 12',
  ],
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  noEntries: 'Không có ngày đặc biệt.',
  remove: (date: string) => `Xóa ngày ${date}`,
  removeShort: 'Xóa',
  removed: (date: string) => `Đã xóa ngày ${date} khỏi lịch.`,
  add: 'Thêm ngày vào lịch',
  date: 'Ngày',
  kindLabel: 'Loại ngày',
  name: 'Tên gọi',
  nameHint: 'Ví dụ: Nghỉ bù Quốc khánh, Làm bù thứ Bảy.',
  added: 'Đã thêm ngày vào lịch.',
};

const en: typeof vi = {
  title: 'Working-day calendar',
  intro:
    'Public holidays, compensatory days off and weekend days worked decide deadlines counted in working days. The shipped days follow the law; the province may add its own.',
  year: 'Year',
  show: 'Show',
  workingDays: (year, n) => `${year} has ${n} working days.`,
  kind: {
    holiday: 'Public holiday',
    day_off: 'Day off in lieu',
    working_day: 'Weekend day worked',
  },
  source: { shipped: 'Shipped with the product', admin: 'Added by the province' },
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  noEntries: 'No special days.',
  remove: (date) => `Remove ${date}`,
  removeShort: 'Remove',
  removed: (date) => `${date} removed from the calendar.`,
  add: 'Add a day',
  date: 'Date',
  kindLabel: 'Kind of day',
  name: 'Name',
  nameHint: 'E.g. Day off in lieu of National Day.',
  added: 'Day added.',
};

export const calendarText: Texts<typeof vi> = { vi, en };
