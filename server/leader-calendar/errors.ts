import type { ErrorSpec } from '../platform/errors';

/** Errors of the leaders' work calendar (lịch công tác). */
export const leaderCalendarErrors = {
  LEADER_EVENT_RANGE_INVALID: {
    status: 422,
    vi: 'Trường "{field}": thời điểm kết thúc {end} phải sau thời điểm bắt đầu {start}.',
    en: 'Field "{field}": the end {end} must be after the start {start}.',
  },
  LEADER_NOT_COMMITTEE_LEADER: {
    status: 422,
    vi: 'Trường "{field}": {name} không giữ chức Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân vào ngày {date}.',
    en: 'Field "{field}": {name} is not the Chair or a Vice-Chair of a People’s Committee on {date}.',
  },
  LEADER_EVENT_NOT_OWN: {
    status: 403,
    vi: 'Lãnh đạo chỉ được thêm hoặc xóa lịch công tác của chính mình.',
    en: 'A leader may only add or remove events on their own calendar.',
  },
  LEADER_EVENT_OF_MEETING: {
    status: 409,
    vi: 'Đây là lịch của hội nghị số {meetingId}; lịch này đi theo hội nghị, không xóa riêng được.',
    en: 'This event belongs to meeting {meetingId}; it follows the meeting and cannot be removed on its own.',
  },
  LEADER_WEEK_INVALID: {
    status: 400,
    vi: 'Trường "{field}": "{value}" không phải là tuần dạng năm-W số tuần (ví dụ 2023-W28).',
    en: 'Field "{field}": "{value}" is not an ISO week such as 2023-W28.',
  },
} as const satisfies Record<string, ErrorSpec>;
