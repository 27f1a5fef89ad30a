/** Words of the extraction pages (Vietnamese and English). */
import type { Texts } from '../platform/i18n';

const vi = {
  title: 'Trích xuất nhiệm vụ từ văn bản',
  intro:
    'Dán nội dung hoặc tải lên tệp chỉ thị, thông báo kết luận, kế hoạch (.txt, .docx, .pdf có lớp chữ). Hệ thống đọc các văn bản được trích dẫn, các nhiệm vụ được giao và số liệu; bạn rà soát, sửa rồi xác nhận để tạo nhiệm vụ gắn với văn bản.',
  pasteLabel: 'Nội dung văn bản',
  pasteHint: 'Dán toàn văn, kể cả phần đầu có "Số: …" và ngày tháng để nhận ra văn bản trong sổ.',
  fileLabel: 'Hoặc tải lên tệp',
  fileHint:
    '.txt (Unicode), .docx hoặc .pdf có lớp chữ; tối đa 20 MB. Tệp ảnh quét cần nhận dạng chữ (OCR) trước.',
  read: 'Đọc văn bản',
  reading: 'Đang đọc…',
  recent: 'Các văn bản đã đọc gần đây',
  none: 'Chưa đọc văn bản nào.',
  reviewTitle: (label: string) => `Rà soát trích xuất: ${label}`,
  untitled: 'văn bản chưa rõ số',
  documentSection: 'Văn bản',
  documentFound: (ns: string) => `Văn bản ${ns} đã có trong sổ.`,
  documentMissing:
    'Chưa xác định văn bản trong sổ. Chọn văn bản (hoặc vào sổ trước) để các nhiệm vụ gắn với văn bản.',
  openDocument: 'Mở văn bản trong sổ',
  citations: 'Văn bản được trích dẫn',
  noCitations: 'Không có văn bản nào được trích dẫn.',
  linked: 'Có trong sổ',
  notLinked: 'Chưa có trong sổ',
  ambiguous: (n: number) => `${n} văn bản cùng số — chưa gắn`,
  registerCitation: 'Vào sổ (văn bản bên ngoài)',
  drafts: 'Dự thảo nhiệm vụ',
  noDrafts: 'Không tìm thấy nhiệm vụ được giao trong văn bản.',
  choose: 'Chọn để tạo nhiệm vụ',
  item: (label: string) => `Mục ${label}`,
  confidence: (pct: number) => `Độ tin cậy ${pct}%`,
  lead: 'Đơn vị chủ trì',
  leadAsWritten: (text: string) => `Văn bản ghi: “${text}”`,
  addressees: (names: string) => `Giao cùng lúc cho: ${names} (mỗi đơn vị một nhiệm vụ con)`,
  coordinating: (names: string) => `Phối hợp: ${names}`,
  noLead: '— chưa chọn —',
  deadline: 'Thời hạn',
  deadlineAsWritten: (text: string) => `Văn bản ghi: “${text}”`,
  expectedOutput: (text: string) => `Sản phẩm: ${text}`,
  existing: 'Đã có nhiệm vụ',
  created: 'Đã tạo nhiệm vụ',
  openTask: (id: number) => `Mở nhiệm vụ #${id}`,
  showSource: 'Xem trong văn bản',
  source: 'Nội dung văn bản',
  confirm: (n: number) => `Xác nhận, tạo ${n} nhiệm vụ`,
  confirmed: (created: number, existing: number) =>
    `Đã tạo ${created} nhiệm vụ; ${existing} mục đã có nhiệm vụ nên không tạo lại.`,
  figures: 'Số liệu',
  noFigures: 'Không có số liệu.',
  target: 'mục tiêu',
  actual: 'kết quả',
  counts: (c: {
    citations: number;
    linked: number;
    tasks: number;
    existing: number;
    figures: number;
  }) =>
    `${c.citations} văn bản trích dẫn (${c.linked} có trong sổ), ${c.tasks} nhiệm vụ (${c.existing} đã có), ${c.figures} số liệu`,
  forbidden: 'Chỉ Văn phòng UBND được trích xuất và tạo nhiệm vụ từ văn bản.',
};

export type ExtractText = typeof vi;

const en: ExtractText = {
  title: 'Extract tasks from a document',
  intro:
    'Paste the text or upload a directive, conclusion notice or plan (.txt, .docx, .pdf with a text layer). The system reads the cited documents, the assigned tasks and the figures; review, correct and confirm to create tasks linked to the document.',
  pasteLabel: 'Document text',
  pasteHint:
    'Paste the whole text, with the header ("Số: …") and date so the document is found in the register.',
  fileLabel: 'Or upload a file',
  fileHint:
    '.txt (Unicode), .docx or .pdf with a text layer; at most 20 MB. Scanned images need OCR first.',
  read: 'Read the document',
  reading: 'Reading…',
  recent: 'Recently read documents',
  none: 'No document read yet.',
  reviewTitle: (label: string) => `Review extraction: ${label}`,
  untitled: 'document without a number',
  documentSection: 'Document',
  documentFound: (ns: string) => `Document ${ns} is in the register.`,
  documentMissing:
    'The document is not identified in the register. Choose it (or record it first) so the tasks are linked to it.',
  openDocument: 'Open the register entry',
  citations: 'Cited documents',
  noCitations: 'No cited document.',
  linked: 'In the register',
  notLinked: 'Not in the register',
  ambiguous: (n: number) => `${n} documents bear that number — not linked`,
  registerCitation: 'Record (external document)',
  drafts: 'Draft tasks',
  noDrafts: 'No assigned task found in the document.',
  choose: 'Select to create a task',
  item: (label: string) => `Item ${label}`,
  confidence: (pct: number) => `Confidence ${pct}%`,
  lead: 'Lead unit',
  leadAsWritten: (text: string) => `As written: “${text}”`,
  addressees: (names: string) => `Addressed jointly to: ${names} (one sub-task each)`,
  coordinating: (names: string) => `Coordinating: ${names}`,
  noLead: '— not chosen —',
  deadline: 'Deadline',
  deadlineAsWritten: (text: string) => `As written: “${text}”`,
  expectedOutput: (text: string) => `Expected output: ${text}`,
  existing: 'Already a task',
  created: 'Task created',
  openTask: (id: number) => `Open task #${id}`,
  showSource: 'Show in the text',
  source: 'Document text',
  confirm: (n: number) => `Confirm, create ${n} tasks`,
  confirmed: (created: number, existing: number) =>
    `${created} tasks created; ${existing} items already had a task and were not created again.`,
  figures: 'Figures',
  noFigures: 'No figures.',
  target: 'target',
  actual: 'actual',
  counts: (c) =>
    `${c.citations} cited documents (${c.linked} in the register), ${c.tasks} tasks (${c.existing} existing), ${c.figures} figures`,
  forbidden: 'Only the provincial office extracts and creates tasks from documents.',
};

export const extractText: Texts<ExtractText> = { vi, en };
