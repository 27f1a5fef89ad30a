import type { ErrorSpec } from '../../platform/errors';

/**
 * Errors of voter petitions and interpellations; the unit, register-document
 * and date checks are shared with business feedback (server/citizens/business).
 */
export const voterPetitionErrors = {
  PETITION_UNIT_DISSOLVED: {
    status: 422,
    vi: 'Trường "{field}": đơn vị "{unit}" đã giải thể hoặc sáp nhập từ ngày {date}{successor}; không giao việc cho đơn vị này.',
    en: 'Field "{field}": the unit "{unit}" was dissolved or merged on {date}{successor}; work cannot be assigned to it.',
  },
  PETITION_DOCUMENT_INVALID: {
    status: 422,
    vi: 'Trường "{field}": văn bản số {id} {reason}, không dùng làm văn bản trả lời được.',
    en: 'Field "{field}": document {id} {reason}; it cannot be the answer.',
  },
  PETITION_SESSION_REQUIRED: {
    status: 400,
    vi: 'Trường "{field}": kiến nghị cử tri tiếp xúc trước hoặc sau kỳ họp phải ghi kỳ họp HĐND.',
    en: 'Field "{field}": a petition collected before or after a session needs the HĐND session.',
  },
  PETITION_SESSION_NOT_ALLOWED: {
    status: 400,
    vi: 'Trường "{field}": kiến nghị do Đoàn đại biểu Quốc hội chuyển đến không gắn với kỳ họp HĐND; ghi kỳ họp Quốc hội vào phần nguồn.',
    en: 'Field "{field}": a petition forwarded by the National Assembly delegation has no HĐND session; write the NA session in the source note.',
  },
  PETITION_DATE_ORDER: {
    status: 422,
    vi: 'Trường "{field}": ngày {date} không được trước ngày {before} ({what}).',
    en: 'Field "{field}": {date} must not be before {before} ({what}).',
  },
  PETITION_DATE_IN_FUTURE: {
    status: 422,
    vi: 'Trường "{field}": ngày {date} sau ngày hiện tại {today}.',
    en: 'Field "{field}": {date} is after today, {today}.',
  },
} as const satisfies Record<string, ErrorSpec>;
