/** Words of the in-app guide: one short guide per role (the morning routine and where things are). */
import type { Texts } from '../platform/i18n';
import type { Role } from '../platform/session';

export interface GuideStep {
  text: string;
  /** The page the step happens on. */
  href?: string;
  linkLabel?: string;
}

export interface RoleGuide {
  title: string;
  who: string;
  steps: GuideStep[];
}

const vi = {
  title: 'Hướng dẫn sử dụng',
  intro:
    'Hướng dẫn ngắn cho từng vai trò. Hướng dẫn cho vai trò của bạn ở trên cùng; các vai trò khác ở phía dưới.',
  yourRole: (role: string) => `Vai trò của bạn: ${role}`,
  otherRoles: 'Các vai trò khác',
  open: 'Mở trang',
  keyboard: 'Phím tắt',
  keys: [
    { key: 'Ctrl + K', text: 'Mở ô tìm kiếm chung (văn bản, nhiệm vụ, dự án, hồ sơ, cán bộ).' },
    { key: '/', text: 'Mở ô tìm kiếm khi con trỏ không ở trong một ô nhập liệu.' },
    { key: 'Esc', text: 'Đóng hộp thoại đang mở.' },
  ],
  figures: 'Về các con số',
  figuresText:
    'Mỗi con số trên bảng điều hành có nút “Số này là gì?”: quy tắc tính và văn bản quy định. Bấm vào con số để mở danh sách đứng sau nó, đã lọc sẵn; tổng của danh sách bằng con số.',
  guides: {
    leader: {
      title: 'Lãnh đạo UBND tỉnh (Chủ tịch, Phó Chủ tịch)',
      who: 'Theo dõi toàn tỉnh, chỉ đạo văn bản đến, chủ trì hội nghị giao ban.',
      steps: [
        {
          text: 'Mỗi sáng mở Trang chủ: bảng điều hành toàn tỉnh theo kỳ đã chọn — nhiệm vụ theo phân loại của VPCP, nhiệm vụ quá hạn theo đơn vị và lãnh đạo phụ trách, giải ngân so với mục tiêu 95 %, thu ngân sách so với dự toán.',
          href: '/',
          linkLabel: 'Trang chủ',
        },
        {
          text: 'Cho ý kiến chỉ đạo văn bản đến: giao đơn vị chủ trì, phối hợp và thời hạn.',
          href: '/nhiem-vu/chi-dao',
          linkLabel: 'Chỉ đạo văn bản đến',
        },
        {
          text: 'Xem lịch công tác tuần của lãnh đạo.',
          href: '/lich-cong-tac',
          linkLabel: 'Lịch công tác lãnh đạo',
        },
        {
          text: 'Trước hội nghị giao ban tháng: xem chương trình dự kiến lập từ số liệu; kết luận của hội nghị thành nhiệm vụ.',
          href: '/hoi-nghi',
          linkLabel: 'Hội nghị đánh giá',
        },
      ],
    },
    office: {
      title: 'Văn phòng UBND tỉnh (văn thư, chuyên viên tổng hợp)',
      who: 'Cấp số, vào sổ văn bản; giao và đôn đốc nhiệm vụ; chuẩn bị hội nghị và báo cáo.',
      steps: [
        {
          text: 'Vào sổ văn bản đến và cấp số văn bản đi theo Nghị định 30/2020/NĐ-CP.',
          href: '/van-ban/vao-so',
          linkLabel: 'Vào sổ văn bản đến',
        },
        {
          text: 'Mở danh sách nhiệm vụ quá hạn từ Trang chủ và đôn đốc đơn vị chủ trì.',
          href: '/nhiem-vu?status=CHT_QUA_HAN&sort=deadline',
          linkLabel: 'Nhiệm vụ quá hạn',
        },
        {
          text: 'Giao nhiệm vụ mới từ văn bản, hoặc trích xuất nhiệm vụ từ một văn bản chỉ đạo.',
          href: '/nhiem-vu/giao',
          linkLabel: 'Giao nhiệm vụ',
        },
        {
          text: 'Lập báo cáo định kỳ từ số liệu (DOCX, PDF, XLSX theo thể thức Nghị định 30).',
          href: '/bao-cao',
          linkLabel: 'Báo cáo',
        },
        {
          text: 'Tiếp nhận đơn, lịch tiếp công dân, kiến nghị cử tri.',
          href: '/cong-dan-cu-tri',
          linkLabel: 'Công dân & Cử tri',
        },
      ],
    },
    unit_leader: {
      title: 'Lãnh đạo sở, ngành, địa phương',
      who: 'Theo dõi việc đơn vị chủ trì và phối hợp, duyệt báo cáo tiến độ và đề nghị gia hạn.',
      steps: [
        {
          text: 'Mỗi sáng mở Trang chủ: việc đơn vị chủ trì, phối hợp, đến hạn trong tuần, chờ lãnh đạo đơn vị duyệt, đôn đốc nhận được.',
          href: '/',
          linkLabel: 'Trang chủ',
        },
        {
          text: 'Duyệt báo cáo tiến độ và đề nghị gia hạn của cán bộ trước khi gửi UBND tỉnh.',
          href: '/nhiem-vu/don-vi',
          linkLabel: 'Việc của đơn vị',
        },
        {
          text: 'Nhập và duyệt số liệu chỉ tiêu của kỳ; giải trình khi chỉ tiêu ở mức đỏ.',
          href: '/chi-tieu-dau-tu',
          linkLabel: 'Chỉ tiêu & Đầu tư công',
        },
      ],
    },
    unit_staff: {
      title: 'Cán bộ sở, ngành, địa phương',
      who: 'Báo cáo tiến độ nhiệm vụ, đề nghị gia hạn, nhập số liệu.',
      steps: [
        {
          text: 'Xem việc của đơn vị và báo cáo tiến độ từng nhiệm vụ (lãnh đạo đơn vị duyệt trước khi gửi).',
          href: '/nhiem-vu/don-vi',
          linkLabel: 'Việc của đơn vị',
        },
        {
          text: 'Đề nghị gia hạn trước thời hạn, nêu lý do và thời hạn đề nghị.',
          href: '/nhiem-vu/don-vi',
          linkLabel: 'Việc của đơn vị',
        },
        {
          text: 'Nhập số liệu chỉ tiêu của kỳ báo cáo.',
          href: '/chi-tieu-dau-tu',
          linkLabel: 'Chỉ tiêu & Đầu tư công',
        },
      ],
    },
    admin: {
      title: 'Quản trị hệ thống',
      who: 'Danh mục đơn vị, cán bộ, người dùng và vai trò, lịch ngày làm việc.',
      steps: [
        {
          text: 'Cập nhật đơn vị (đổi tên, giải thể, sáp nhập có hiệu lực theo ngày).',
          href: '/quan-tri/don-vi',
          linkLabel: 'Đơn vị',
        },
        {
          text: 'Tạo người dùng, giao vai trò trong phạm vi một đơn vị.',
          href: '/quan-tri/nguoi-dung',
          linkLabel: 'Người dùng',
        },
        {
          text: 'Khai báo ngày nghỉ, ngày làm bù của tỉnh: mọi thời hạn tính theo ngày làm việc dùng lịch này.',
          href: '/quan-tri/lich',
          linkLabel: 'Lịch ngày làm việc',
        },
      ],
    },
    viewer: {
      title: 'Người xem',
      who: 'Xem số liệu và danh sách, không thay đổi dữ liệu.',
      steps: [
        {
          text: 'Mở Trang chủ để xem bảng điều hành; bấm một con số để xem danh sách đứng sau nó.',
          href: '/',
          linkLabel: 'Trang chủ',
        },
        { text: 'Tra cứu sổ văn bản.', href: '/van-ban', linkLabel: 'Sổ văn bản' },
      ],
    },
  } satisfies Record<Role, RoleGuide>,
};

const en: typeof vi = {
  title: 'User guide',
  intro: "A short guide for each role. Your role's guide comes first; the other roles follow.",
  yourRole: (role: string) => `Your role: ${role}`,
  otherRoles: 'Other roles',
  open: 'Open page',
  keyboard: 'Keyboard shortcuts',
  keys: [
    {
      key: 'Ctrl + K',
      text: 'Open the global search (documents, tasks, projects, cases, people).',
    },
    { key: '/', text: 'Open the search when the cursor is not in an input field.' },
    { key: 'Esc', text: 'Close the open dialog.' },
  ],
  figures: 'About the figures',
  figuresText:
    'Every figure on a dashboard has a “What is this number?” note: the rule and its legal source. Click a figure to open the list behind it, already filtered; the list adds up to the figure.',
  guides: {
    leader: {
      title: "The People's Committee's leaders (Chair, Vice-Chairs)",
      who: 'Follow the whole province, direct incoming documents, chair the monthly review meeting.',
      steps: [
        {
          text: 'Every morning open Home: the province dashboard for the chosen period — tasks in the VPCP classification, overdue tasks by unit and by leader, disbursement against the 95 % target, revenue against the estimate.',
          href: '/',
          linkLabel: 'Home',
        },
        {
          text: 'Direct incoming documents: assign the lead and coordinating units and the deadline.',
          href: '/nhiem-vu/chi-dao',
          linkLabel: 'Direction of incoming documents',
        },
        {
          text: "See the leaders' weekly calendar.",
          href: '/lich-cong-tac',
          linkLabel: 'Calendar',
        },
        {
          text: 'Before the monthly review meeting: read the draft agenda built from the data; its conclusions become tasks.',
          href: '/hoi-nghi',
          linkLabel: 'Review meetings',
        },
      ],
    },
    office: {
      title: "The People's Committee's office (clerks, general staff)",
      who: 'Number and register documents; assign and urge tasks; prepare meetings and reports.',
      steps: [
        {
          text: 'Register incoming documents and number outgoing ones (Decree 30/2020/NĐ-CP).',
          href: '/van-ban/vao-so',
          linkLabel: 'Register incoming',
        },
        {
          text: 'Open the overdue tasks from Home and urge their lead units.',
          href: '/nhiem-vu?status=CHT_QUA_HAN&sort=deadline',
          linkLabel: 'Overdue tasks',
        },
        {
          text: 'Assign a new task from a document, or extract tasks from a directive.',
          href: '/nhiem-vu/giao',
          linkLabel: 'Assign a task',
        },
        {
          text: 'Generate periodic reports from the data (DOCX, PDF, XLSX in the Decree 30 format).',
          href: '/bao-cao',
          linkLabel: 'Reports',
        },
        {
          text: "Receive petitions, schedule citizens' reception, voters' petitions.",
          href: '/cong-dan-cu-tri',
          linkLabel: 'Citizens & voters',
        },
      ],
    },
    unit_leader: {
      title: 'Leaders of departments and localities',
      who: "Follow the unit's led and coordinated tasks, approve progress reports and extension requests.",
      steps: [
        {
          text: 'Every morning open Home: tasks led and coordinated, due this week, awaiting your approval, urgings received.',
          href: '/',
          linkLabel: 'Home',
        },
        {
          text: "Approve staff's progress reports and extension requests before they go to the province.",
          href: '/nhiem-vu/don-vi',
          linkLabel: "Unit's work",
        },
        {
          text: "Enter and approve the period's indicator values; explain red indicators.",
          href: '/chi-tieu-dau-tu',
          linkLabel: 'Indicators & investment',
        },
      ],
    },
    unit_staff: {
      title: 'Staff of departments and localities',
      who: 'Report task progress, request extensions, enter figures.',
      steps: [
        {
          text: "See the unit's work and report each task's progress (the unit leader approves before it is sent).",
          href: '/nhiem-vu/don-vi',
          linkLabel: "Unit's work",
        },
        {
          text: 'Request an extension before the deadline, with the reason and the date asked for.',
          href: '/nhiem-vu/don-vi',
          linkLabel: "Unit's work",
        },
        {
          text: "Enter the reporting period's indicator values.",
          href: '/chi-tieu-dau-tu',
          linkLabel: 'Indicators & investment',
        },
      ],
    },
    admin: {
      title: 'Administrator',
      who: 'Units, officials, users and roles, the working-day calendar.',
      steps: [
        {
          text: 'Maintain units (renaming, dissolution, merger with effective dates).',
          href: '/quan-tri/don-vi',
          linkLabel: 'Units',
        },
        {
          text: 'Create users and give them a role within a unit.',
          href: '/quan-tri/nguoi-dung',
          linkLabel: 'Users',
        },
        {
          text: "Declare the province's holidays and make-up days: every working-day deadline uses this calendar.",
          href: '/quan-tri/lich',
          linkLabel: 'Working-day calendar',
        },
      ],
    },
    viewer: {
      title: 'Viewer',
      who: 'Read figures and lists; no changes.',
      steps: [
        {
          text: 'Open Home for the dashboard; click a figure to see the list behind it.',
          href: '/',
          linkLabel: 'Home',
        },
        { text: 'Look up the register.', href: '/van-ban', linkLabel: 'Register' },
      ],
    },
  },
};

export const helpText: Texts<typeof vi> = { vi, en };
