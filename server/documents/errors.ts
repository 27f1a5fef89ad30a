import type { ErrorSpec } from '../platform/errors';

/** Errors of the document register. */
export const documentErrors = {
  DOCUMENT_SYMBOL_INVALID: {
    status: 400,
    vi: 'Trường "{field}": số, ký hiệu "{value}" không đúng thể thức ({reason}).',
    en: 'Field "{field}": the number and symbol "{value}" is malformed ({reason}).',
  },
  DOCUMENT_TYPE_UNKNOWN: {
    status: 400,
    vi: 'Trường "{field}": không có loại văn bản "{value}" (xem Phụ lục III Nghị định 30/2020/NĐ-CP).',
    en: 'Field "{field}": unknown document type "{value}" (see ND 30/2020 Phụ lục III).',
  },
  DOCUMENT_TYPE_REGIME_MISMATCH: {
    status: 422,
    vi: 'Loại văn bản "{type}" không thuộc chế độ "{regime}".',
    en: 'The document type "{type}" does not belong to the regime "{regime}".',
  },
  DOCUMENT_PARTY_NOT_NUMBERED: {
    status: 422,
    vi: 'Văn bản của Đảng không được cấp số trong sổ này; hãy ghi nhận là văn bản đến hoặc văn bản dẫn chiếu.',
    en: 'Party documents are not numbered here; record them as incoming or external entries.',
  },
  DOCUMENT_NUMBER_TAKEN: {
    status: 409,
    vi: 'Số {number} của sổ "{series}" năm {year} đã được cấp cho văn bản {existing}.',
    en: 'Number {number} of series "{series}" in {year} was already given to {existing}.',
  },
  DOCUMENT_NUMBER_OUT_OF_ORDER: {
    status: 422,
    vi: 'Số {number} ngày {date} trái thứ tự ban hành trong sổ "{series}": văn bản số {neighbour} ngày {neighbourDate} (số văn bản theo thứ tự thời gian ban hành trong năm, Điều 15 Nghị định 30/2020/NĐ-CP).',
    en: 'Number {number} dated {date} breaks the issuing order of series "{series}": number {neighbour} is dated {neighbourDate} (ND 30/2020 Điều 15).',
  },
  DOCUMENT_NUMBER_OUTSIDE_SERIES: {
    status: 422,
    vi: 'Trường "{field}": {reason}',
    en: 'Field "{field}": {reason}',
  },
  DOCUMENT_DUPLICATE_INCOMING: {
    status: 409,
    vi: 'Văn bản {numberSymbol} của {issuer} năm {year} đã được vào sổ (số đến {arrivalNumber}, ngày {arrivalDate}).',
    en: 'Document {numberSymbol} of {issuer} ({year}) is already registered (arrival number {arrivalNumber} on {arrivalDate}).',
  },
  DOCUMENT_DUPLICATE_EXTERNAL: {
    status: 409,
    vi: 'Văn bản {numberSymbol} của {issuer} đã có trong sổ.',
    en: 'Document {numberSymbol} of {issuer} is already in the register.',
  },
  DOCUMENT_SECRET_CONTENT: {
    status: 422,
    vi: 'Văn bản có độ mật chỉ được lưu thông tin quản lý: không lưu nội dung, không đính kèm tệp.',
    en: 'A classified document keeps metadata only: no content and no files.',
  },
  DOCUMENT_DATE_ORDER: {
    status: 422,
    vi: 'Trường "{field}": ngày {date} không được trước ngày {other} ({otherLabel}).',
    en: 'Field "{field}": {date} cannot be before {other} ({otherLabel}).',
  },
  DOCUMENT_NOT_ACTIVE: {
    status: 409,
    vi: 'Văn bản {numberSymbol} đã {status}; không thể {action}.',
    en: 'Document {numberSymbol} is {status}; cannot {action}.',
  },
  DOCUMENT_LINK_INVALID: {
    status: 422,
    vi: 'Không thể liên kết: {reason}',
    en: 'Cannot link: {reason}',
  },
  SIGNED_FILE_NOT_PDF: {
    status: 415,
    vi: 'Bản ký số "{fileName}" phải là tệp PDF (tệp gửi lên là {detected}).',
    en: 'The signed copy "{fileName}" must be a PDF file (the file sent is {detected}).',
  },
  FILE_TYPE_REFUSED: {
    status: 415,
    vi: 'Tệp "{fileName}" có kiểu không được chấp nhận ({detected}). Chỉ nhận PDF, DOCX, DOC, XLSX, JPEG, PNG, TIFF.',
    en: 'The file "{fileName}" has a refused type ({detected}). Accepted: PDF, DOCX, DOC, XLSX, JPEG, PNG, TIFF.',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp "{fileName}" dung lượng {size}, vượt giới hạn {limit}.',
    en: 'The file "{fileName}" is {size}, over the limit of {limit}.',
  },
  FILE_EMPTY: {
    status: 400,
    vi: 'Tệp "{fileName}" rỗng.',
    en: 'The file "{fileName}" is empty.',
  },
} as const satisfies Record<string, ErrorSpec>;
