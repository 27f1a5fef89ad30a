import type { ErrorSpec } from '../platform/errors';

/** Errors of task accountability. */
export const taskErrors = {
  TASK_LEAD_REQUIRED: {
    status: 422,
    vi: 'Nhiệm vụ phải có đúng một đơn vị chủ trì (đang có {count}).',
    en: 'A task needs exactly one lead unit (it has {count}).',
  },
  TASK_UNIT_TWICE: {
    status: 422,
    vi: 'Đơn vị "{unit}" được giao hai lần trong cùng nhiệm vụ.',
    en: 'The unit "{unit}" is assigned twice to the same task.',
  },
  TASK_DEADLINE_BEFORE_SOURCE: {
    status: 422,
    vi: 'Thời hạn {deadline} không được trước ngày của văn bản giao nhiệm vụ ({sourceDate}).',
    en: 'The deadline {deadline} cannot be before the date of the source document ({sourceDate}).',
  },
  TASK_CLOSED: {
    status: 409,
    vi: 'Nhiệm vụ đã hoàn thành ngày {completedOn}; không thể {action}.',
    en: 'The task was completed on {completedOn}; cannot {action}.',
  },
  TASK_NOT_CLOSED: {
    status: 409,
    vi: 'Nhiệm vụ chưa hoàn thành nên không thể mở lại.',
    en: 'The task is not completed, so it cannot be re-opened.',
  },
  TASK_PROGRESS_RANGE: {
    status: 400,
    vi: 'Tiến độ phải từ 0 đến 100% (đã nhập {percent}).',
    en: 'Progress must be between 0 and 100% (got {percent}).',
  },
  TASK_NOT_ASSIGNED_TO_UNIT: {
    status: 403,
    vi: 'Đơn vị của bạn không được giao nhiệm vụ này.',
    en: 'Your unit is not assigned to this task.',
  },
  TASK_EXTENSION_STATE: {
    status: 409,
    vi: 'Đề nghị gia hạn đang ở trạng thái "{status}"; không thể {action}.',
    en: 'The extension request is "{status}"; cannot {action}.',
  },
  TASK_EXTENSION_DATE: {
    status: 422,
    vi: 'Thời hạn đề nghị {requested} phải sau thời hạn hiện hành {current}.',
    en: 'The requested deadline {requested} must be after the current deadline {current}.',
  },
  TASK_EXTENSION_PENDING: {
    status: 409,
    vi: 'Nhiệm vụ đang có một đề nghị gia hạn chưa được quyết định.',
    en: 'The task already has an undecided extension request.',
  },
  TASK_NOT_LEADER_IN_CHARGE: {
    status: 403,
    vi: 'Chỉ lãnh đạo phụ trách nhiệm vụ (hoặc Chủ tịch) mới được quyết định gia hạn.',
    en: 'Only the leader in charge of the task (or the Chair) may decide an extension.',
  },
  TASK_PROGRESS_STATE: {
    status: 409,
    vi: 'Báo cáo tiến độ đã được xử lý ({status}).',
    en: 'The progress report was already handled ({status}).',
  },
  TASK_DATE_IN_FUTURE: {
    status: 422,
    vi: 'Trường "{field}": ngày {date} chưa đến (hôm nay là {today}).',
    en: 'Field "{field}": {date} is in the future (today is {today}).',
  },
  TASK_RECURRENCE_INVALID: {
    status: 422,
    vi: 'Lịch định kỳ không hợp lệ: {reason}',
    en: 'Invalid recurrence: {reason}',
  },
  URGING_TARGET_DONE: {
    status: 409,
    vi: 'Không thể đôn đốc: nhiệm vụ đã hoàn thành ngày {completedOn}.',
    en: 'Cannot urge: the task was completed on {completedOn}.',
  },
} as const satisfies Record<string, ErrorSpec>;
