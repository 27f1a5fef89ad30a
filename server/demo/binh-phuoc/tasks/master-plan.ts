/**
 * The provincial master plan (Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến
 * năm 2050): assigned to the Sở Kế hoạch và Đầu tư in the UBND's 2023 work
 * programme and completed on 17/5/2023 with Tờ trình 40/TTr-UBND to the Prime
 * Minister (229/BC-UBND, A.I.4 (1)).
 */
import type { Leaders } from '../people';
import { progressNarrative } from './wording';
import { quietTimeline, type PlannedTask } from './plan';

export const MASTER_PLAN_CONTENT =
  'Hoàn chỉnh Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, trình Thủ tướng Chính phủ phê duyệt';

/** The register entry of the UBND's 2023 work programme, the task's source. */
export const MASTER_PLAN_SOURCE_SUMMARY = 'Chương trình công tác năm 2023 của UBND tỉnh Bình Phước';
export const MASTER_PLAN_RESULT = '40/TTr-UBND';
export const MASTER_PLAN_COMPLETED_ON = '2023-05-17';

/** The task, completed on 17/5/2023 with the result document (when the register holds it). */
export function planMasterPlan(
  leaders: Leaders,
  source: { id: number; issueDate: string },
  resultDocumentId: number | undefined,
): PlannedTask {
  const timeline = quietTimeline();
  timeline.progress = [
    {
      on: '2023-02-20',
      percent: 60,
      narrative: 'Đã tiếp thu ý kiến của Hội đồng thẩm định quy hoạch tỉnh.',
    },
    { on: '2023-04-10', percent: 90, narrative: progressNarrative(90) },
  ];
  timeline.completedOn = MASTER_PLAN_COMPLETED_ON;
  if (resultDocumentId !== undefined) timeline.resultDocumentId = resultDocumentId;
  return {
    sourceDocumentId: source.id,
    content: MASTER_PLAN_CONTENT,
    expectedOutput: 'Tờ trình Thủ tướng Chính phủ',
    leadUnit: 'BP.SKHDT',
    coordinatingUnits: ['BP.STNMT', 'BP.SXD', 'BP.STC'],
    leaderId: leaders.chair.id,
    assignedOn: source.issueDate,
    deadline: '2023-05-31',
    priority: 'high',
    timelines: [timeline],
  };
}
