import type { ErrorSpec } from '../platform/errors';

/** Errors of the indicator catalogue, targets, period values, locks and explanations. */
export const indicatorErrors = {
  INDICATOR_CODE_TAKEN: {
    status: 409,
    vi: 'Trường "{field}": mã chỉ tiêu "{code}" đã có trong danh mục của tỉnh.',
    en: 'Field "{field}": the indicator code "{code}" is already in the province\'s catalogue.',
  },
  INDICATOR_UNKNOWN: {
    status: 422,
    vi: 'Trường "{field}": không có chỉ tiêu mã "{value}" trong danh mục của tỉnh.',
    en: 'Field "{field}": there is no indicator "{value}" in the province\'s catalogue.',
  },
  INDICATOR_PARENT_INVALID: {
    status: 422,
    vi: 'Trường "{field}": chỉ tiêu cha không hợp lệ ({reason}).',
    en: 'Field "{field}": invalid parent indicator ({reason}).',
  },
  INDICATOR_UNIT_OUTSIDE_PROVINCE: {
    status: 422,
    vi: 'Trường "{field}": đơn vị "{unit}" không thuộc tỉnh của chỉ tiêu.',
    en: 'Field "{field}": the unit "{unit}" is not in the indicator\'s province.',
  },
  INDICATOR_INACTIVE: {
    status: 409,
    vi: 'Chỉ tiêu "{code}" đã ngừng theo dõi; không thể ghi số liệu.',
    en: 'The indicator "{code}" is no longer tracked; figures cannot be entered.',
  },
  INDICATOR_PERIOD_KIND: {
    status: 422,
    vi: 'Trường "{field}": chỉ tiêu "{code}" nhập số liệu theo {expected}; kỳ "{period}" không phù hợp.',
    en: 'Field "{field}": the indicator "{code}" takes figures by {expectedEn}; the period "{period}" does not fit.',
  },
  INDICATOR_PERIOD_NOT_STARTED: {
    status: 422,
    vi: 'Trường "{field}": kỳ {period} chưa bắt đầu (từ ngày {from}; hôm nay là {today}).',
    en: 'Field "{field}": the period {period} has not started (it starts on {from}; today is {today}).',
  },
  INDICATOR_PERIOD_LOCKED: {
    status: 409,
    vi: 'Trường "{field}": kỳ {period} đã khóa số liệu ngày {lockedOn}; không thể ghi số liệu chỉ tiêu "{code}".',
    en: 'Field "{field}": the period {period} was locked on {lockedOn}; figures of "{code}" cannot be written.',
  },
  INDICATOR_PERIOD_ALREADY_LOCKED: {
    status: 409,
    vi: 'Trường "{field}": kỳ {period} đã được khóa ngày {lockedOn}.',
    en: 'Field "{field}": the period {period} was already locked on {lockedOn}.',
  },
  INDICATOR_RATIO_PARTS: {
    status: 422,
    vi: 'Trường "{field}": {reason}',
    en: 'Field "{field}": {reasonEn}',
  },
  INDICATOR_VALUE_STATE: {
    status: 409,
    vi: 'Số liệu đã được xử lý (trạng thái "{status}"); không thể {action}.',
    en: 'The figure was already handled (status "{status}"); cannot {actionEn}.',
  },
  INDICATOR_DUPLICATE_VALUE: {
    status: 422,
    vi: 'Trường "{field}": chỉ tiêu "{code}", đơn vị "{unit}", kỳ {period} xuất hiện hai lần trong cùng lần gửi.',
    en: 'Field "{field}": indicator "{code}", unit "{unit}", period {period} appears twice in the same batch.',
  },
  INDICATOR_BATCH_REJECTED: {
    status: 422,
    vi: 'Không ghi được số liệu: có {count} lỗi, chưa có số liệu nào được ghi.',
    en: 'The figures were not written: {count} errors, nothing was written.',
  },
  INDICATOR_IMPORT_CELL: {
    status: 422,
    vi: 'Dòng {row}, cột "{column}": {reason}',
    en: 'Row {row}, column "{column}": {reasonEn}',
  },
  INDICATOR_NOT_RED: {
    status: 422,
    vi: 'Trường "{field}": chỉ tiêu "{code}" kỳ {period} đang ở mức {colourVi}; chỉ yêu cầu giải trình khi chỉ tiêu ở mức đỏ.',
    en: 'Field "{field}": the indicator "{code}" is {colour} for {period}; an explanation is requested only for a red indicator.',
  },
  INDICATOR_EXPLANATION_OPEN: {
    status: 409,
    vi: 'Chỉ tiêu "{code}" kỳ {period} đang có yêu cầu giải trình chưa đóng (số {id}).',
    en: 'The indicator "{code}" already has an open explanation request for {period} (no. {id}).',
  },
  INDICATOR_EXPLANATION_STATE: {
    status: 409,
    vi: 'Giải trình đang ở trạng thái "{status}"; không thể {action}.',
    en: 'The explanation is "{status}"; cannot {actionEn}.',
  },
  INDICATOR_DUE_BEFORE_REQUEST: {
    status: 422,
    vi: 'Trường "{field}": hạn giải trình {dueOn} không được trước ngày yêu cầu {today}.',
    en: 'Field "{field}": the deadline {dueOn} cannot be before the request date {today}.',
  },
  INDICATOR_THRESHOLDS_INVALID: {
    status: 422,
    vi: 'Ngưỡng màu không hợp lệ: ngưỡng vàng ({amber}) phải nhỏ hơn hoặc bằng ngưỡng xanh ({green}) và lớn hơn 0.',
    en: 'Invalid colour thresholds: amber ({amber}) must be positive and at most green ({green}).',
  },
} as const satisfies Record<string, ErrorSpec>;
