/** Words of the disbursement pages (dashboard and Excel import), Vietnamese first. */
import type { Texts } from '../platform/i18n';

/** "Kế hoạch Thủ tướng Chính phủ giao" inside a sentence: only the first letter lowered. */
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

const vi = {
  dashboard: {
    title: (year: number) => `Giải ngân vốn đầu tư công năm ${year}`,
    asOf: (date: string, province: string) => `${province}, số liệu đến hết ngày ${date}.`,
    importLink: 'Nhập số liệu từ Excel',
    denominator: 'Mẫu số dùng cho biểu đồ và xếp hạng',
    denominatorHint: 'Các bảng luôn ghi tỷ lệ theo cả hai mẫu số.',
    basis: { pm: 'Kế hoạch Thủ tướng Chính phủ giao', local: 'Kế hoạch địa phương giao' },
    basisShort: { pm: 'KH TTg giao', local: 'KH địa phương giao' },
    loading: 'Đang tải số liệu giải ngân…',
    notAllowed:
      'Bảng điều hành giải ngân toàn tỉnh dành cho lãnh đạo, Văn phòng UBND tỉnh và người xem số liệu toàn tỉnh. Đơn vị vẫn có thể nhập số liệu giải ngân của mình.',
  },
  rate: {
    title: 'Tỷ lệ giải ngân toàn tỉnh',
    gauge: (rate: string, target: string, basis: string) =>
      `Tỷ lệ giải ngân toàn tỉnh ${rate} so với mục tiêu ${target} (theo ${basis})`,
    planPm: 'Kế hoạch Thủ tướng Chính phủ giao',
    planLocal: 'Kế hoạch địa phương giao',
    disbursed: 'Đã giải ngân (lũy kế)',
    ratePm: 'Tỷ lệ so với kế hoạch TTg giao',
    rateLocal: 'Tỷ lệ so với kế hoạch địa phương giao',
    outstanding: 'Tạm ứng chưa thu hồi (đã tính trong số giải ngân)',
    target: 'Mục tiêu năm',
    targetOf: (rate: string, basis: string) => `${rate} ${lowerFirst(basis)}`,
    targetSource: (doc: string) => `theo ${doc}`,
    targetDefault: 'mức mặc định (chưa ghi văn bản giao mục tiêu)',
    gap: 'Chênh lệch so với mục tiêu',
    reached: 'Đã đạt mục tiêu',
    notReached: 'Chưa đạt mục tiêu',
  },
  curve: {
    title: 'Giải ngân lũy kế theo tháng so với năm trước',
    chart: (year: number, last: number) =>
      `Đường tỷ lệ giải ngân lũy kế theo tháng năm ${year} so với năm ${last}`,
    summary: (rate: string, lastRate: string, month: string) =>
      `Đến ${month}: năm nay ${rate}, cùng kỳ năm trước ${lastRate}.`,
    month: (m: number, year: number) => (m === 13 ? `T1/${year + 1}` : `T${m}`),
    monthLong: (m: number, year: number) =>
      m === 13 ? `tháng 1/${year + 1}` : `tháng ${m}/${year}`,
    monthRow: (m: number) => (m === 13 ? 'Tháng 1 năm sau' : `Tháng ${m}`),
    series: (year: number) => `Năm ${year}`,
    caption: (basis: string) => `Giải ngân lũy kế theo tháng (tỷ lệ theo ${lowerFirst(basis)})`,
    monthCol: 'Tháng',
    cumulative: (year: number) => `Lũy kế ${year} (tỷ đồng)`,
    rate: (year: number) => `Tỷ lệ ${year}`,
    partial: (date: string) => `đến ${date}`,
  },
  projection: {
    title: 'Dự báo cuối năm và tiến độ cần đạt',
    intro: (month: string) =>
      `Dự báo = lũy kế đến hết ${month} ÷ bình quân 3 năm trước của tỷ lệ (lũy kế đến cùng tháng ÷ tổng giải ngân đến 31/01 năm sau).`,
    none: 'Chưa đủ số liệu các năm trước để dự báo.',
    projected: 'Dự báo giải ngân cả năm',
    projectedRates: 'Tỷ lệ dự báo',
    meanShare: 'Tỷ trọng bình quân 3 năm trước',
    historyCaption: 'Số liệu các năm trước dùng cho dự báo',
    year: 'Năm',
    toMonth: (m: string) => `Lũy kế đến hết ${m} (tỷ đồng)`,
    final: 'Tổng đến 31/01 năm sau (tỷ đồng)',
    share: 'Tỷ trọng',
    pace: 'Tiến độ cần đạt',
    paceTitle: (target: string, deadline: string) =>
      `Để đạt ${target} kế hoạch đến ngày ${deadline} (Luật Đầu tư công 2019, Điều 68)`,
    targetAmount: 'Số phải giải ngân',
    remaining: 'Còn phải giải ngân',
    monthsLeft: 'Số tháng còn lại',
    perMonth: 'Bình quân mỗi tháng cần giải ngân',
    reachedAlready: 'Đã đạt số phải giải ngân.',
  },
  investors: {
    title: 'Xếp hạng chủ đầu tư',
    chart: (basis: string) =>
      `Tỷ lệ giải ngân của các chủ đầu tư (theo ${lowerFirst(basis)}), từ cao xuống thấp`,
    chartSummary: (first: string, last: string, average: string) =>
      `Cao nhất: ${first}; thấp nhất: ${last}; bình quân tỉnh ${average}.`,
    series: 'Tỷ lệ giải ngân',
    caption: 'Tỷ lệ giải ngân theo chủ đầu tư (cả hai mẫu số)',
    rank: 'Hạng',
    investor: 'Chủ đầu tư',
    projects: 'Số dự án',
    planPm: 'KH TTg giao (tỷ đồng)',
    planLocal: 'KH địa phương giao (tỷ đồng)',
    disbursed: 'Đã giải ngân (tỷ đồng)',
    ratePm: 'Tỷ lệ / KH TTg giao',
    rateLocal: 'Tỷ lệ / KH địa phương giao',
    position: 'So với bình quân tỉnh',
    below: 'Thấp hơn bình quân',
    atOrAbove: 'Bằng hoặc cao hơn',
    fileName: (date: string) => `xep-hang-giai-ngan-${date}`,
    sheet: 'Xếp hạng chủ đầu tư',
  },
  below: {
    title: (average: string) => `Chủ đầu tư có tỷ lệ thấp hơn bình quân tỉnh (${average})`,
    intro:
      'Bình quân tỉnh = tổng số đã giải ngân ÷ tổng kế hoạch (không phải trung bình các tỷ lệ).',
    item: (rate: string, gap: string) => `${rate} (${gap})`,
    none: 'Không có chủ đầu tư nào thấp hơn bình quân tỉnh.',
  },
  programmes: {
    title: '03 Chương trình mục tiêu quốc gia',
    intro:
      'Vốn đầu tư phát triển của các chương trình; kinh phí sự nghiệp ghi riêng, không tính vào giải ngân vốn đầu tư công.',
    caption: 'Giải ngân vốn đầu tư 03 Chương trình mục tiêu quốc gia',
    programme: 'Chương trình',
    central: 'Trong đó NSTW: đã giải ngân / KH TTg giao (tỷ đồng)',
    recurrent: 'Kinh phí sự nghiệp: đã chi / KH TTg giao (tỷ đồng)',
    total: 'Cộng 03 chương trình',
  },
  sources: {
    title: 'Theo nguồn vốn',
    caption: 'Tỷ lệ giải ngân theo nguồn vốn (cả hai mẫu số)',
    source: 'Nguồn vốn',
  },
  keyProjects: {
    title: 'Công trình trọng điểm',
    caption: 'Giải ngân các công trình trọng điểm của tỉnh',
    code: 'Mã dự án',
    project: 'Dự án',
  },
  reporting: {
    title: 'Kỳ báo cáo đầu tư công sắp đến hạn (Nghị định 40/2020/NĐ-CP)',
    caption: 'Các báo cáo phải gửi Bộ Kế hoạch và Đầu tư, Bộ Tài chính',
    report: 'Báo cáo',
    due: 'Hạn gửi',
    covers: 'Kỳ số liệu',
    left: 'Còn lại',
    days: (n: number) => (n === 0 ? 'Đến hạn hôm nay' : n < 0 ? `Quá hạn ${-n} ngày` : `${n} ngày`),
  },
  import: {
    title: 'Nhập số liệu đầu tư công từ Excel',
    intro:
      'Tải lên tệp Excel theo mẫu. Mọi dòng được kiểm tra trước: nếu có lỗi, không dòng nào được nhập và từng lỗi được nêu theo dòng, cột.',
    back: 'Về bảng điều hành giải ngân',
    kind: 'Loại số liệu',
    kinds: {
      disbursements: 'Giải ngân (tạm ứng, thanh toán)',
      'capital-plans': 'Kế hoạch vốn năm',
    },
    file: 'Tệp Excel (.xlsx)',
    fileHint:
      'Một trang tính, có dòng tiêu đề cột như mẫu; các dòng phía trên tiêu đề được bỏ qua.',
    columns: 'Các cột của mẫu',
    columnsCaption: (kind: string) => `Cột của mẫu nhập ${lowerFirst(kind)}`,
    column: 'Tên cột',
    content: 'Nội dung',
    requiredMark: 'bắt buộc',
    submit: 'Nhập tệp',
    submitting: 'Đang nhập…',
    doneDisbursements: (n: string, sheet: string, amount: string) =>
      `Đã nhập ${n} dòng giải ngân từ trang tính “${sheet}”, cộng thêm ${amount} vào số đã giải ngân.`,
    donePlans: (n: string, sheet: string, pm: string, local: string) =>
      `Đã nhập ${n} dòng kế hoạch vốn từ trang tính “${sheet}”: kế hoạch TTg giao ${pm}, kế hoạch địa phương giao ${local}.`,
    seeDashboard: 'Xem bảng điều hành giải ngân',
    notAllowed: 'Tài khoản của bạn không được nhập số liệu đầu tư công.',
  },
};

const en: typeof vi = {
  dashboard: {
    title: (year) => `Public-investment disbursement ${year}`,
    asOf: (date, province) => `${province}, figures to the end of ${date}.`,
    importLink: 'Import figures from Excel',
    denominator: 'Denominator of the charts and ranking',
    denominatorHint: 'Tables always give the rate on both denominators.',
    basis: { pm: 'Plan assigned by the Prime Minister', local: 'Plan allocated by the province' },
    basisShort: { pm: 'PM plan', local: 'Provincial plan' },
    loading: 'Loading disbursement figures…',
    notAllowed:
      'The provincial disbursement dashboard is for the leaders, the Committee’s office and province-wide viewers. A unit may still import its own disbursements.',
  },
  rate: {
    title: 'Provincial disbursement rate',
    gauge: (rate, target, basis) =>
      `Provincial disbursement rate ${rate} against the target ${target} (on the ${basis})`,
    planPm: 'Plan assigned by the Prime Minister',
    planLocal: 'Plan allocated by the province',
    disbursed: 'Disbursed (cumulative)',
    ratePm: 'Rate of the PM plan',
    rateLocal: 'Rate of the provincial plan',
    outstanding: 'Advances not yet recovered (counted in the disbursed amount)',
    target: 'Target of the year',
    targetOf: (rate, basis) => `${rate} of the ${lowerFirst(basis)}`,
    targetSource: (doc) => `set by ${doc}`,
    targetDefault: 'default level (no document recorded)',
    gap: 'Gap to the target',
    reached: 'Target reached',
    notReached: 'Target not reached',
  },
  curve: {
    title: 'Monthly cumulative disbursement against last year',
    chart: (year, last) => `Cumulative disbursement rate by month, ${year} against ${last}`,
    summary: (rate, lastRate, month) =>
      `To ${month}: this year ${rate}, same period last year ${lastRate}.`,
    month: (m, year) => (m === 13 ? `Jan ${year + 1}` : `M${m}`),
    monthLong: (m, year) => (m === 13 ? `January ${year + 1}` : `month ${m}/${year}`),
    monthRow: (m) => (m === 13 ? 'January of the next year' : `Month ${m}`),
    series: (year) => `${year}`,
    caption: (basis) => `Cumulative disbursement by month (rate on the ${lowerFirst(basis)})`,
    monthCol: 'Month',
    cumulative: (year) => `Cumulative ${year} (billion VND)`,
    rate: (year) => `Rate ${year}`,
    partial: (date) => `to ${date}`,
  },
  projection: {
    title: 'Year-end projection and required pace',
    intro: (month) =>
      `Projection = cumulative to the end of ${month} ÷ the mean over the previous 3 years of (cumulative to the same month ÷ total at 31 January of the next year).`,
    none: 'Not enough history to project.',
    projected: 'Projected disbursement of the year',
    projectedRates: 'Projected rate',
    meanShare: 'Mean share over the previous 3 years',
    historyCaption: 'Previous years used by the projection',
    year: 'Year',
    toMonth: (m) => `Cumulative to the end of ${m} (billion VND)`,
    final: 'Total at 31 January next year (billion VND)',
    share: 'Share',
    pace: 'Pace required',
    paceTitle: (target, deadline) =>
      `To reach ${target} of the plan by ${deadline} (Law on Public Investment 2019, art. 68)`,
    targetAmount: 'Amount to disburse',
    remaining: 'Still to disburse',
    monthsLeft: 'Months left',
    perMonth: 'Needed per month on average',
    reachedAlready: 'The amount to disburse is reached.',
  },
  investors: {
    title: 'Investor ranking',
    chart: (basis) =>
      `Disbursement rate of the investors (on the ${lowerFirst(basis)}), highest first`,
    chartSummary: (first, last, average) =>
      `Highest: ${first}; lowest: ${last}; provincial average ${average}.`,
    series: 'Disbursement rate',
    caption: 'Disbursement rate by investor (both denominators)',
    rank: 'Rank',
    investor: 'Investor',
    projects: 'Projects',
    planPm: 'PM plan (billion VND)',
    planLocal: 'Provincial plan (billion VND)',
    disbursed: 'Disbursed (billion VND)',
    ratePm: 'Rate / PM plan',
    rateLocal: 'Rate / provincial plan',
    position: 'Against the provincial average',
    below: 'Below average',
    atOrAbove: 'At or above',
    fileName: (date) => `disbursement-ranking-${date}`,
    sheet: 'Investor ranking',
  },
  below: {
    title: (average) => `Investors below the provincial average (${average})`,
    intro: 'Provincial average = total disbursed ÷ total plan (not the mean of the rates).',
    item: (rate, gap) => `${rate} (${gap})`,
    none: 'No investor is below the provincial average.',
  },
  programmes: {
    title: 'The 3 national target programmes',
    intro:
      'Investment capital of the programmes; recurrent funds are shown apart and never counted as public-investment disbursement.',
    caption: 'Disbursement of investment capital of the 3 national target programmes',
    programme: 'Programme',
    central: 'Of which central budget: disbursed / PM plan (billion VND)',
    recurrent: 'Recurrent funds: spent / PM plan (billion VND)',
    total: 'The 3 programmes',
  },
  sources: {
    title: 'By capital source',
    caption: 'Disbursement rate by capital source (both denominators)',
    source: 'Capital source',
  },
  keyProjects: {
    title: 'Key projects',
    caption: 'Disbursement of the province’s key projects',
    code: 'Project code',
    project: 'Project',
  },
  reporting: {
    title: 'Public-investment reports coming due (Decree 40/2020)',
    caption: 'Reports due to the Ministries of Planning and Investment and of Finance',
    report: 'Report',
    due: 'Due',
    covers: 'Covers',
    left: 'Left',
    days: (n) => (n === 0 ? 'Due today' : n < 0 ? `${-n} days late` : `${n} days`),
  },
  import: {
    title: 'Import public-investment figures from Excel',
    intro:
      'Upload an Excel file following the template. Every row is checked first: if any is wrong, nothing is imported and each error is named by row and column.',
    back: 'Back to the disbursement dashboard',
    kind: 'Kind of figures',
    kinds: {
      disbursements: 'Disbursements (advances, payments)',
      'capital-plans': 'Yearly capital plans',
    },
    file: 'Excel file (.xlsx)',
    fileHint: 'One sheet with the template’s header row; rows above the header are ignored.',
    columns: 'Columns of the template',
    columnsCaption: (kind) => `Columns of the ${lowerFirst(kind)} template`,
    column: 'Column name',
    content: 'Content',
    requiredMark: 'required',
    submit: 'Import file',
    submitting: 'Importing…',
    doneDisbursements: (n, sheet, amount) =>
      `Imported ${n} disbursement rows from the sheet “${sheet}”, adding ${amount} to the amount disbursed.`,
    donePlans: (n, sheet, pm, local) =>
      `Imported ${n} capital-plan rows from the sheet “${sheet}”: PM plan ${pm}, provincial plan ${local}.`,
    seeDashboard: 'See the disbursement dashboard',
    notAllowed: 'Your account may not import public-investment figures.',
  },
};

export const investmentText: Texts<typeof vi> = { vi, en };
