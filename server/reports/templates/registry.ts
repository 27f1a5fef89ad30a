import { AppError } from '../../platform/errors';
import { SEMIANNUAL_BLOCKS } from './semiannual-text';
import type { BlockSpec } from './template';

/** A report layout: its blocks and the defaults of a new report made from it. */
export interface ReportTemplate {
  key: string;
  blocks: BlockSpec[];
  typeName: string;
  summary: (year: number) => string;
  /** Nơi nhận of the seed report. */
  recipients: string[];
}

const TEMPLATES: Record<string, ReportTemplate> = {
  /** A thematic or ad hoc report: free narrative, the data fields available in the text. */
  'ad-hoc': {
    key: 'ad-hoc',
    blocks: [
      { kind: 'narrative', key: 'body', text: 'Nội dung báo cáo.' },
      { kind: 'narrative', key: 'closing', text: 'Trên đây là báo cáo của UBND tỉnh./.' },
    ],
    typeName: 'BÁO CÁO',
    summary: (year) => `Tình hình thực hiện nhiệm vụ năm ${year}`,
    recipients: ['Như trên', 'Lưu: VT'],
  },
  'semiannual-summary': {
    key: 'semiannual-summary',
    blocks: SEMIANNUAL_BLOCKS,
    typeName: 'BÁO CÁO TÓM TẮT',
    summary: (year) =>
      `Tình hình công tác 6 tháng đầu năm và\nChương trình công tác 6 tháng cuối năm ${year}`,
    recipients: [
      'HĐND tỉnh',
      'CT, các PCT UBND tỉnh',
      'Các Thành viên UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'HĐND, UBND các huyện, thị xã, thành phố',
      'LĐVP, Phòng TH',
      'Lưu: VT',
    ],
  },
};

/** The template with this key. */
export function templateFor(key: string): ReportTemplate {
  const t = TEMPLATES[key];
  if (!t)
    throw new AppError('FIELD_INVALID', {
      field: 'template',
      params: { reason: `không có mẫu báo cáo "${key}"` },
    });
  return t;
}

export const TEMPLATE_KEYS = Object.keys(TEMPLATES);
