import type { ErrorSpec } from '../platform/errors';

/** Errors of units' periodic reports (chế độ báo cáo định kỳ). */
export const periodicReportErrors = {
  PERIODIC_REPORT_PERIOD_INVALID: {
    status: 400,
    vi: 'Trường "{field}": "{value}" không phải là kỳ báo cáo (ví dụ 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023).',
    en: 'Field "{field}": "{value}" is not a reporting period (e.g. 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023).',
  },
  PERIODIC_REPORT_PERIOD_KIND_MISMATCH: {
    status: 422,
    vi: 'Trường "{field}": kỳ {value} không phải loại kỳ của chế độ báo cáo "{regime}" ({expected}).',
    en: 'Field "{field}": period {value} is not of the kind of the reporting regime "{regime}" ({expected}).',
  },
  PERIODIC_REPORT_REGIME_INACTIVE: {
    status: 409,
    vi: 'Chế độ báo cáo "{regime}" đã ngừng áp dụng; không gửi yêu cầu báo cáo mới.',
    en: 'The reporting regime "{regime}" is no longer active; no new requests are sent.',
  },
  PERIODIC_REPORT_NO_UNITS: {
    status: 422,
    vi: 'Trường "{field}": chế độ báo cáo phải có danh sách đơn vị báo cáo hoặc loại đơn vị báo cáo.',
    en: 'Field "{field}": a reporting regime needs either a list of reporting units or a unit kind.',
  },
  PERIODIC_REPORT_DEADLINE_INVALID: {
    status: 422,
    vi: 'Trường "{field}": {reason}.',
    en: 'Field "{field}": {reason}.',
  },
  PERIODIC_REPORT_WRONG_PERIOD: {
    status: 422,
    vi: 'Trường "{field}": báo cáo thuộc kỳ {value}, không phải kỳ {expected} của yêu cầu báo cáo số {requestId}.',
    en: 'Field "{field}": the report is for period {value}, not for period {expected} of request {requestId}.',
  },
  PERIODIC_REPORT_WRONG_UNIT: {
    status: 422,
    vi: 'Trường "{field}": văn bản do {issuer} gửi, không phải của {expected} là đơn vị được yêu cầu báo cáo.',
    en: 'Field "{field}": the document comes from {issuer}, not from {expected}, the unit asked to report.',
  },
  PERIODIC_REPORT_NOT_INCOMING: {
    status: 422,
    vi: 'Trường "{field}": văn bản số {id} không phải là văn bản đến đã vào sổ.',
    en: 'Field "{field}": document {id} is not a registered incoming document.',
  },
  PERIODIC_REPORT_DOCUMENT_TAKEN: {
    status: 409,
    vi: 'Trường "{field}": văn bản số {id} đã được ghi nhận cho yêu cầu báo cáo số {requestId}.',
    en: 'Field "{field}": document {id} is already recorded for request {requestId}.',
  },
  PERIODIC_REPORT_ALREADY_RECEIVED: {
    status: 409,
    vi: 'Yêu cầu báo cáo số {requestId} đã nhận báo cáo ngày {receivedOn}.',
    en: 'Request {requestId} already received its report on {receivedOn}.',
  },
} as const satisfies Record<string, ErrorSpec>;
