/**
 * The Vietnamese texts of the demo's tasks: contents derived from the source
 * document's trích yếu, progress narratives, extension reasons, urging
 * messages. Illustrative wording in the style of the UBND's own documents.
 */
import { formatShortDate } from '../../../../shared/vi/date';
import type { UrgingKind } from '../../../tasks/tables';
import type { Rng } from '../random';

/** A document the tasks come from, as the planner sees it. */
export interface SourceDocument {
  id: number;
  typeKey: string;
  regime: string;
  numberSymbol: string;
  issueDate: string;
  summary: string;
  recipients: string[];
  signerId: number | null;
  /** `head`: issued by the Chair in his own name. */
  issuerCapacity: string | null;
  urgency: string;
}

const TYPE_NAMES: Record<string, string> = {
  QD: 'Quyết định',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  CV: 'Công văn',
  TB: 'Thông báo',
  CD: 'Công điện',
  CTR: 'Chương trình',
  DEAN: 'Đề án',
  PA: 'Phương án',
  BC: 'Báo cáo',
  TTR: 'Tờ trình',
};

/** `Kế hoạch số 65/KH-UBND ngày 14/3/2023 của UBND tỉnh`, as a task's text cites its source. */
export function citation(doc: SourceDocument): string {
  const type = TYPE_NAMES[doc.typeKey] ?? 'Văn bản';
  const issuer = doc.issuerCapacity === 'head' ? 'Chủ tịch UBND tỉnh' : 'UBND tỉnh';
  return `${type} số ${doc.numberSymbol} ngày ${formatShortDate(doc.issueDate)} của ${issuer}`;
}

/** The same without the issuer: `Chương trình số 07/CTr-UBND ngày 22/3/2023`. */
export function shortCitation(doc: SourceDocument): string {
  const type = TYPE_NAMES[doc.typeKey] ?? 'Văn bản';
  return `${type} số ${doc.numberSymbol} ngày ${formatShortDate(doc.issueDate)}`;
}

export function ucfirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export function lcfirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** The main task of a công văn "V/v …": what the addressed unit is asked to do. */
export function letterTask(doc: SourceDocument): { content: string; expectedOutput: string } {
  const subject = doc.summary.replace(/^V\/v\s+/, '');
  if (subject.startsWith('giao nhiệm vụ '))
    return {
      content: ucfirst(subject.slice('giao nhiệm vụ '.length)),
      expectedOutput: 'Văn bản tham mưu',
    };
  if (subject.startsWith('hoạt động '))
    return {
      content: `Kiểm tra, báo cáo UBND tỉnh tình hình ${subject}`,
      expectedOutput: 'Báo cáo',
    };
  if (subject.startsWith('đề nghị '))
    return {
      content: `Xem xét, tham mưu UBND tỉnh giải quyết ${subject}`,
      expectedOutput: 'Văn bản tham mưu',
    };
  if (/^(báo cáo|rà soát|đánh giá)/.test(subject))
    return { content: ucfirst(subject), expectedOutput: 'Báo cáo' };
  if (/^(tham mưu|thẩm định|xử lý|giải quyết|tháo gỡ)/.test(subject))
    return { content: ucfirst(subject), expectedOutput: 'Văn bản tham mưu' };
  return { content: ucfirst(subject), expectedOutput: 'Báo cáo kết quả thực hiện' };
}

/** Follow-up tasks of a document (báo cáo kết quả, kiểm tra, đề xuất tháo gỡ). */
export function followUpTask(
  rng: Rng,
  doc: SourceDocument,
): { content: string; expectedOutput: string } {
  const cite = citation(doc);
  return rng.pick([
    {
      content: `Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện ${cite}`,
      expectedOutput: 'Báo cáo',
    },
    {
      content: `Kiểm tra, đôn đốc các cơ quan, địa phương liên quan thực hiện ${cite}; kịp thời báo cáo UBND tỉnh những vướng mắc vượt thẩm quyền`,
      expectedOutput: 'Báo cáo kết quả kiểm tra',
    },
    {
      content: `Đề xuất UBND tỉnh giải pháp tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình thực hiện ${cite}`,
      expectedOutput: 'Tờ trình',
    },
    {
      content: `Hướng dẫn các cơ quan, đơn vị triển khai ${cite}`,
      expectedOutput: 'Văn bản hướng dẫn',
    },
  ]);
}

const NARRATIVES: ReadonlyArray<readonly [number, string]> = [
  [10, 'Đã ban hành văn bản triển khai đến các phòng, đơn vị trực thuộc.'],
  [20, 'Đang khảo sát, thu thập số liệu tại các địa phương.'],
  [30, 'Đã có văn bản đề nghị các sở, ngành, địa phương liên quan cung cấp thông tin.'],
  [40, 'Đang tổng hợp ý kiến của các cơ quan phối hợp.'],
  [50, 'Đã hoàn thành dự thảo, đang lấy ý kiến các sở, ngành liên quan.'],
  [60, 'Đã tổ chức họp với các đơn vị liên quan để thống nhất nội dung.'],
  [70, 'Đang hoàn chỉnh dự thảo theo ý kiến góp ý.'],
  [80, 'Đã gửi Sở Tư pháp thẩm định; đang chỉnh sửa theo ý kiến thẩm định.'],
  [90, 'Đang hoàn thiện hồ sơ trình UBND tỉnh.'],
];

/** A progress narrative fitting a percent. */
export function progressNarrative(percent: number): string {
  let text = NARRATIVES[0]?.[1] ?? '';
  for (const [at, t] of NARRATIVES) if (percent >= at) text = t;
  return text;
}

const EXTENSION_REASONS = [
  'Nội dung phức tạp, liên quan nhiều cơ quan; cần thêm thời gian lấy ý kiến các sở, ngành.',
  'Đang chờ ý kiến hướng dẫn của Bộ, ngành Trung ương.',
  'Đang chờ số liệu báo cáo của UBND các huyện, thị xã, thành phố.',
  'Cần tổ chức khảo sát thực tế tại địa phương trước khi tham mưu.',
  'Hồ sơ của chủ đầu tư chưa đầy đủ; đã đề nghị bổ sung.',
] as const;

export function extensionReason(rng: Rng): string {
  return rng.pick(EXTENSION_REASONS);
}

export const APPROVAL_NOTE = 'Đồng ý gia hạn; đề nghị hoàn thành đúng thời hạn mới.';
export const REFUSAL_NOTE =
  'Không đồng ý gia hạn; đề nghị khẩn trương hoàn thành theo thời hạn đã giao.';

const REOPEN_REASONS = [
  'Báo cáo chưa đầy đủ nội dung theo yêu cầu; đề nghị bổ sung, hoàn chỉnh.',
  'Kết quả chưa đạt yêu cầu; Chủ tịch UBND tỉnh chỉ đạo rà soát, thực hiện lại.',
  'Hồ sơ trình chưa đủ thành phần theo quy định; trả lại để hoàn thiện.',
] as const;

export function reopenReason(rng: Rng): string {
  return rng.pick(REOPEN_REASONS);
}

/** The text of an urging of `unit` about a task, by level (nhắc nhở, phê bình, kiểm điểm). */
export function urgingMessage(
  kind: UrgingKind,
  o: { unit: string; source: string | null; deadline: string; by: string },
): string {
  const task = o.source ? `nhiệm vụ được giao tại ${o.source}` : 'nhiệm vụ được giao';
  switch (kind) {
    case 'nhac_nho':
      return `Đề nghị ${o.unit} khẩn trương thực hiện ${task} (thời hạn ${formatShortDate(o.deadline)}), báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh).`;
    case 'phe_binh':
      return `${ucfirst(task)} đã quá hạn, đã được nhắc nhở nhưng ${o.unit} chưa báo cáo kết quả. UBND tỉnh phê bình ${o.unit}; yêu cầu hoàn thành trước ngày ${formatShortDate(o.by)}.`;
    case 'kiem_diem':
      return `Yêu cầu Thủ trưởng ${o.unit} tổ chức kiểm điểm trách nhiệm tập thể, cá nhân do chậm thực hiện ${task}; báo cáo UBND tỉnh trước ngày ${formatShortDate(o.by)}.`;
  }
}
