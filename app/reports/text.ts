/** Words of the report pages. */
import type { Texts } from '../platform/i18n';

const vi = {
  list: {
    title: 'Báo cáo',
    intro:
      'Báo cáo lập từ số liệu của hệ thống theo thể thức Nghị định 30/2020: các đoạn số liệu tự sinh, các đoạn văn do chuyên viên sửa; ban hành thì cấp số trong sổ văn bản đi và cố định nội dung.',
    caption: 'Các báo cáo, mới nhất trước',
    empty: 'Chưa có báo cáo nào.',
    number: 'Số, ký hiệu',
    draft: 'Dự thảo',
    subject: 'Trích yếu',
    window: 'Kỳ số liệu',
    status: 'Trạng thái',
    issuedOn: 'Ngày ban hành',
  },
  status: { draft: 'Dự thảo', issued: 'Đã ban hành' } as Record<string, string>,
  basis: {
    nd09: 'Theo Nghị định 09/2019 (từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ; 6 tháng: 15/12 – 14/6)',
    calendar: 'Theo lịch (trọn tháng, quý, năm; 6 tháng: 1/1 – 30/6)',
  } as Record<string, string>,
  create: {
    title: 'Lập báo cáo',
    template: 'Mẫu báo cáo',
    templates: {
      'semiannual-summary': 'Báo cáo tóm tắt tình hình công tác 6 tháng (gửi HĐND tỉnh)',
      'monthly-review': 'Báo cáo kết quả thực hiện nhiệm vụ tháng (hội nghị đánh giá)',
      'quarterly-report': 'Báo cáo quý',
      'nine-month-report': 'Báo cáo 9 tháng',
      'annual-report': 'Báo cáo năm',
      'ad-hoc': 'Báo cáo chuyên đề',
    } as Record<string, string>,
    month: 'Tháng',
    quarter: 'Quý',
    quarters: { '1': 'Quý I', '2': 'Quý II', '3': 'Quý III', '4': 'Quý IV' } as Record<
      string,
      string
    >,
    year: 'Năm',
    half: 'Kỳ',
    halves: { '1': '6 tháng đầu năm', '2': '6 tháng cuối năm' } as Record<string, string>,
    basis: 'Thời gian chốt số liệu',
    submit: 'Lập dự thảo',
  },
  detail: {
    back: 'Danh sách báo cáo',
    draftNotice: 'Bản dự thảo: số liệu được lấy lại mỗi lần xem; các đoạn văn có thể sửa.',
    issuedNotice: (numberSymbol: string, date: string) =>
      `Đã ban hành: số ${numberSymbol} ngày ${date}. Nội dung đã cố định.`,
    openDocument: 'Mở trong sổ văn bản đi',
    downloads: 'Tải về',
    docx: 'Tải DOCX',
    pdf: 'Tải PDF',
    pdfPreview: 'Xem bản PDF (thẻ mới)',
    xlsx: 'Tải phụ lục XLSX',
    preview: 'Xem trước',
    legend:
      'Đoạn có vạch xanh bên trái được tạo từ số liệu; đoạn có nút “Sửa” là đoạn văn của báo cáo này.',
    generatedMark: 'Số liệu tự động',
    edit: 'Sửa',
    editBlock: (key: string) => `Sửa đoạn ${key}`,
    blockText: 'Nội dung đoạn văn',
    fieldsHint:
      'Các trường {{…}} được điền từ số liệu, ví dụ {{year}}, {{cite:11/NQ-CP}}, {{disbursementTarget}}. Để trống thì đoạn không được in.',
    save: 'Lưu đoạn văn',
    cancel: 'Hủy',
    restore: 'Dùng lại nội dung mẫu',
    saved: 'Đã lưu đoạn văn.',
    otherBlocks: 'Đoạn văn không hiển thị riêng',
    otherBlocksIntro:
      'Các đoạn này được nối vào một mục tự sinh (ví dụ phần cuối mục B.2) hoặc đang để trống.',
    issue: 'Ban hành báo cáo',
    issueIntro:
      'Cấp số tiếp theo của loại Báo cáo trong sổ văn bản đi của cơ quan ban hành, ghi người ký và cố định nội dung. Sau khi ban hành không sửa được nữa.',
    issueDate: 'Ngày ban hành',
    submitIssue: 'Ban hành và cấp số',
    issued: (numberSymbol: string) => `Đã ban hành báo cáo số ${numberSymbol}.`,
    placeNumber: 'Nơi nhận:',
    signed: 'Bản ký số',
    signedIntro:
      'Ký số bản PDF bằng công cụ ký số của tỉnh, rồi đính kèm vào đây: tệp được lưu vào văn bản trong sổ văn bản đi.',
    signedFile: 'Tệp PDF đã ký số',
    signedHint: 'Chỉ nhận tệp PDF.',
    attachSigned: 'Đính kèm bản ký số',
    signedAttached: (name: string) => `Đã đính kèm bản ký số ${name} vào sổ văn bản đi.`,
    signedSeeEntry: 'Xem tệp trong sổ văn bản đi',
  },
};

const en: typeof vi = {
  list: {
    title: 'Reports',
    intro:
      'Reports generated from the data in the format of Decree 30/2020: data paragraphs are generated, narrative paragraphs are edited by staff; issuing numbers the report in the outgoing register and freezes its content.',
    caption: 'Reports, newest first',
    empty: 'No report yet.',
    number: 'Number',
    draft: 'Draft',
    subject: 'Subject',
    window: 'Data window',
    status: 'Status',
    issuedOn: 'Issued on',
  },
  status: { draft: 'Draft', issued: 'Issued' },
  basis: {
    nd09: 'Decree 09/2019 window (15th of the month before to the 14th of the last month; half-year: 15/12 – 14/6)',
    calendar: 'Calendar (whole months, quarters, years; half-year: 1/1 – 30/6)',
  },
  create: {
    title: 'New report',
    template: 'Template',
    templates: {
      'semiannual-summary': 'Six-month summary report (to the Provincial People’s Council)',
      'monthly-review': 'Monthly report on assigned tasks (review meeting)',
      'quarterly-report': 'Quarterly report',
      'nine-month-report': 'Nine-month report',
      'annual-report': 'Annual report',
      'ad-hoc': 'Thematic report',
    },
    month: 'Month',
    quarter: 'Quarter',
    quarters: { '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4' },
    year: 'Year',
    half: 'Period',
    halves: { '1': 'First half', '2': 'Second half' },
    basis: 'Data window',
    submit: 'Create the draft',
  },
  detail: {
    back: 'All reports',
    draftNotice: 'Draft: figures are read again at each view; narrative paragraphs can be edited.',
    issuedNotice: (numberSymbol, date) =>
      `Issued: number ${numberSymbol} of ${date}. The content is frozen.`,
    openDocument: 'Open in the outgoing register',
    downloads: 'Download',
    docx: 'Download DOCX',
    pdf: 'Download PDF',
    pdfPreview: 'View the PDF (new tab)',
    xlsx: 'Download XLSX annexes',
    preview: 'Preview',
    legend:
      'Paragraphs with a green bar on the left come from the data; paragraphs with an “Edit” button are this report’s narrative.',
    generatedMark: 'Generated from data',
    edit: 'Edit',
    editBlock: (key) => `Edit paragraph ${key}`,
    blockText: 'Paragraph text',
    fieldsHint:
      'Fields {{…}} are filled from the data, e.g. {{year}}, {{cite:11/NQ-CP}}, {{disbursementTarget}}. An empty paragraph is not printed.',
    save: 'Save the paragraph',
    cancel: 'Cancel',
    restore: 'Use the template’s text',
    saved: 'Paragraph saved.',
    otherBlocks: 'Paragraphs not shown on their own',
    otherBlocksIntro:
      'These paragraphs are appended to a generated item (e.g. the end of item B.2) or are empty.',
    issue: 'Issue the report',
    issueIntro:
      'Takes the next Report number of the issuer’s outgoing register, records the signer and freezes the content. It cannot be edited afterwards.',
    issueDate: 'Issue date',
    submitIssue: 'Issue and number',
    issued: (numberSymbol) => `Report ${numberSymbol} issued.`,
    placeNumber: 'Recipients:',
    signed: 'Digitally signed copy',
    signedIntro:
      'Sign the PDF with the province’s digital-signature tool, then attach it here: the file is stored with the entry in the outgoing register.',
    signedFile: 'Signed PDF file',
    signedHint: 'PDF files only.',
    attachSigned: 'Attach the signed copy',
    signedAttached: (name) => `Signed copy ${name} attached to the outgoing register.`,
    signedSeeEntry: 'See the files in the outgoing register',
  },
};

export const reportsText: Texts<typeof vi> = { vi, en };
