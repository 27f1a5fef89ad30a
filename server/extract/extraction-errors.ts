import type { ErrorSpec } from '../platform/errors';

/** Errors of the import, review and confirmation of extractions. */
export const extractionErrors = {
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
