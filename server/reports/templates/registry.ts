import { AppError } from '../../platform/errors';
import {
  followingPeriod,
  periodLabel,
  type PeriodKind,
  type PeriodRef,
} from '../../../shared/periods/periods';
import type { ReportKind } from '../tables';
import { MONTHLY_REVIEW_BLOCKS } from './monthly-text';
import { PERIODIC_BLOCKS } from './periodic-text';
import { SEMIANNUAL_BLOCKS } from './semiannual-text';
import type { BlockSpec } from './template';

/** A report layout: its blocks and the defaults of a new report made from it. */
export interface ReportTemplate {
  key: string;
  blocks: BlockSpec[];
  typeName: string;
  /** The kind of report a new one from this template is, unless told otherwise. */
  kind: ReportKind;
  /** Its period: a month (the review meeting's report), a quarter, a half-year (the semi-annual summary), nine months or a year. */
  periodKind: PeriodKind;
  summary: (period: PeriodRef) => string;
  /** Nơi nhận of the seed report. */
  recipients: string[];
}

/** The periodic report for a quarter, nine months or a year: results, then the next period's priorities. */
function periodicTemplate(
  key: string,
  kind: ReportKind,
  periodKind: 'quarter' | 'nine_months' | 'year',
): ReportTemplate {
  return {
    key,
    blocks: PERIODIC_BLOCKS,
    typeName: 'BÁO CÁO',
    kind,
    periodKind,
    summary: (p) =>
      `Tình hình thực hiện nhiệm vụ ${periodLabel(p)}\nvà nhiệm vụ trọng tâm ${periodLabel(followingPeriod(p))}`,
    recipients: [
      'Văn phòng Chính phủ',
      'TTTU, TT HĐND tỉnh',
      'CT, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thị xã, thành phố',
      'LĐVP, Phòng TH',
      'Lưu: VT, TH',
    ],
  };
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
    kind: 'thematic',
    periodKind: 'half',
    summary: (p) => `Tình hình thực hiện nhiệm vụ năm ${p.year}`,
    recipients: ['Như trên', 'Lưu: VT'],
  },
  'semiannual-summary': {
    key: 'semiannual-summary',
    blocks: SEMIANNUAL_BLOCKS,
    typeName: 'BÁO CÁO TÓM TẮT',
    kind: 'semiannual',
    periodKind: 'half',
    summary: (p) =>
      p.index === 1
        ? `Tình hình công tác 6 tháng đầu năm và\nChương trình công tác 6 tháng cuối năm ${p.year}`
        : `Tình hình công tác năm ${p.year} và\nChương trình công tác năm ${p.year + 1}`,
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
  /** The monthly report to the review meeting (hội nghị đánh giá hàng tháng). */
  'monthly-review': {
    key: 'monthly-review',
    blocks: MONTHLY_REVIEW_BLOCKS,
    typeName: 'BÁO CÁO',
    kind: 'monthly',
    periodKind: 'month',
    summary: (p) =>
      `Kết quả thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao\n${periodLabel(p)}`,
    recipients: [
      'CT, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thị xã, thành phố',
      'LĐVP, Phòng TH',
      'Lưu: VT, TH',
    ],
  },
  'quarterly-report': periodicTemplate('quarterly-report', 'quarterly', 'quarter'),
  'nine-month-report': periodicTemplate('nine-month-report', 'nine_months', 'nine_months'),
  'annual-report': periodicTemplate('annual-report', 'annual', 'year'),
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
