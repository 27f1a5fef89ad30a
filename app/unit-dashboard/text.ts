/** Words of the unit dashboard (bảng điều hành của đơn vị). */
import type { Texts } from '../platform/i18n';
import type { TaskStatus } from '../../shared/tasks/status';

const vi = {
  title: (unit: string) => `Bảng điều hành: ${unit}`,
  asOf: (date: string) => `Số liệu tính đến ngày ${date}. Bấm vào một con số để xem danh sách.`,
  whatIsThis: 'Số này là gì?',
  tasks: 'Nhiệm vụ của đơn vị',
  lead: 'Đơn vị chủ trì',
  coordinate: 'Đơn vị phối hợp',
  total: 'Tổng số',
  statuses: {
    HT_DUNG_HAN: 'Hoàn thành đúng hạn',
    HT_QUA_HAN: 'Hoàn thành quá hạn',
    CHT_TRONG_HAN: 'Chưa hoàn thành, trong hạn',
    CHT_QUA_HAN: 'Chưa hoàn thành, quá hạn',
    KHONG_THOI_HAN: 'Không có thời hạn',
  } satisfies Record<TaskStatus, string>,
  tasksNote:
    'Nhiệm vụ có phân công cho đơn vị (chủ trì hoặc phối hợp), phân theo trạng thái của Văn phòng Chính phủ tại ngày làm việc hiện tại: hoàn thành đúng hạn/quá hạn, chưa hoàn thành trong hạn/quá hạn, không có thời hạn. Căn cứ: Báo cáo 1270/BC-TCTTTg ngày 27/12/2017; QĐ 42/2014/QĐ-TTg (sửa đổi bởi QĐ 23/2018/QĐ-TTg).',
  dueThisWeek: 'Đến hạn tuần này',
  dueWeek: (from: string, to: string) => `Từ ${from} đến ${to}`,
  dueNote:
    'Nhiệm vụ đơn vị chủ trì, chưa hoàn thành, có thời hạn (kể cả thời hạn đã gia hạn) rơi vào tuần này, từ thứ Hai đến Chủ nhật; gồm cả việc đã quá hạn từ đầu tuần. Trạng thái theo cách phân loại của Báo cáo 1270/BC-TCTTTg ngày 27/12/2017.',
  noDue: 'Không có nhiệm vụ nào đến hạn trong tuần này.',
  approvals: 'Chờ lãnh đạo đơn vị duyệt',
  approvalsDetail: (progress: number, extension: number) =>
    `${progress} báo cáo tiến độ, ${extension} đề nghị gia hạn`,
  approvalsNote:
    'Báo cáo tiến độ của đơn vị chưa được lãnh đạo đơn vị duyệt và đề nghị gia hạn (điều chỉnh thời hạn) của cán bộ trên nhiệm vụ đơn vị chủ trì chưa được chuyển lên, chỉ tính nhiệm vụ chưa hoàn thành. Việc gia hạn do người giao nhiệm vụ quyết định; quy định riêng của tỉnh về gia hạn chưa được kiểm chứng.',
  indicators: 'Chỉ tiêu cần nhập số liệu',
  indicatorsOf: (period: string) => `Kỳ báo cáo: ${period}`,
  indicatorsDetail: (total: number, pending: number) =>
    `Đơn vị phụ trách ${total} chỉ tiêu; ${pending} chỉ tiêu có số liệu chờ duyệt`,
  indicatorsNote:
    'Chỉ tiêu do đơn vị phụ trách chưa có số liệu (đã duyệt hoặc chờ duyệt) cho kỳ riêng của chỉ tiêu trong kỳ báo cáo — mặc định tháng gần nhất đã kết thúc. Căn cứ: chế độ báo cáo theo Nghị định 09/2019/NĐ-CP; hệ thống chỉ tiêu thống kê cấp tỉnh theo QĐ 05/2023/QĐ-TTg.',
  noIndicators: 'Đã có số liệu cho mọi chỉ tiêu của kỳ này.',
  scorecard: 'Kết quả đánh giá gần nhất',
  scorecardOf: (period: string) => `Đợt đánh giá: ${period}`,
  score: 'Điểm',
  rank: (rank: string, of: string) => `Xếp thứ ${rank}/${of}`,
  noRank: 'Chưa xếp hạng',
  level: 'Mức xếp loại',
  noScorecard: 'Chưa có đợt đánh giá nào tính đơn vị này.',
  scorecardNote:
    'Điểm, thứ hạng và mức xếp loại của đơn vị trong đợt đánh giá gần nhất đã lưu. Bốn mức: Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Không hoàn thành nhiệm vụ. Căn cứ: Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP).',
  explanations: 'Giải trình được yêu cầu',
  explanationsNote:
    'Yêu cầu giải trình về số liệu chỉ tiêu gửi đơn vị mà đơn vị chưa trả lời. Mỗi yêu cầu có hạn trả lời.',
  dueOn: (date: string) => `hạn ${date}`,
  overdue: 'quá hạn',
  noExplanations: 'Không có yêu cầu giải trình nào đang chờ đơn vị.',
  urgings: 'Văn bản đôn đốc',
  urgingsDetail: (read: number, total: number) =>
    `Đã đọc ${read}/${total} văn bản đôn đốc nhận được`,
  unread: 'chưa đọc',
  urgingsNote:
    'Văn bản đôn đốc (nhắc nhở, phê bình, kiểm điểm) Văn phòng UBND tỉnh hoặc lãnh đạo gửi đơn vị; "chưa đọc" là những văn bản bạn chưa đánh dấu đã đọc. Căn cứ: QĐ 42/2014/QĐ-TTg về quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ.',
  openList: (what: string, n: string) => `${what}: ${n} — xem danh sách`,
  noUnit: 'Tài khoản này không thuộc đơn vị nào nên không có bảng điều hành của đơn vị.',
};

const en: typeof vi = {
  title: (unit) => `Dashboard: ${unit}`,
  asOf: (date) => `Figures as of ${date}. Select a number to see its list.`,
  whatIsThis: 'What is this number?',
  tasks: 'Tasks of the unit',
  lead: 'Lead unit',
  coordinate: 'Coordinating unit',
  total: 'Total',
  statuses: {
    HT_DUNG_HAN: 'Done on time',
    HT_QUA_HAN: 'Done late',
    CHT_TRONG_HAN: 'Open, within deadline',
    CHT_QUA_HAN: 'Open, overdue',
    KHONG_THOI_HAN: 'No deadline',
  },
  tasksNote:
    'Tasks assigned to the unit (as lead or coordinating unit) by the Government Office status on the current working day. Source: Report 1270/BC-TCTTTg of 27/12/2017; QĐ 42/2014/QĐ-TTg (amended by QĐ 23/2018/QĐ-TTg).',
  dueThisWeek: 'Due this week',
  dueWeek: (from, to) => `From ${from} to ${to}`,
  dueNote:
    'Open tasks the unit leads whose deadline (extended if so) falls in this week, Monday to Sunday, including those already overdue since Monday. Statuses as in Report 1270/BC-TCTTTg of 27/12/2017.',
  noDue: 'Nothing is due this week.',
  approvals: 'Awaiting the unit leader',
  approvalsDetail: (progress, extension) =>
    `${progress} progress reports, ${extension} extension requests`,
  approvalsNote:
    'Progress reports of the unit not yet approved by its leader, and staff extension requests on tasks it leads not yet forwarded, on open tasks only. Extensions are decided by the assigning leader; the province’s own rule on extensions is unverified.',
  indicators: 'Indicators to enter',
  indicatorsOf: (period) => `Report period: ${period}`,
  indicatorsDetail: (total, pending) =>
    `The unit is in charge of ${total} indicators; ${pending} have figures awaiting approval`,
  indicatorsNote:
    'Indicators the unit is in charge of with no figure (approved or pending) for their own period within the report period — by default the last month ended. Source: reporting regime under ND 09/2019/NĐ-CP; provincial statistical indicators under QĐ 05/2023/QĐ-TTg.',
  noIndicators: 'Every indicator has a figure for this period.',
  scorecard: 'Latest evaluation',
  scorecardOf: (period) => `Evaluation: ${period}`,
  score: 'Score',
  rank: (rank, of) => `Ranked ${rank} of ${of}`,
  noRank: 'Not ranked',
  level: 'Rating',
  noScorecard: 'No evaluation run includes this unit yet.',
  scorecardNote:
    'The unit’s score, rank and rating in the latest stored evaluation run. Source: ND 90/2020/NĐ-CP (amended by ND 48/2023/NĐ-CP).',
  explanations: 'Explanations asked',
  explanationsNote:
    'Requests to explain an indicator figure sent to the unit and not yet answered, each with its deadline.',
  dueOn: (date) => `due ${date}`,
  overdue: 'overdue',
  noExplanations: 'No explanation request is waiting for the unit.',
  urgings: 'Urgings',
  urgingsDetail: (read, total) => `Read ${read} of ${total} urgings received`,
  unread: 'unread',
  urgingsNote:
    'Urgings (reminders, criticism, review) sent to the unit; "unread" are those you have not marked read. Source: QĐ 42/2014/QĐ-TTg.',
  openList: (what, n) => `${what}: ${n} — see the list`,
  noUnit: 'This account belongs to no unit, so it has no unit dashboard.',
};

export const unitDashboardText: Texts<typeof vi> = { vi, en };
