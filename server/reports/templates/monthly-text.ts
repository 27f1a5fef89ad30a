/**
 * The monthly report to the review meeting (hội nghị đánh giá kết quả thực
 * hiện nhiệm vụ hàng tháng): the tasks the UBND and its Chair assigned in the
 * VPCP form at the end of the month's data window, the units with overdue
 * tasks, the documents issued, budget revenue against the estimates and the
 * disbursement of public investment — all generated from the data — and the
 * narrative people edit. Fields as in semiannual-text.ts, plus
 * `{{periodLabel}}` ("tháng 6/2023").
 */
import type { BlockSpec } from './template';

export const MONTHLY_REVIEW_BLOCKS: BlockSpec[] = [
  {
    kind: 'narrative',
    key: 'intro',
    text: 'Thực hiện Quy chế làm việc của UBND tỉnh, UBND tỉnh báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao {{periodLabel}} để đánh giá tại hội nghị, cụ thể như sau:',
  },
  {
    kind: 'heading',
    key: 'I',
    level: 2,
    label: 'I.',
    text: 'Kết quả thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao',
  },
  { kind: 'generated', key: 'I.documents', generator: 'documentStatistics' },
  { kind: 'generated', key: 'I.tasks', generator: 'taskStatus' },
  { kind: 'generated', key: 'I.overdue', generator: 'overdueUnits' },
  {
    kind: 'heading',
    key: 'II',
    level: 2,
    label: 'II.',
    text: 'Thu ngân sách và giải ngân vốn đầu tư công',
  },
  { kind: 'generated', key: 'II.revenue', generator: 'revenue' },
  { kind: 'generated', key: 'II.disbursement', generator: 'disbursement' },
  {
    kind: 'heading',
    key: 'III',
    level: 2,
    label: 'III.',
    text: 'Nhiệm vụ trọng tâm tháng tới',
  },
  {
    kind: 'narrative',
    key: 'III.a',
    text: 'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn; chủ động báo cáo, đề xuất gia hạn đối với nhiệm vụ không thể hoàn thành đúng hạn, nêu rõ lý do.',
  },
  {
    kind: 'narrative',
    key: 'III.b',
    text: 'Tiếp tục đẩy mạnh thu ngân sách, đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu tỷ lệ giải ngân năm {{year}} đạt tối thiểu {{disbursementTarget}} kế hoạch.',
  },
  { kind: 'narrative', key: 'closing', text: 'UBND tỉnh báo cáo./.' },
];
