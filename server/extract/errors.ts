import type { ErrorSpec } from '../platform/errors';

/**
 * Errors of reading an uploaded document for extraction (trích xuất): the file
 * is turned into plain text, or refused with a reason the user can act on.
 */
export const extractErrors = {
  EXTRACT_EMPTY: {
    status: 422,
    vi: 'Trường "{field}": văn bản trống, không có nội dung để trích xuất.',
    en: 'Field "{field}": the document is empty; there is nothing to extract.',
  },
  EXTRACT_FILE_TOO_LARGE: {
    status: 413,
    vi: 'Trường "{field}": tệp lớn hơn giới hạn {limit} ({maxBytes} byte).',
    en: 'Field "{field}": the file is larger than the limit of {limit} ({maxBytes} bytes).',
  },
  EXTRACT_FILE_UNREADABLE: {
    status: 422,
    vi: 'Trường "{field}": tệp "{name}" không phải là văn bản thuần (.txt), tệp Word (.docx) hay PDF có lớp chữ đọc được.',
    en: 'Field "{field}": the file "{name}" is not a readable plain text (.txt), Word (.docx) or PDF file with a text layer.',
  },
  EXTRACT_WORD97_UNSUPPORTED: {
    status: 422,
    vi: 'Trường "{field}": tệp "{name}" là tệp Word 97-2003 (.doc). Hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx.',
    en: 'Field "{field}": the file "{name}" is a Word 97-2003 (.doc) file. Open it in Word or LibreOffice and save it as .docx.',
  },
  EXTRACT_TEXT_ENCODING_UNKNOWN: {
    status: 422,
    vi: 'Trường "{field}": tệp văn bản "{name}" không dùng bảng mã Unicode (UTF-8 hoặc UTF-16). Hãy lưu lại tệp với bảng mã UTF-8.',
    en: 'Field "{field}": the text file "{name}" is not in Unicode (UTF-8 or UTF-16). Save it again as UTF-8.',
  },
  EXTRACT_LEGACY_ENCODING: {
    status: 422,
    vi: 'Trường "{field}": văn bản dùng bảng mã cũ {encoding}, không phải Unicode. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey: nguồn {encoding}, đích Unicode) rồi tải lên lại.',
    en: 'Field "{field}": the text is in the legacy {encoding} encoding, not Unicode. Convert it to Unicode (e.g. with the Unikey converter: source {encoding}, target Unicode) and upload it again.',
  },
  EXTRACT_ENCRYPTED: {
    status: 422,
    vi: 'Trường "{field}": tệp "{name}" được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại.',
    en: 'Field "{field}": the file "{name}" is password-protected. Remove the password and upload it again.',
  },
  EXTRACT_PDF_NO_TEXT: {
    status: 422,
    vi: 'Trường "{field}": tệp PDF "{name}" ({pages} trang) là ảnh quét, không có lớp chữ. Cần nhận dạng ký tự (OCR) trước khi trích xuất.',
    en: 'Field "{field}": the PDF "{name}" ({pages} pages) is a scanned image without a text layer. It needs OCR before extraction.',
  },
  // Import, review and confirmation of extractions.
  EXTRACTION_DOCUMENT_REQUIRED: {
    status: 422,
    vi: 'Trường "{field}": chưa xác định được văn bản trong sổ để gắn các nhiệm vụ. Hãy chọn văn bản (hoặc vào sổ văn bản này) trước khi xác nhận.',
    en: 'Field "{field}": the register entry the tasks belong to is unknown. Choose the document (or record it in the register) before confirming.',
  },
  EXTRACTION_LEAD_REQUIRED: {
    status: 422,
    vi: 'Trường "{field}": nhiệm vụ "{task}" cần đúng một đơn vị chủ trì, hoặc danh sách các đơn vị được giao (mỗi đơn vị một nhiệm vụ con).',
    en: 'Field "{field}": task "{task}" needs exactly one lead unit, or the list of units it is addressed to (one sub-task each).',
  },
  EXTRACTION_ITEM_UNKNOWN: {
    status: 422,
    vi: 'Trường "{field}": bản trích xuất không có mục số {index}.',
    en: 'Field "{field}": the extraction has no item {index}.',
  },
  EXTRACTION_CITATION_LINKED: {
    status: 409,
    vi: 'Văn bản được trích dẫn "{citation}" đã có trong sổ văn bản; không vào sổ lần nữa.',
    en: 'The cited document "{citation}" is already in the register; it is not recorded again.',
  },
  EXTRACTION_CITATION_NO_NUMBER: {
    status: 422,
    vi: 'Văn bản được trích dẫn "{citation}" không có số, ký hiệu; hãy vào sổ thủ công.',
    en: 'The cited document "{citation}" has no number and symbol; record it by hand.',
  },
  EXTRACTION_EMPTY_TEXT: {
    status: 422,
    vi: 'Trường "{field}": văn bản không có nội dung để trích xuất.',
    en: 'Field "{field}": the document has no text to extract from.',
  },
} as const satisfies Record<string, ErrorSpec>;
