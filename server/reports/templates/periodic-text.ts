/**
 * The quarterly, nine-month and annual reports of the UBND on its direction
 * work (báo cáo định kỳ quý, 9 tháng, năm — the regime of ND 09/2019): the
 * same frame for the three, filled for the period. Part A states the results
 * of the period from the data — budget revenue against the estimates, the
 * disbursement of public investment, the documents issued and the tasks
 * assigned in the VPCP form with the units that have overdue tasks — between
 * narrative paragraphs people edit; part B holds the priorities of the next
 * period. Fields as in semiannual-text.ts, plus `{{periodLabel}}` ("quý II/2023",
 * "9 tháng năm 2023", "năm 2023") and `{{nextPeriodLabel}}` ("quý III/2023",
 * "quý IV/2023", "năm 2024").
 */
import type { BlockSpec } from './template';

export const PERIODIC_BLOCKS: BlockSpec[] = [
  {
    kind: 'narrative',
    key: 'intro',
    text: 'UBND tỉnh báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, công tác chỉ đạo, điều hành {{periodLabel}} và nhiệm vụ trọng tâm {{nextPeriodLabel}}, cụ thể như sau:',
  },
  {
    kind: 'heading',
    key: 'A',
    level: 1,
    label: 'A.',
    text: 'KẾT QUẢ THỰC HIỆN {{periodLabelUpper}}',
  },
  {
    kind: 'heading',
    key: 'A.I',
    level: 2,
    label: 'I.',
    text: 'Thu ngân sách và giải ngân vốn đầu tư công',
  },
  { kind: 'generated', key: 'A.I.revenue', generator: 'revenue' },
  { kind: 'generated', key: 'A.I.disbursement', generator: 'disbursement' },
  {
    kind: 'narrative',
    key: 'A.I.a',
    text: 'Các lĩnh vực kinh tế - xã hội khác tiếp tục được quan tâm chỉ đạo; an sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững.',
  },
  {
    kind: 'heading',
    key: 'A.II',
    level: 2,
    label: 'II.',
    text: 'Công tác chỉ đạo, điều hành',
  },
  { kind: 'generated', key: 'A.II.documents', generator: 'documentStatistics' },
  { kind: 'generated', key: 'A.II.tasks', generator: 'taskStatus' },
  { kind: 'generated', key: 'A.II.overdue', generator: 'overdueUnits' },
  {
    kind: 'heading',
    key: 'A.III',
    level: 2,
    label: 'III.',
    text: 'Tồn tại, hạn chế và nguyên nhân',
  },
  {
    kind: 'narrative',
    key: 'A.III.a',
    text: 'Một số nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao còn chậm, quá hạn; tiến độ giải ngân vốn đầu tư công một số dự án còn chậm so với kế hoạch.',
  },
  {
    kind: 'heading',
    key: 'B',
    level: 1,
    label: 'B.',
    text: 'NHIỆM VỤ TRỌNG TÂM {{nextPeriodLabelUpper}}',
  },
  {
    kind: 'narrative',
    key: 'B.1',
    label: '1.',
    text: 'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố tập trung hoàn thành dứt điểm các nhiệm vụ đã quá hạn; chủ động báo cáo, đề xuất gia hạn đối với nhiệm vụ không thể hoàn thành đúng hạn, nêu rõ lý do.',
  },
  {
    kind: 'narrative',
    key: 'B.2',
    label: '2.',
    text: 'Tăng cường các biện pháp thu ngân sách, chống thất thu; đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu tỷ lệ giải ngân năm {{year}} đạt tối thiểu {{disbursementTarget}} kế hoạch.',
  },
  {
    kind: 'narrative',
    key: 'B.3',
    label: '3.',
    text: 'Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng giải quyết thủ tục hành chính cho người dân, doanh nghiệp.',
  },
  { kind: 'narrative', key: 'closing', text: 'UBND tỉnh báo cáo./.' },
];
