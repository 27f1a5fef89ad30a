/**
 * The 47 đề án, kế hoạch of Chương trình hành động số 17-CTr/TU ngày
 * 30/9/2021 of the Tỉnh ủy, tracked by the UBND tỉnh: 45 completed on dated
 * days between 10/2021 and 14/6/2023, the last 2 done and awaiting the Tỉnh
 * ủy's approval (229/BC-UBND, A.I.4 (2)). The seed gives only the counts;
 * the titles, lead agencies and dates are illustrative.
 */
import type { WorkingCalendar } from '../../../../shared/calendar/working-days';
import type { Leaders } from '../people';
import type { Rng } from '../random';
import { drawDistinctDates } from '../schedule';
import { quietTimeline, type PlannedTask } from './plan';
import { domainOfUnit } from './units';
import { progressNarrative } from './wording';

/** The programme's title, by which it is found. */
export const PROGRAMME_17_CTR_TITLE =
  'Triển khai Chương trình hành động số 17-CTr/TU ngày 30/9/2021 của Tỉnh ủy';

/** The UBND's implementation plan assigned the items two weeks after the programme. */
const ASSIGNED_ON = '2021-10-14';
/** The body the last two items await. */
export const AWAITING_BODY = 'Tỉnh ủy';

/** [title, lead, coordinating…]: the 47 items, the last two still awaiting the Tỉnh ủy. */
const ITEMS: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['Đề án chuyển đổi số tỉnh Bình Phước đến năm 2025, định hướng đến năm 2030', 'BP.STTTT'],
  ['Kế hoạch phát triển công nghiệp tỉnh Bình Phước giai đoạn 2021 - 2025', 'BP.SCT', 'BP.BQLKKT'],
  [
    'Đề án phát triển du lịch tỉnh Bình Phước giai đoạn 2021 - 2025, tầm nhìn đến năm 2030',
    'BP.SVHTTDL',
  ],
  [
    'Đề án phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2021 - 2025',
    'BP.SNNPTNT',
    'BP.SKHCN',
  ],
  ['Kế hoạch phát triển kết cấu hạ tầng giao thông giai đoạn 2021 - 2025', 'BP.SGTVT'],
  [
    'Đề án phát triển các khu công nghiệp gắn với đô thị, dịch vụ dọc Quốc lộ 13',
    'BP.BQLKKT',
    'BP.SXD',
  ],
  [
    'Kế hoạch cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2021 - 2025',
    'BP.SKHDT',
  ],
  ['Đề án xây dựng chính quyền điện tử hướng tới chính quyền số', 'BP.STTTT', 'BP.VPUBND'],
  ['Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025', 'BP.SKHDT'],
  ['Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025', 'BP.SKHDT', 'BP.STC'],
  ['Kế hoạch tài chính 05 năm tỉnh Bình Phước giai đoạn 2021 - 2025', 'BP.STC'],
  ['Đề án tăng cường quản lý thu, chống thất thu ngân sách nhà nước', 'BP.STC', 'BP.CUCTHUE'],
  ['Chương trình phát triển đô thị tỉnh Bình Phước giai đoạn 2021 - 2030', 'BP.SXD'],
  [
    'Kế hoạch xây dựng xã nông thôn mới nâng cao, nông thôn mới kiểu mẫu giai đoạn 2021 - 2025',
    'BP.SNNPTNT',
  ],
  ['Đề án phát triển cây điều bền vững, nâng cao giá trị hạt điều Bình Phước', 'BP.SNNPTNT'],
  ['Đề án phát triển chăn nuôi an toàn sinh học gắn với chế biến', 'BP.SNNPTNT'],
  ['Kế hoạch bảo vệ và phát triển rừng giai đoạn 2021 - 2025', 'BP.SNNPTNT', 'BP.BCHQS'],
  ['Đề án quản lý, khai thác hiệu quả quỹ đất công, tăng nguồn thu từ đất', 'BP.STNMT', 'BP.STC'],
  ['Kế hoạch bảo vệ môi trường tỉnh Bình Phước giai đoạn 2021 - 2025', 'BP.STNMT'],
  ['Đề án phát triển khoa học, công nghệ và đổi mới sáng tạo giai đoạn 2021 - 2025', 'BP.SKHCN'],
  [
    'Đề án phát triển giáo dục và đào tạo giai đoạn 2021 - 2025, định hướng đến năm 2030',
    'BP.SGDDT',
  ],
  ['Đề án nâng cao năng lực y tế cơ sở và y tế dự phòng giai đoạn 2021 - 2025', 'BP.SYT'],
  [
    'Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
    'BP.SLDTBXH',
  ],
  [
    'Đề án phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2025',
    'BP.BDT',
  ],
  [
    'Đề án bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào dân tộc S’tiêng',
    'BP.SVHTTDL',
    'BP.BDT',
  ],
  ['Kế hoạch phát triển thể dục, thể thao tỉnh Bình Phước giai đoạn 2021 - 2025', 'BP.SVHTTDL'],
  ['Đề án sắp xếp tổ chức bộ máy, tinh giản biên chế giai đoạn 2021 - 2025', 'BP.SNV'],
  ['Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2025', 'BP.SNV', 'BP.VPUBND'],
  ['Đề án xây dựng đội ngũ cán bộ, công chức, viên chức đáp ứng yêu cầu nhiệm vụ', 'BP.SNV'],
  ['Kế hoạch phòng, chống tham nhũng, tiêu cực giai đoạn 2021 - 2025', 'BP.TTR'],
  [
    'Đề án nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    'BP.TTR',
    'BP.VPUBND',
  ],
  ['Kế hoạch xây dựng, hoàn thiện hệ thống văn bản quy phạm pháp luật của tỉnh', 'BP.STP'],
  ['Đề án bảo đảm quốc phòng, an ninh trên tuyến biên giới giai đoạn 2021 - 2025', 'BP.BCHQS'],
  ['Kế hoạch bảo đảm an ninh, trật tự, phòng, chống tội phạm giai đoạn 2021 - 2025', 'BP.CAT'],
  ['Đề án phát triển Khu kinh tế cửa khẩu Hoa Lư', 'BP.BQLKKT', 'BP.SKHDT'],
  ['Kế hoạch hợp tác phát triển với các tỉnh giáp biên của Vương quốc Campuchia', 'BP.SNGV'],
  ['Đề án thu hút đầu tư trực tiếp nước ngoài giai đoạn 2021 - 2025', 'BP.SKHDT', 'BP.SNGV'],
  [
    'Kế hoạch xúc tiến đầu tư, thương mại và du lịch giai đoạn 2021 - 2025',
    'BP.SKHDT',
    'BP.SCT',
    'BP.SVHTTDL',
  ],
  ['Đề án phát triển thương mại điện tử giai đoạn 2021 - 2025', 'BP.SCT'],
  ['Đề án phát triển năng lượng tái tạo trên địa bàn tỉnh', 'BP.SCT'],
  ['Kế hoạch cấp nước sạch nông thôn giai đoạn 2021 - 2025', 'BP.SNNPTNT'],
  ['Đề án hỗ trợ doanh nghiệp nhỏ và vừa, khởi nghiệp đổi mới sáng tạo', 'BP.SKHDT', 'BP.SKHCN'],
  ['Đề án phát triển nhà ở xã hội, nhà ở cho công nhân các khu công nghiệp', 'BP.SXD'],
  ['Đề án đầu tư hạ tầng các cụm công nghiệp trên địa bàn tỉnh', 'BP.SCT', 'BP.STC'],
  ['Đề án phát triển đô thị thông minh tỉnh Bình Phước', 'BP.STTTT', 'BP.SXD'],
  [
    'Đề án phát triển nguồn nhân lực chất lượng cao giai đoạn 2023 - 2030',
    'BP.SNV',
    'BP.SLDTBXH',
    'BP.SGDDT',
  ],
  ['Đề án phát triển kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế', 'BP.SKHDT'],
];

/** Items completed after the end of the half-year they were due (the rest on time). */
const LATE_ITEMS = new Set([9, 17, 26, 33, 40]);

function halfYearEnd(date: string): string {
  const year = date.slice(0, 4);
  return date.slice(5) <= '06-30' ? `${year}-06-30` : `${year}-12-31`;
}

function previousHalfYearEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) <= '06-30' ? `${year - 1}-12-31` : `${year}-06-30`;
}

function outputOf(title: string): string {
  if (title.startsWith('Kế hoạch')) return 'Kế hoạch';
  return title.startsWith('Chương trình') ? 'Chương trình' : 'Đề án';
}

/** The items of the programme with their deadlines and timelines (pure). */
export function plan17CtrItems(rng: Rng, cal: WorkingCalendar, leaders: Leaders): PlannedTask[] {
  if (ITEMS.length !== 47) throw new Error(`17-CTr/TU has 47 items, the list has ${ITEMS.length}`);
  const completions = drawDistinctDates(rng, cal, '2021-10-18', '2023-06-14', 45);
  const order = rng.sample(
    Array.from({ length: 45 }, (_, i) => i),
    45,
  );
  return ITEMS.map(([title, lead, ...coordinating], i) => {
    const leaderId = leaders.vice[domainOfUnit(lead) ?? 'kt'].id;
    const timeline = quietTimeline();
    let deadline: string;
    if (i < 45) {
      const done = completions[order[i] ?? 0] ?? '2023-06-14';
      // Late items were due at the end of the half-year before their completion.
      deadline =
        LATE_ITEMS.has(i) && previousHalfYearEnd(done) > ASSIGNED_ON
          ? previousHalfYearEnd(done)
          : halfYearEnd(done);
      timeline.completedOn = done;
    } else {
      deadline = '2023-06-30';
      const submitted = i === 45 ? '2023-05-26' : '2023-06-09';
      timeline.progress = [
        { on: '2023-03-15', percent: 70, narrative: progressNarrative(70) },
        { on: '2023-04-20', percent: 90, narrative: progressNarrative(90) },
      ];
      timeline.submitted = { on: submitted, body: AWAITING_BODY };
    }
    return {
      sourceDocumentId: null,
      itemLabel: String(i + 1),
      content: `Xây dựng, trình ban hành ${title}`,
      expectedOutput: outputOf(title),
      leadUnit: lead,
      coordinatingUnits: coordinating,
      leaderId,
      assignedOn: ASSIGNED_ON,
      deadline,
      timelines: [timeline],
    };
  });
}
