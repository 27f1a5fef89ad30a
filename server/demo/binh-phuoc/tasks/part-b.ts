/**
 * Part B of the seed report 229/BC-UBND — the UBND's work programme for the
 * last 6 months of 2023 — as 7 tasks "B.1"…"B.7", due 31/12/2023.
 *
 * 229/BC-UBND is only issued on 10/7/2023 (by the product, later), so the
 * demo attaches the items to the programme document the register already
 * holds: "Chương trình làm việc của UBND tỉnh 6 tháng cuối năm 2023"
 * (CTr-UBND of 13/6/2023), under the stable title PART_B_PROGRAMME_TITLE.
 * The contents are the first sentence of each item of part B.
 */
import type { Tx } from '../../../platform/db/database';
import type { Leaders } from '../people';
import { quietTimeline, type PlannedTask } from './plan';

/** The programme holding part B; findPartBTasks looks it up by this title. */
export const PART_B_PROGRAMME_TITLE =
  'Chương trình công tác 6 tháng cuối năm 2023 của UBND tỉnh (phần B, Báo cáo tình hình công tác 6 tháng đầu năm 2023)';

/** The trích yếu of the register's programme document the items are attached to. */
export const PART_B_SOURCE_SUMMARY = 'Chương trình làm việc của UBND tỉnh 6 tháng cuối năm 2023';

/** The deadline of every part-B item. */
export const PART_B_DEADLINE = '2023-12-31';

/** [label, first sentence, lead, coordinating…, leader's domain or 'chair']. */
const ITEMS: ReadonlyArray<{
  label: string;
  content: string;
  lead: string;
  coordinating: string[];
  leader: 'kt' | 'nc' | 'chair';
}> = [
  {
    label: 'B.1',
    content:
      'Tập trung quyết liệt công tác thu ngân sách; thực hiện có hiệu quả các biện pháp tăng cường quản lý, chống thất thu ngân sách.',
    lead: 'BP.STC',
    coordinating: ['BP.CUCTHUE'],
    leader: 'kt',
  },
  {
    label: 'B.2',
    content:
      'Đẩy nhanh tiến độ giải ngân vốn đầu tư công và thủ tục đầu tư đối với các công trình trọng điểm của tỉnh.',
    lead: 'BP.SKHDT',
    coordinating: [],
    leader: 'kt',
  },
  {
    label: 'B.3',
    content:
      'Tập trung nguồn lực để triển khai thực hiện các đề án, kế hoạch theo chương trình hành động số 17-CTr/TU ngày 30/9/2021 của Tỉnh ủy.',
    lead: 'BP.SKHDT',
    coordinating: [],
    leader: 'kt',
  },
  {
    label: 'B.4',
    content: 'Tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh công tác xúc tiến đầu tư.',
    lead: 'BP.SKHDT',
    coordinating: ['BP.UBND.TOPHANUNGNHANH'],
    leader: 'kt',
  },
  {
    label: 'B.5',
    content:
      'Thực hiện nghiêm Quy chế làm việc và Chương trình công tác năm 2023 của Tỉnh ủy, UBND tỉnh.',
    lead: 'BP.SNV',
    coordinating: [],
    leader: 'nc',
  },
  {
    label: 'B.6',
    content:
      'Tiếp tục sắp xếp, kiện toàn tổ chức và hoạt động của cơ quan hành chính nhà nước theo hướng hiệu lực, hiệu quả.',
    lead: 'BP.SNV',
    coordinating: ['BP.STTTT'],
    leader: 'nc',
  },
  {
    label: 'B.7',
    content:
      'Chủ động liên hệ, làm việc với các Bộ, ngành Trung ương để hỗ trợ giải quyết các khó khăn, vướng mắc của địa phương trong quá trình quản lý, điều hành.',
    lead: 'BP.VPUBND',
    coordinating: [],
    leader: 'chair',
  },
];

/** The 7 items, assigned on the programme document's date (pure). */
export function planPartB(
  leaders: Leaders,
  sourceDocumentId: number,
  assignedOn: string,
): PlannedTask[] {
  return ITEMS.map((item) => ({
    sourceDocumentId,
    itemLabel: item.label,
    content: item.content,
    leadUnit: item.lead,
    coordinatingUnits: item.coordinating,
    leaderId: item.leader === 'chair' ? leaders.chair.id : leaders.vice[item.leader].id,
    assignedOn,
    deadline: PART_B_DEADLINE,
    timelines: [quietTimeline()],
  }));
}

/** The part-B tasks of the demo by item label ("B.1"…"B.7"), for features that report on them. */
export async function findPartBTasks(q: Tx): Promise<Map<string, number>> {
  const rows = await q
    .selectFrom('tasks as item')
    .innerJoin('tasks as programme', 'programme.id', 'item.parent_id')
    .select(['item.id', 'item.source_item_label'])
    .where('programme.kind', '=', 'programme')
    .where('programme.content', '=', PART_B_PROGRAMME_TITLE)
    .orderBy('item.id')
    .execute();
  return new Map(rows.map((r) => [r.source_item_label ?? '', r.id]));
}
