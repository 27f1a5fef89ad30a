import type { ErrorSpec } from '../platform/errors';

/** Errors of report generation. */
export const reportErrors = {
  PDF_CONVERTER_MISSING: {
    status: 503,
    vi: 'Không có LibreOffice trên máy chủ để tạo tệp PDF (cài gói libreoffice-writer-nogui).',
    en: 'LibreOffice is not installed on the server, so no PDF can be made (install libreoffice-writer-nogui).',
  },
  PDF_TOOLS_MISSING: {
    status: 503,
    vi: 'Không có công cụ đọc PDF (poppler-utils) trên máy chủ.',
    en: 'The PDF tools (poppler-utils) are not installed on the server.',
  },
  PDF_CONVERSION_FAILED: {
    status: 500,
    vi: 'Chuyển sang PDF không thành công: {reason}',
    en: 'The PDF conversion failed: {reason}',
  },
  DOCX_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được tệp DOCX: {reason}',
    en: 'The DOCX file cannot be read: {reason}',
  },
  REPORT_ISSUED: {
    status: 409,
    vi: 'Báo cáo đã ban hành (số {numberSymbol}); nội dung không được sửa.',
    en: 'The report is issued ({numberSymbol}); its content is frozen.',
  },
  REPORT_NO_DATA: {
    status: 422,
    vi: 'Không có số liệu cho kỳ {period}: {reason}',
    en: 'There is no data for the period {period}: {reason}',
  },
  REPORT_SIGNER_AUTHORITY: {
    status: 422,
    vi: 'Người ký "{signer}" không có thẩm quyền ký thay mặt {issuer} vào ngày {date}.',
    en: 'The signer "{signer}" may not sign for {issuer} on {date}.',
  },
  REPORT_SIGNER_MISSING: {
    status: 422,
    vi: 'Báo cáo chưa có người ký: chọn người đứng đầu (ký TM.) hoặc cấp phó (ký KT.) của cơ quan ban hành trước khi ban hành.',
    en: 'The report has no signer: choose the head (TM.) or a deputy (KT.) of the issuer before issuing.',
  },
  REPORT_RECIPIENTS_INVALID: {
    status: 422,
    vi: 'Nơi nhận phải kết thúc bằng dòng "Lưu: VT…".',
    en: 'The recipients must end with "Lưu: VT…".',
  },
  REPORT_PLACEHOLDER_UNKNOWN: {
    status: 422,
    vi: 'Đoạn "{block}" có trường dữ liệu không hợp lệ: {placeholder} ({reason}).',
    en: 'Block "{block}" has an invalid data field: {placeholder} ({reason}).',
  },
} as const satisfies Record<string, ErrorSpec>;
