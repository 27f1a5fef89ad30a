import type { ErrorSpec } from '../platform/errors';

/** Errors of monthly review meetings, their agenda, conclusions and Thông báo kết luận. */
export const meetingErrors = {
  MEETING_ISSUED: {
    status: 409,
    vi: 'Hội nghị đã ban hành Thông báo kết luận số {numberSymbol}; không thể {action}.',
    en: 'The meeting’s conclusions were issued as {numberSymbol}; cannot {action}.',
  },
  MEETING_ALREADY_ISSUED: {
    status: 409,
    vi: 'Thông báo kết luận của hội nghị đã được ban hành (số {numberSymbol} ngày {issuedOn}); không ban hành lần thứ hai.',
    en: 'The meeting’s conclusion notice was already issued ({numberSymbol} on {issuedOn}); it is not issued twice.',
  },
  MEETING_NO_CONCLUSIONS: {
    status: 422,
    vi: 'Hội nghị chưa có kết luận nào; chưa thể ban hành Thông báo kết luận.',
    en: 'The meeting has no conclusions yet; the conclusion notice cannot be issued.',
  },
  MEETING_CONCLUSION_LEAD_REQUIRED: {
    status: 422,
    vi: 'Trường "{field}": mỗi kết luận phải có đúng một đơn vị chủ trì (đang có {count}).',
    en: 'Field "{field}": each conclusion needs exactly one lead unit (it has {count}).',
  },
  MEETING_CONCLUSION_UNIT_TWICE: {
    status: 422,
    vi: 'Trường "{field}": đơn vị "{unit}" được ghi hai lần trong cùng một kết luận.',
    en: 'Field "{field}": the unit "{unit}" appears twice in the same conclusion.',
  },
  MEETING_DEADLINE_BEFORE_MEETING: {
    status: 422,
    vi: 'Trường "{field}": thời hạn {deadline} không được trước ngày họp {meetingDate}.',
    en: 'Field "{field}": the deadline {deadline} cannot be before the meeting date {meetingDate}.',
  },
  MEETING_ISSUE_BEFORE_MEETING: {
    status: 422,
    vi: 'Trường "{field}": ngày ban hành {issueDate} không được trước ngày họp {meetingDate}.',
    en: 'Field "{field}": the issue date {issueDate} cannot be before the meeting date {meetingDate}.',
  },
} as const satisfies Record<string, ErrorSpec>;
