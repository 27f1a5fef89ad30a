/** Words of the inbox (hộp thông báo) and the reminder settings (cài đặt nhắc hạn). */
import type { Texts } from '../platform/i18n';
import type { OverdueRepeat } from './api';

const vi = {
  bell: (n: number) =>
    n === 0 ? 'Thông báo, không có thông báo chưa đọc' : `Thông báo, ${n} chưa đọc`,
  bellLoading: 'Thông báo',
  title: 'Thông báo',
  intro: 'Nhắc hạn, quá hạn và bản tổng hợp hằng ngày gửi cho bạn, mới nhất trước.',
  unreadCount: (n: number) =>
    n === 0 ? 'Không có thông báo chưa đọc.' : `${n} thông báo chưa đọc.`,
  onlyUnread: 'Chỉ hiện thông báo chưa đọc',
  markAllRead: 'Đánh dấu tất cả đã đọc',
  markedAll: (n: number) => `Đã đánh dấu ${n} thông báo đã đọc.`,
  markRead: 'Đánh dấu đã đọc',
  markUnread: 'Đánh dấu chưa đọc',
  unread: 'Chưa đọc',
  loadMore: 'Xem thêm thông báo cũ hơn',
  loadingMore: 'Đang tải thêm…',
  listLabel: 'Danh sách thông báo',
  empty: 'Bạn chưa có thông báo nào.',
  emptyUnread: 'Không có thông báo chưa đọc.',
  noLink: 'Không có mục liên kết',
  kinds: {
    'reminder.before_deadline': 'Nhắc hạn',
    'reminder.overdue': 'Quá hạn',
    digest: 'Tổng hợp hằng ngày',
    urging: 'Đôn đốc',
  } as Record<string, string>,
  settings: 'Cài đặt nhắc hạn của tôi',
  settingsIntro:
    'Chọn khi nào được nhắc trước thời hạn của nhiệm vụ, nhắc lại khi quá hạn, giờ nhận bản tổng hợp và kênh nhận ngoài hộp thông báo.',
  days: 'Nhắc trước hạn (số ngày)',
  daysHint:
    'Các số ngày trước thời hạn, cách nhau bằng dấu phẩy, từ 0 đến 60 (0 là đúng ngày đến hạn), ví dụ: 7, 3, 1, 0. Để trống nếu không muốn nhắc trước hạn.',
  daysInvalid: (part: string) =>
    `Nhắc trước hạn (số ngày): "${part}" không phải là số ngày nguyên không âm.`,
  repeat: 'Nhắc lại khi quá hạn',
  repeats: {
    daily: 'Hằng ngày',
    every_3_days: '3 ngày một lần',
    weekly: 'Hằng tuần',
  } satisfies Record<OverdueRepeat, string>,
  digest: 'Giờ nhận bản tổng hợp hằng ngày',
  digestHint: 'Dạng giờ:phút (HH:MM), ví dụ 07:30. Để trống nếu không nhận bản tổng hợp.',
  channels: 'Kênh nhận thêm',
  email: (address: string | null) =>
    address ? `Thư điện tử (gửi tới ${address})` : 'Thư điện tử (tài khoản chưa có địa chỉ thư)',
  webhook: 'Dịch vụ kết nối của tỉnh (Zalo OA, tin nhắn SMS)',
  save: 'Lưu cài đặt',
  saving: 'Đang lưu…',
  saved: 'Đã lưu cài đặt nhắc hạn.',
  fieldMessage: (label: string, message: string) => `${label}: ${message}`,
};

const en: typeof vi = {
  bell: (n) => (n === 0 ? 'Notifications, none unread' : `Notifications, ${n} unread`),
  bellLoading: 'Notifications',
  title: 'Notifications',
  intro: 'Deadline reminders, overdue notices and daily digests sent to you, newest first.',
  unreadCount: (n) => (n === 0 ? 'No unread notifications.' : `${n} unread notifications.`),
  onlyUnread: 'Show unread only',
  markAllRead: 'Mark all read',
  markedAll: (n) => `Marked ${n} notifications read.`,
  markRead: 'Mark read',
  markUnread: 'Mark unread',
  unread: 'Unread',
  loadMore: 'Load older notifications',
  loadingMore: 'Loading more…',
  listLabel: 'Notifications',
  empty: 'You have no notifications yet.',
  emptyUnread: 'No unread notifications.',
  noLink: 'No linked item',
  kinds: {
    'reminder.before_deadline': 'Reminder',
    'reminder.overdue': 'Overdue',
    digest: 'Daily digest',
    urging: 'Urging',
  },
  settings: 'My reminder settings',
  settingsIntro:
    'Choose when to be reminded before a task’s deadline, how often when overdue, when to get the daily digest, and the channels besides the inbox.',
  days: 'Remind before the deadline (days)',
  daysHint:
    'Days before the deadline, separated by commas, from 0 to 60 (0 is the due day), e.g. 7, 3, 1, 0. Leave empty for none.',
  daysInvalid: (part) =>
    `Remind before the deadline (days): "${part}" is not a whole number of days.`,
  repeat: 'Repeat when overdue',
  repeats: { daily: 'Daily', every_3_days: 'Every 3 days', weekly: 'Weekly' },
  digest: 'Daily digest time',
  digestHint: 'As HH:MM, e.g. 07:30. Leave empty for no digest.',
  channels: 'Also by',
  email: (address) => (address ? `E-mail (to ${address})` : 'E-mail (the account has no address)'),
  webhook: 'The province’s connected services (Zalo OA, SMS)',
  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Reminder settings saved.',
  fieldMessage: (label, message) => `${label}: ${message}`,
};

export const notificationsText: Texts<typeof vi> = { vi, en };
