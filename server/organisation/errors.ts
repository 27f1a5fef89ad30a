import type { ErrorSpec } from '../platform/errors';

/** Errors of the organisation registry. */
export const organisationErrors = {
  UNIT_CODE_TAKEN: {
    status: 409,
    vi: 'Mã đơn vị "{code}" đã được dùng.',
    en: 'The unit code "{code}" is already in use.',
  },
  UNIT_NOT_VALID_ON: {
    status: 422,
    vi: 'Đơn vị "{unit}" không còn hoặc chưa tồn tại vào ngày {date}.',
    en: 'The unit "{unit}" does not exist on {date}.',
  },
  UNIT_PARENT_INVALID: {
    status: 422,
    vi: 'Không thể đặt "{parent}" làm đơn vị cấp trên của "{unit}": {reason}',
    en: 'Cannot make "{parent}" the parent of "{unit}": {reason}',
  },
  UNIT_RENAME_DATE_INVALID: {
    status: 422,
    vi: 'Ngày đổi tên {date} phải sau ngày bắt đầu của tên hiện hành ({current}).',
    en: 'The renaming date {date} must be after the start of the current name ({current}).',
  },
  UNIT_ALREADY_DISSOLVED: {
    status: 409,
    vi: 'Đơn vị "{unit}" đã giải thể/sáp nhập từ ngày {date}.',
    en: 'The unit "{unit}" was already dissolved or merged on {date}.',
  },
  UNIT_SUCCESSOR_INVALID: {
    status: 422,
    vi: 'Đơn vị kế thừa "{successor}" không hợp lệ: {reason}',
    en: 'The successor unit "{successor}" is not valid: {reason}',
  },
  COUNCIL_SESSION_EXISTS: {
    status: 409,
    vi: 'Kỳ họp thứ {number} của HĐND khóa {term} đã có.',
    en: 'Session {number} of council term {term} already exists.',
  },
  COUNCIL_TERM_NOT_FOUND: {
    status: 404,
    vi: 'Không có HĐND khóa {term} của đơn vị "{council}".',
    en: 'There is no council term {term} of "{council}".',
  },
} as const satisfies Record<string, ErrorSpec>;
