import type { ErrorSpec } from './errors';

/** Errors every area can raise: validation, lookup, concurrency, limits. */
export const commonErrors = {
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Dữ liệu không hợp lệ: {reason}',
    en: 'Invalid input: {reason}',
  },
  FIELD_REQUIRED: {
    status: 400,
    vi: 'Trường "{field}" là bắt buộc.',
    en: 'Field "{field}" is required.',
  },
  FIELD_INVALID: {
    status: 400,
    vi: 'Trường "{field}" không hợp lệ: {reason}',
    en: 'Field "{field}" is invalid: {reason}',
  },
  DATE_INVALID: {
    status: 400,
    vi: 'Trường "{field}": "{value}" không phải là ngày có thật (dạng ngày/tháng/năm hoặc YYYY-MM-DD).',
    en: 'Field "{field}": "{value}" is not a real date (dd/mm/yyyy or YYYY-MM-DD).',
  },
  DATE_RANGE_INVALID: {
    status: 400,
    vi: 'Khoảng thời gian không hợp lệ: ngày bắt đầu {from} sau ngày kết thúc {to}.',
    en: 'Invalid period: the start {from} is after the end {to}.',
  },
  NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy {entity} "{id}".',
    en: '{entity} "{id}" was not found.',
  },
  UNKNOWN_UNIT: {
    status: 422,
    vi: 'Trường "{field}": không có đơn vị "{value}" trong danh mục tổ chức vào ngày {date}.',
    en: 'Field "{field}": there is no unit "{value}" in the organisation registry on {date}.',
  },
  UNIT_AMBIGUOUS: {
    status: 422,
    vi: 'Trường "{field}": "{value}" khớp với {count} đơn vị; hãy ghi mã đơn vị.',
    en: 'Field "{field}": "{value}" matches {count} units; give the unit code.',
  },
  UNKNOWN_PERSON: {
    status: 422,
    vi: 'Trường "{field}": không có cán bộ "{value}" trong danh mục.',
    en: 'Field "{field}": there is no person "{value}" in the registry.',
  },
  STALE_VERSION: {
    status: 412,
    vi: 'Dữ liệu đã được người khác thay đổi (phiên bản hiện tại {current}, bạn gửi {sent}). Hãy tải lại rồi sửa lại.',
    en: 'The record was changed by someone else (current version {current}, you sent {sent}). Reload and try again.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Tệp hoặc dữ liệu gửi lên quá lớn (tối đa {limit}).',
    en: 'The upload is too large (limit {limit}).',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi rồi thử lại.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  DEMO_DATABASE_NOT_EMPTY: {
    status: 409,
    vi: 'Cơ sở dữ liệu đã có dữ liệu; dùng "dieuhanh demo --reset" để xóa và tạo lại tỉnh minh họa.',
    en: 'The database is not empty; use "dieuhanh demo --reset" to erase it and create the demo again.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên (mã tham chiếu {ref}).',
    en: 'Internal error. Try again or tell the administrator (reference {ref}).',
  },
  IMPORT_FAILED: {
    status: 422,
    vi: 'Không nhập được tệp: có {count} lỗi, chưa có dòng nào được ghi.',
    en: 'The file was not imported: {count} errors, nothing was written.',
  },
  IMPORT_BAD_FILE: {
    status: 422,
    vi: 'Không đọc được tệp Excel: {reason}',
    en: 'The Excel file cannot be read: {reason}',
  },
  IMPORT_CELL_INVALID: {
    status: 422,
    vi: 'Dòng {row}, cột "{column}": {reason}',
    en: 'Row {row}, column "{column}": {reason}',
  },
} as const satisfies Record<string, ErrorSpec>;
