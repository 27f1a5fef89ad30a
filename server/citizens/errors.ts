import type { ErrorSpec } from '../platform/errors';

/** Errors of citizens' reception sessions and cases (tiếp công dân, đơn và vụ việc). */
export const citizenErrors = {
  CITIZEN_RECEPTION_PUBLISH_REQUIRED: {
    status: 422,
    vi: 'Trường "{field}": phiên tiếp công dân định kỳ ngày {date} phải ghi ngày công khai lịch tiếp (chậm nhất ngày {latest}).',
    en: 'Field "{field}": the periodic reception session of {date} needs the day its schedule was published (at the latest {latest}).',
  },
  CITIZEN_RECEPTION_PUBLISHED_LATE: {
    status: 422,
    vi: 'Trường "{field}": lịch tiếp công dân ngày {date} công khai ngày {value}, chậm hơn hạn {latest} (ít nhất {days} ngày làm việc trước, Luật Tiếp công dân 2013 Điều 24 khoản 4).',
    en: 'Field "{field}": the schedule of the reception on {date} was published on {value}, after {latest} (at least {days} working days ahead, Law on Citizen Reception 2013 art. 24.4).',
  },
  CITIZEN_RECEPTION_REASON_REQUIRED: {
    status: 422,
    vi: 'Trường "{field}": phiên tiếp công dân không tổ chức phải ghi lý do.',
    en: 'Field "{field}": a reception session that was not held needs the reason.',
  },
  CITIZEN_RECEPTION_DELEGATE_REQUIRED: {
    status: 422,
    vi: 'Trường "{field}": lãnh đạo ủy quyền tiếp công dân thì phải ghi người được ủy quyền.',
    en: 'Field "{field}": a delegated reception session needs the person it was delegated to.',
  },
  CITIZEN_RECEPTION_TIME_INVALID: {
    status: 422,
    vi: 'Trường "{field}": giờ kết thúc {end} phải sau giờ bắt đầu {start}.',
    en: 'Field "{field}": the end time {end} must be after the start time {start}.',
  },
  CITIZEN_RECEPTION_HEADCOUNT_INVALID: {
    status: 422,
    vi: 'Trường "{field}": {reason}.',
    en: 'Field "{field}": {reason}.',
  },
  CITIZEN_RECEPTION_HAS_CASES: {
    status: 409,
    vi: 'Trường "{field}": phiên tiếp công dân có {count} hồ sơ đơn gắn với nó; hãy ghi "không tổ chức" thay vì xóa.',
    en: 'Field "{field}": {count} cases are linked to the reception session; record it as not held instead of removing it.',
  },
  CITIZEN_DATE_IN_FUTURE: {
    status: 422,
    vi: 'Trường "{field}": ngày {value} ở sau ngày hiện tại {today}.',
    en: 'Field "{field}": {value} is after today ({today}).',
  },
  CITIZEN_CASE_UNIT_DISSOLVED: {
    status: 422,
    vi: 'Trường "{field}": đơn vị "{unit}" đã giải thể/sáp nhập từ ngày {date}; không giao xử lý đơn cho đơn vị này{successor}.',
    en: 'Field "{field}": the unit "{unit}" was dissolved or merged on {date}; cases cannot be assigned to it{successor}.',
  },
  CITIZEN_CASE_INSTANCE_INVALID: {
    status: 422,
    vi: 'Trường "{field}": {reason}.',
    en: 'Field "{field}": {reason}.',
  },
  CITIZEN_COMPLAINT_FILED_TOO_LATE: {
    status: 422,
    vi: 'Trường "{field}": khiếu nại nộp ngày {filedOn}, quá thời hiệu 90 ngày (hết ngày {dueDate}, Luật Khiếu nại 2011 Điều 9); chỉ thụ lý khi ghi lý do trở ngại khách quan.',
    en: 'Field "{field}": the complaint was filed on {filedOn}, after the 90-day limit ({dueDate}, Law on Complaints 2011 art. 9); it is accepted only with a recorded reason.',
  },
  CITIZEN_FIRST_INSTANCE_NOT_DECIDED: {
    status: 422,
    vi: 'Trường "{field}": chưa có quyết định giải quyết khiếu nại lần đầu và thời hạn giải quyết lần đầu chưa hết: chưa thể khiếu nại lần hai (Luật Khiếu nại 2011 Điều 33).',
    en: 'Field "{field}": there is no first-instance decision and the first-instance limit has not passed: no second-instance complaint yet (Law on Complaints 2011 art. 33).',
  },
  CITIZEN_ESCALATION_TOO_LATE: {
    status: 422,
    vi: 'Trường "{field}": khiếu nại lần hai nộp ngày {filedOn}, quá thời hạn (hết ngày {dueDate}, Luật Khiếu nại 2011 Điều 33); chỉ thụ lý khi ghi lý do trở ngại khách quan.',
    en: 'Field "{field}": the second-instance complaint was filed on {filedOn}, after the limit ({dueDate}, Law on Complaints 2011 art. 33); it is accepted only with a recorded reason.',
  },
  CITIZEN_EXTENSION_REFUSED: {
    status: 422,
    vi: 'Trường "{field}": không gia hạn được: {reason}',
    en: 'Field "{field}": the extension is refused: {reason}',
  },
  CITIZEN_LEGAL_LIMITS_INVALID: {
    status: 500,
    vi: 'Cấu hình thời hạn luật định (citizenLegalLimits) không hợp lệ: {reason}',
    en: 'The legal-limit settings (citizenLegalLimits) are invalid: {reason}',
  },
  CITIZEN_STEP_NOT_OPEN: {
    status: 409,
    vi: 'Trường "{field}": bước "{step}" của hồ sơ {caseNumber} {reason}.',
    en: 'Field "{field}": step "{step}" of case {caseNumber} {reason}.',
  },
  CITIZEN_STEP_DATE_INVALID: {
    status: 422,
    vi: 'Trường "{field}": ngày {value} trước ngày bắt đầu {start} của bước "{step}".',
    en: 'Field "{field}": {value} is before the start {start} of step "{step}".',
  },
  CITIZEN_CASE_CLOSED: {
    status: 409,
    vi: 'Hồ sơ {caseNumber} đã kết thúc ngày {closedOn}.',
    en: 'Case {caseNumber} was closed on {closedOn}.',
  },
  CITIZEN_HANDLER_INVALID: {
    status: 422,
    vi: 'Trường "{field}": không có người dùng đang hoạt động số {value}.',
    en: 'Field "{field}": there is no active user {value}.',
  },
  CITIZEN_PERSONS_PROTECTED: {
    status: 403,
    vi: 'Thông tin nhân thân của người khiếu nại, tố cáo trong hồ sơ {caseNumber} chỉ cán bộ được giao xử lý mới được xem.',
    en: 'The personal data of the complainants and denouncers of case {caseNumber} is visible only to its assigned handlers.',
  },
  CITIZEN_PERSONS_ERASED: {
    status: 409,
    vi: 'Thông tin nhân thân trong hồ sơ {caseNumber} đã được xóa ngày {erasedOn} khi hết thời hạn lưu giữ.',
    en: 'The personal data of case {caseNumber} was erased on {erasedOn} at the end of its retention period.',
  },
  CITIZEN_CASE_SEQUENCE_EXHAUSTED: {
    status: 409,
    vi: 'Đã hết số hồ sơ trong ngày {date} (tối đa 9999 hồ sơ mỗi loại mỗi ngày).',
    en: 'No case numbers left on {date} (at most 9999 per series per day).',
  },
} as const satisfies Record<string, ErrorSpec>;
