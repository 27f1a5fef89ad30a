/**
 * Templates of the reports (báo cáo) and of the small series (chương trình,
 * quy chế, đề án, phương án, công điện) of the demo's 2023 register. Plain data.
 */
import { topic as t, type Topic } from './compose';

/** Báo cáo up to 14 June (counted as "other"). */
export const REPORTS: readonly Topic[] = [
  t('th', 'Tình hình kinh tế - xã hội {prevMonth}', { to: ['VN.VPCP', 'VN.BKHDT', 'TTTU'] }),
  t(
    'kt',
    'Tình hình thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội',
    { to: ['VN.BKHDT', 'VN.VPCP'] },
  ),
  t('kt', 'Tình hình giải ngân vốn đầu tư công năm 2023 (số liệu đến ngày {recentDate})', {
    to: ['VN.BKHDT', 'VN.BTC', 'TTTU'],
    tag: 'đầu tư công',
  }),
  t('kt', 'Tình hình thực hiện dự toán thu, chi ngân sách nhà nước {quarter}', {
    to: ['VN.BTC', 'TTTU'],
    tag: 'thu ngân sách',
  }),
  t('kt', 'Kết quả rà soát, xử lý vướng mắc đối với dự án {investment}', { to: ['VN.BKHDT'] }),
  t('kt', 'Giải trình, bổ sung hồ sơ đề xuất dự án {project}', { to: ['VN.BKHDT'] }),
  t('kt', 'Tình hình hoạt động của các khu công nghiệp và khu kinh tế {quarter}', {
    to: ['VN.BKHDT', 'BQLKKT'],
  }),
  t(
    'kt',
    'Kết quả thực hiện kiến nghị của Kiểm toán nhà nước đối với báo cáo quyết toán ngân sách địa phương năm 2021',
    { to: ['Kiểm toán nhà nước khu vực XIII', 'STC'] },
  ),
  t('kt', 'Tình hình xuất khẩu hạt điều, cao su và giải pháp hỗ trợ doanh nghiệp', {
    to: ['VN.BCT', 'SCT'],
  }),
  t('nn', 'Tình hình quản lý, sử dụng đất đai trên địa bàn tỉnh', { to: ['VN.BTNMT', 'STNMT'] }),
  t('nn', 'Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {quarter}', {
    to: ['VN.BNNPTNT', 'SNNPTNT'],
  }),
  t('nn', 'Tình hình phòng cháy, chữa cháy rừng mùa khô 2022 - 2023', {
    to: ['VN.BNNPTNT', 'SNNPTNT'],
    until: '2023-05-31',
  }),
  t('vx', 'Kết quả thực hiện chuyển đổi số {quarter}', {
    to: ['VN.BTTTT', 'STTTT'],
    tag: 'chuyển đổi số',
  }),
  t('vx', 'Kết quả công tác phòng, chống dịch bệnh {prevMonth}', { to: ['VN.BYT', 'SYT'] }),
  t('vx', 'Tình hình thực hiện chính sách ưu đãi người có công với cách mạng', {
    to: ['VN.BLDTBXH', 'SLDTBXH'],
    tag: 'an sinh xã hội',
  }),
  t('vx', 'Tình hình thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững {quarter}', {
    to: ['VN.BLDTBXH', 'SLDTBXH'],
    tag: 'an sinh xã hội',
  }),
  t('vx', 'Tình hình mua sắm thuốc, vật tư, trang thiết bị y tế tại các cơ sở y tế công lập', {
    to: ['VN.BYT', 'SYT'],
  }),
  t('nc', 'Kết quả công tác cải cách hành chính {quarter}', {
    to: ['VN.BNV', 'SNV'],
    tag: 'cải cách hành chính',
  }),
  t('nc', 'Công tác phòng, chống tham nhũng {quarter}', { to: ['Thanh tra Chính phủ', 'TTR'] }),
  t('nc', 'Kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo {quarter}', {
    to: ['Thanh tra Chính phủ', 'TTR'],
  }),
  t('nc', 'Tình hình triển khai Đề án 06 {prevMonth}', {
    to: ['Tổ công tác triển khai Đề án 06 của Chính phủ', 'BP.CAT'],
    tag: 'chuyển đổi số',
  }),
  t('nc', 'Công tác bảo đảm trật tự, an toàn giao thông {quarter}', {
    to: ['Ủy ban An toàn giao thông Quốc gia', 'BP.CAT'],
  }),
  t('nc', 'Tình hình quản lý, bảo vệ biên giới quốc gia {quarter}', {
    to: ['VN.VPCP', 'SNGV', 'BP.BCHQS'],
  }),
  t('nc', 'Kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh', {
    to: ['VN.BTP', 'STP'],
  }),
  t('th', 'Kết quả giải quyết kiến nghị của cử tri gửi đến {session}, HĐND tỉnh khóa X', {
    to: ['HDND', 'BP.MTTQ'],
  }),
  t('th', 'Tổng kết công tác thi đua, khen thưởng năm 2022 và phương hướng, nhiệm vụ năm 2023', {
    to: ['VN.BNV', 'SNV'],
    until: '2023-02-28',
  }),
  t('th', 'Kết quả thực hiện Chương trình công tác của UBND tỉnh {prevMonth}', {
    to: ['TTTU', 'ALL_AGENCIES'],
  }),
];

/** Báo cáo 201–228, issued 3–7 July for the 11th session and the half-year (after both windows). */
export const JULY_REPORTS: readonly Topic[] = [
  t(
    'th',
    'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2023',
    { to: ['HDND', 'TTTU'], chair: true },
  ),
  t(
    'kt',
    'Tình hình thực hiện dự toán thu, chi ngân sách nhà nước 6 tháng đầu năm và nhiệm vụ, giải pháp 6 tháng cuối năm 2023',
    { to: ['HDND', 'STC'], tag: 'thu ngân sách' },
  ),
  t(
    'kt',
    'Tình hình thực hiện kế hoạch đầu tư công 6 tháng đầu năm và giải pháp đẩy nhanh giải ngân 6 tháng cuối năm 2023',
    { to: ['HDND', 'SKHDT'], tag: 'đầu tư công' },
  ),
  t('nc', 'Công tác phòng, chống tham nhũng 6 tháng đầu năm 2023', { to: ['HDND', 'TTR'] }),
  t('nc', 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo 6 tháng đầu năm 2023', {
    to: ['HDND', 'TTR'],
  }),
  t('nc', 'Công tác phòng, chống tội phạm và vi phạm pháp luật 6 tháng đầu năm 2023', {
    to: ['HDND', 'BP.CAT'],
  }),
  t('kt', 'Công tác thực hành tiết kiệm, chống lãng phí 6 tháng đầu năm 2023', {
    to: ['HDND', 'STC'],
  }),
  t('nc', 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023', {
    to: ['VN.BNV', 'SNV'],
    tag: 'cải cách hành chính',
  }),
  t('th', 'Kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ mười một, HĐND tỉnh khóa X', {
    to: ['HDND', 'BP.MTTQ'],
  }),
  t('nn', 'Tình hình thực hiện các Chương trình mục tiêu quốc gia 6 tháng đầu năm 2023', {
    to: ['HDND', 'SNNPTNT', 'SLDTBXH', 'BDT'],
  }),
  t('vx', 'Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2023', {
    to: ['VN.BTTTT', 'STTTT'],
    tag: 'chuyển đổi số',
  }),
  t('nc', 'Công tác quốc phòng, quân sự địa phương 6 tháng đầu năm 2023', {
    to: ['HDND', 'BP.BCHQS'],
  }),
  t(
    'vx',
    'Kết quả thực hiện Nghị quyết số 04-NQ/TU ngày 18/5/2021 của Tỉnh ủy 6 tháng đầu năm 2023',
    { to: ['TTTU', 'STTTT'], tag: 'chuyển đổi số' },
  ),
  t(
    'th',
    'Kết quả thực hiện Chương trình hành động số 17-CTr/TU ngày 30/9/2021 của Tỉnh ủy 6 tháng đầu năm 2023',
    { to: ['TTTU', 'SKHDT'], chair: true },
  ),
  t(
    'kt',
    'Tình hình thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ 6 tháng đầu năm 2023',
    { to: ['VN.BKHDT', 'SKHDT'] },
  ),
  t('vx', 'Kết quả công tác dân tộc 6 tháng đầu năm 2023', { to: ['HDND', 'BDT'] }),
  t('nc', 'Kết quả công tác ngoại vụ 6 tháng đầu năm 2023', { to: ['TTTU', 'SNGV'] }),
  t('nc', 'Tình hình quản lý, bảo vệ biên giới quốc gia 6 tháng đầu năm 2023', {
    to: ['VN.VPCP', 'SNGV', 'BP.BCHQS'],
  }),
  t('nn', 'Công tác bảo vệ môi trường 6 tháng đầu năm 2023', { to: ['HDND', 'STNMT'] }),
  t('vx', 'Tổng kết năm học 2022 - 2023 và nhiệm vụ năm học 2023 - 2024', {
    to: ['HDND', 'SGDDT'],
  }),
  t('vx', 'Kết quả công tác y tế 6 tháng đầu năm 2023', { to: ['HDND', 'SYT'] }),
  t('vx', 'Kết quả thực hiện chính sách an sinh xã hội 6 tháng đầu năm 2023', {
    to: ['HDND', 'SLDTBXH'],
    tag: 'an sinh xã hội',
  }),
  t('nc', 'Công tác bảo đảm trật tự, an toàn giao thông 6 tháng đầu năm 2023', {
    to: ['HDND', 'BP.CAT', 'SGTVT'],
  }),
  t('kt', 'Tình hình thu hút đầu tư 6 tháng đầu năm 2023', {
    to: ['HDND', 'SKHDT', 'BQLKKT'],
    tag: 'thu hút đầu tư',
  }),
  t('nc', 'Kết quả triển khai Đề án 06 trên địa bàn tỉnh 6 tháng đầu năm 2023', {
    to: ['Tổ công tác triển khai Đề án 06 của Chính phủ', 'BP.CAT'],
    tag: 'chuyển đổi số',
  }),
  t('nc', 'Công tác tư pháp 6 tháng đầu năm 2023', { to: ['VN.BTP', 'STP'] }),
  t('nc', 'Kết quả công tác thi đua, khen thưởng 6 tháng đầu năm 2023', { to: ['VN.BNV', 'SNV'] }),
  t('th', 'Tình hình thực hiện Chương trình công tác của UBND tỉnh 6 tháng đầu năm 2023', {
    to: ['TTTU', 'ALL_AGENCIES'],
  }),
];

/** Chương trình (12), on fixed dates. */
export const PROGRAMMES: readonly Topic[] = [
  t('th', 'Chương trình công tác năm 2023 của UBND tỉnh Bình Phước', {
    on: '2023-01-05',
    chair: true,
    to: ['TTTU', 'ALL_AGENCIES', 'ALL_DISTRICTS'],
  }),
  t(
    'th',
    'Chương trình hành động thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước và cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2023',
    { on: '2023-01-17', chair: true, to: ['VN.VPCP', 'TTTU', 'ALL_AGENCIES', 'ALL_DISTRICTS'] },
  ),
  t('kt', 'Chương trình thực hành tiết kiệm, chống lãng phí năm 2023', {
    on: '2023-02-08',
    to: ['STC', 'ALL_AGENCIES'],
  }),
  t('kt', 'Chương trình khuyến công tỉnh Bình Phước năm 2023', { on: '2023-02-21', to: ['SCT'] }),
  t('kt', 'Chương trình xúc tiến thương mại tỉnh Bình Phước năm 2023', {
    on: '2023-03-02',
    to: ['SCT'],
  }),
  t('kt', 'Chương trình xúc tiến đầu tư tỉnh Bình Phước năm 2023', {
    on: '2023-03-14',
    to: ['SKHDT', 'SNGV'],
    tag: 'thu hút đầu tư',
  }),
  t('nn', 'Chương trình khuyến nông tỉnh Bình Phước năm 2023', {
    on: '2023-03-22',
    to: ['SNNPTNT'],
  }),
  t('vx', 'Chương trình phát triển thanh niên tỉnh Bình Phước năm 2023', {
    on: '2023-03-27',
    to: ['SNV'],
  }),
  t('nc', 'Chương trình công tác phòng, chống tội phạm và vi phạm pháp luật năm 2023', {
    on: '2023-04-04',
    to: ['BP.CAT'],
  }),
  t('vx', 'Chương trình truyền thông về chuyển đổi số năm 2023', {
    on: '2023-04-18',
    to: ['STTTT'],
    tag: 'chuyển đổi số',
  }),
  t('nc', 'Chương trình phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số năm 2023', {
    on: '2023-05-09',
    to: ['STP', 'BDT'],
  }),
  t('th', 'Chương trình làm việc của UBND tỉnh 6 tháng cuối năm 2023', {
    on: '2023-06-13',
    to: ['TTTU', 'ALL_AGENCIES'],
  }),
];

/** Quy chế (8), on fixed dates. */
export const REGULATIONS: readonly Topic[] = [
  t(
    'nc',
    'Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh trong thực hiện nhiệm vụ năm 2023',
    { on: '2023-01-12', to: ['BP.MTTQ'] },
  ),
  t('nc', 'Quy chế phối hợp trong công tác tiếp công dân tại Trụ sở Tiếp công dân tỉnh', {
    on: '2023-02-17',
    to: ['TTR'],
  }),
  t(
    'kt',
    'Quy chế làm việc của Tổ phản ứng nhanh tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, nhà đầu tư',
    { on: '2023-02-27', to: ['SKHDT'] },
  ),
  t('kt', 'Quy chế hoạt động của Tổ rà soát đầu tư công tỉnh Bình Phước', {
    on: '2023-03-23',
    to: ['SKHDT', 'STC'],
    tag: 'đầu tư công',
  }),
  t('vx', 'Quy chế phối hợp vận hành Trung tâm Giám sát, điều hành thông minh tỉnh', {
    on: '2023-04-13',
    to: ['STTTT'],
    tag: 'chuyển đổi số',
  }),
  t('nn', 'Quy chế phối hợp quản lý hoạt động khoáng sản tại các khu vực giáp ranh', {
    on: '2023-05-05',
    to: ['STNMT'],
  }),
  t('nc', 'Quy chế phối hợp trong công tác quản lý người nước ngoài trên địa bàn tỉnh', {
    on: '2023-05-24',
    to: ['SNGV', 'BP.CAT'],
  }),
  t('vx', 'Quy chế phối hợp trong công tác bảo vệ, chăm sóc trẻ em', {
    on: '2023-06-02',
    to: ['SLDTBXH'],
  }),
];

/** Đề án (6), on fixed dates. */
export const SCHEMES: readonly Topic[] = [
  t(
    'nc',
    'Đề án sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh sau khi dừng thực hiện thí điểm',
    { on: '2023-01-06', to: ['TTTU', 'SNV'] },
  ),
  t(
    'kt',
    'Đề án huy động nguồn lực đầu tư phát triển kết cấu hạ tầng giao thông giai đoạn 2023 - 2025',
    { on: '2023-03-10', to: ['SGTVT', 'SKHDT'] },
  ),
  t('nn', 'Đề án phát triển cây điều bền vững tỉnh Bình Phước đến năm 2030', {
    on: '2023-04-07',
    to: ['SNNPTNT'],
  }),
  t(
    'vx',
    'Đề án xây dựng đô thị thông minh tỉnh Bình Phước giai đoạn 2023 - 2025, định hướng đến năm 2030',
    { on: '2023-04-25', to: ['STTTT', 'SXD'], tag: 'chuyển đổi số' },
  ),
  t('vx', 'Đề án phát triển du lịch tỉnh Bình Phước giai đoạn 2023 - 2030', {
    on: '2023-05-22',
    to: ['SVHTTDL'],
  }),
  t('nc', 'Đề án nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã giai đoạn 2023 - 2025', {
    on: '2023-06-06',
    to: ['SNV'],
  }),
];

/** Phương án (8), on fixed dates. */
export const OPTIONS: readonly Topic[] = [
  t('nc', 'Phương án bảo đảm an ninh, trật tự dịp Tết Nguyên đán Quý Mão năm 2023', {
    on: '2023-01-09',
    to: ['BP.CAT'],
  }),
  t('nn', 'Phương án phòng cháy, chữa cháy rừng mùa khô năm 2023', {
    on: '2023-01-31',
    to: ['SNNPTNT', 'BP.BCHQS'],
  }),
  t('kt', 'Phương án sắp xếp lại, xử lý nhà, đất thuộc sở hữu nhà nước của các cơ quan, đơn vị', {
    on: '2023-03-03',
    to: ['STC'],
  }),
  t('nn', 'Phương án sử dụng đất sau khi thu hồi đất của các nông, lâm trường', {
    on: '2023-03-29',
    to: ['STNMT'],
  }),
  t(
    'kt',
    'Phương án tổ chức giao thông phục vụ thi công đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
    { on: '2023-04-21', to: ['SGTVT'] },
  ),
  t('vx', 'Phương án tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2023', {
    on: '2023-05-12',
    to: ['SGDDT'],
  }),
  t('nn', 'Phương án ứng phó thiên tai theo cấp độ rủi ro trên địa bàn tỉnh năm 2023', {
    on: '2023-05-26',
    to: ['SNNPTNT'],
  }),
  t('nc', 'Phương án bảo đảm an ninh, trật tự kỳ họp thứ mười một HĐND tỉnh khóa X', {
    on: '2023-06-12',
    to: ['BP.CAT'],
  }),
];

/** Công điện (10) of the Chair, on fixed dates. */
export const DISPATCHES: readonly Topic[] = [
  t(
    'nc',
    'Về việc bảo đảm an ninh, trật tự và an toàn giao thông dịp Tết Nguyên đán Quý Mão năm 2023',
    { on: '2023-01-13', to: ['BP.CAT', 'SGTVT', 'ALL_DISTRICTS'] },
  ),
  t('nn', 'Về việc tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng', {
    on: '2023-02-10',
    to: ['SNNPTNT', 'ALL_DISTRICTS'],
  }),
  t('kt', 'Về việc tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023', {
    on: '2023-03-20',
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'đầu tư công',
  }),
  t('nn', 'Về việc tăng cường phòng, chống bệnh dịch tả lợn châu Phi', {
    on: '2023-03-31',
    to: ['SNNPTNT', 'ALL_DISTRICTS'],
  }),
  t('kt', 'Về việc bảo đảm cung ứng xăng dầu trên địa bàn tỉnh', {
    on: '2023-04-17',
    to: ['SCT', 'ALL_DISTRICTS'],
  }),
  t('vx', 'Về việc tăng cường phòng, chống dịch sốt xuất huyết', {
    on: '2023-05-08',
    to: ['SYT', 'ALL_DISTRICTS'],
  }),
  t('nn', 'Về việc chủ động ứng phó với mưa lớn, lốc, sét đầu mùa mưa', {
    on: '2023-05-19',
    to: ['SNNPTNT', 'ALL_DISTRICTS'],
  }),
  t('vx', 'Về việc bảo đảm an toàn cho học sinh trong dịp nghỉ hè năm 2023', {
    on: '2023-05-30',
    to: ['SGDDT', 'ALL_DISTRICTS'],
  }),
  t('kt', 'Về việc tăng cường thu ngân sách nhà nước những tháng cuối quý II năm 2023', {
    on: '2023-06-05',
    to: ['STC', 'BP.CUCTHUE', 'ALL_DISTRICTS'],
    tag: 'thu ngân sách',
  }),
  t(
    'nc',
    'Về việc tăng cường phòng cháy, chữa cháy tại cơ sở kinh doanh dịch vụ karaoke, quán bar',
    { on: '2023-06-09', to: ['BP.CAT', 'ALL_DISTRICTS'] },
  ),
];
