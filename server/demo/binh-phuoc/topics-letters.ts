/**
 * Templates of the letters (công văn), notices (thông báo) and invitations
 * (giấy mời) of the demo's 2023 register. Plain data.
 */
import { topic as t, type Topic } from './compose';

/** Công văn ("V/v …"); the field code of the số, ký hiệu follows the domain. */
export const LETTERS: readonly Topic[] = [
  t('kt', 'V/v đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'đầu tư công',
  }),
  t('kt', 'V/v giải ngân vốn đầu tư công của dự án {project}', {
    to: ['SKHDT', 'BP.KBNN'],
    tag: 'đầu tư công',
  }),
  t('kt', 'V/v bố trí vốn đối ứng thực hiện dự án {project}', {
    to: ['SKHDT', 'STC'],
    tag: 'đầu tư công',
  }),
  t('kt', 'V/v giao nhiệm vụ xử lý kiến nghị của {company}', { to: ['SKHDT'] }),
  t('kt', 'V/v tham mưu giải quyết kiến nghị của nhà đầu tư liên quan đến dự án {investment}', {
    to: ['SKHDT', 'STNMT'],
    tag: 'thu hút đầu tư',
  }),
  t('kt', 'V/v điều chỉnh tiến độ thực hiện dự án {investment}', { to: ['SKHDT'] }),
  t('kt', 'V/v rà soát quỹ đất sạch phục vụ thu hút đầu tư tại {district}', {
    to: ['STNMT', 'SKHDT'],
    tag: 'thu hút đầu tư',
  }),
  t('kt', 'V/v đôn đốc thực hiện nhiệm vụ thu ngân sách nhà nước năm 2023', {
    to: ['STC', 'BP.CUCTHUE', 'ALL_DISTRICTS'],
    tag: 'thu ngân sách',
  }),
  t('kt', 'V/v tăng cường quản lý, chống thất thu thuế đối với hoạt động {taxArea}', {
    to: ['BP.CUCTHUE', 'STC'],
    tag: 'thu ngân sách',
  }),
  t('kt', 'V/v xử lý nợ đọng tiền sử dụng đất, tiền thuê đất', {
    to: ['BP.CUCTHUE', 'STNMT'],
    tag: 'thu ngân sách',
  }),
  t('kt', 'V/v hỗ trợ doanh nghiệp chế biến, xuất khẩu hạt điều', { to: ['SCT', 'SNNPTNT'] }),
  t('kt', 'V/v bảo đảm cung ứng xăng dầu trên địa bàn tỉnh', { to: ['SCT'] }),
  t('kt', 'V/v kiểm tra, xử lý công trình xây dựng không phép tại {district}', { to: ['SXD'] }),
  t('kt', 'V/v bảo trì, sửa chữa tuyến đường ĐT.{road}', { to: ['SGTVT'] }),
  t(
    'kt',
    'V/v đẩy nhanh tiến độ dự án đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
    { to: ['SGTVT', 'STNMT', 'UBND thị xã Chơn Thành'] },
  ),
  t('kt', 'V/v thực hiện thủ tục đầu tư các dự án trọng điểm năm 2023', {
    to: ['SKHDT', 'SXD'],
    tag: 'đầu tư công',
  }),
  t('kt', 'V/v đăng ký nhu cầu vốn ngân sách trung ương năm 2024', {
    to: ['SKHDT'],
    from: '2023-04-03',
  }),
  t(
    'kt',
    'V/v xây dựng Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024',
    { to: ['ALL_AGENCIES', 'ALL_DISTRICTS'], from: '2023-05-15' },
  ),
  t('kt', 'V/v quản lý, sử dụng tài sản công tại {agency}', { to: ['STC'] }),
  t('kt', 'V/v hoạt động của {park}', { to: ['SKHDT'] }),
  t('nn', 'V/v tháo gỡ khó khăn trong công tác bồi thường, giải phóng mặt bằng dự án {project}', {
    to: ['STNMT'],
  }),
  t('nn', 'V/v thẩm định giá đất cụ thể dự án {project}', { to: ['STNMT', 'STC'] }),
  t('nn', 'V/v tăng cường quản lý hoạt động khai thác khoáng sản trên địa bàn {district}', {
    to: ['STNMT'],
  }),
  t('nn', 'V/v xử lý tình trạng lấn chiếm, sử dụng đất sai mục đích tại {district}', {
    to: ['STNMT'],
  }),
  t('nn', 'V/v cấp Giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân tại {district}', {
    to: ['STNMT'],
  }),
  t('nn', 'V/v phòng, chống bệnh dịch tả lợn châu Phi', { to: ['SNNPTNT', 'ALL_DISTRICTS'] }),
  t('nn', 'V/v tăng cường phòng cháy, chữa cháy rừng', {
    to: ['SNNPTNT', 'ALL_DISTRICTS'],
    until: '2023-05-31',
  }),
  t('nn', 'V/v rà soát, báo cáo tình hình sử dụng đất của các công ty nông, lâm nghiệp', {
    to: ['STNMT', 'SNNPTNT'],
  }),
  t('nn', 'V/v thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tại {district}', {
    to: ['SNNPTNT'],
  }),
  t('vx', 'V/v tăng cường công tác phòng, chống dịch sốt xuất huyết', {
    to: ['SYT', 'ALL_DISTRICTS'],
  }),
  t('vx', 'V/v bảo đảm thuốc, vật tư y tế phục vụ khám bệnh, chữa bệnh', { to: ['SYT'] }),
  t('vx', 'V/v đẩy nhanh tiến độ đấu thầu mua sắm thuốc, vật tư, trang thiết bị y tế', {
    to: ['SYT', 'STC'],
  }),
  t('vx', 'V/v tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2023', {
    to: ['SGDDT'],
    from: '2023-03-01',
  }),
  t('vx', 'V/v rà soát, sắp xếp mạng lưới trường, lớp học năm học 2023 - 2024 tại {district}', {
    to: ['SGDDT'],
  }),
  t('vx', 'V/v chi trả trợ cấp xã hội cho đối tượng bảo trợ xã hội qua tài khoản', {
    to: ['SLDTBXH'],
    tag: 'an sinh xã hội',
  }),
  t('vx', 'V/v rà soát hộ nghèo, hộ cận nghèo phát sinh tại {district}', {
    to: ['SLDTBXH'],
    tag: 'an sinh xã hội',
  }),
  t('vx', 'V/v hỗ trợ người lao động bị mất việc làm, giảm giờ làm', {
    to: ['SLDTBXH'],
    tag: 'an sinh xã hội',
  }),
  t('vx', 'V/v đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình', {
    to: ['STTTT', 'ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'chuyển đổi số',
  }),
  t('vx', 'V/v bảo đảm an toàn thông tin mạng trong cơ quan nhà nước', {
    to: ['STTTT'],
    tag: 'chuyển đổi số',
  }),
  t('vx', 'V/v sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc', {
    to: ['STTTT', 'ALL_AGENCIES'],
    tag: 'chuyển đổi số',
  }),
  t('vx', 'V/v tổ chức các hoạt động văn hóa, thể thao {occasion}', { to: ['SVHTTDL'] }),
  t('vx', 'V/v quản lý hoạt động lễ hội, di tích trên địa bàn tỉnh', { to: ['SVHTTDL'] }),
  t('vx', 'V/v thực hiện chính sách đối với đồng bào dân tộc thiểu số tại {district}', {
    to: ['BDT'],
  }),
  t('vx', 'V/v đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2024', { to: ['SKHCN'] }),
  t('vx', 'V/v bảo đảm an toàn thực phẩm trong các bếp ăn tập thể', { to: ['SYT'] }),
  t('nc', 'V/v giải quyết đơn của {citizen}, trú tại {district}', { to: ['TTR'] }),
  t('nc', 'V/v chuẩn bị nội dung tiếp công dân định kỳ {thisMonth} của Chủ tịch UBND tỉnh', {
    to: ['TTR'],
  }),
  t('nc', 'V/v rà soát các vụ việc khiếu nại, tố cáo phức tạp, kéo dài', {
    to: ['TTR', 'ALL_DISTRICTS'],
  }),
  t('nc', 'V/v chấn chỉnh kỷ luật, kỷ cương hành chính', {
    to: ['SNV', 'ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'cải cách hành chính',
  }),
  t('nc', 'V/v tuyển dụng công chức, viên chức năm 2023', { to: ['SNV'] }),
  t('nc', 'V/v thực hiện Quyết định số 764-QĐ/TU ngày 30/11/2022 của Ban Thường vụ Tỉnh ủy', {
    to: ['SNV', 'ALL_AGENCIES'],
    until: '2023-04-28',
  }),
  t('nc', 'V/v rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành', { to: ['STP'] }),
  t('nc', 'V/v tăng cường công tác bảo đảm trật tự, an toàn giao thông', {
    to: ['BP.CAT', 'SGTVT'],
  }),
  t('nc', 'V/v phối hợp quản lý, bảo vệ đường biên, mốc quốc giới trên tuyến biên giới tỉnh', {
    to: ['SNGV', 'BP.BCHQS'],
  }),
  t('nc', 'V/v đón tiếp Đoàn công tác tỉnh {cambodia}, Vương quốc Campuchia', { to: ['SNGV'] }),
  t('nc', 'V/v thực hiện Đề án 06 trên địa bàn tỉnh', {
    to: ['BP.CAT', 'ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'chuyển đổi số',
  }),
  t('nc', 'V/v cử cán bộ, công chức tham gia lớp bồi dưỡng kiến thức quản lý nhà nước', {
    to: ['SNV', 'ALL_AGENCIES'],
  }),
  t('nc', 'V/v tham gia ý kiến đối với {draft}', { to: ['STP'] }),
  t(
    'nc',
    'V/v đánh giá Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
    { to: ['SNV'], tag: 'cải cách hành chính' },
  ),
  t('th', 'V/v triển khai thực hiện {incoming}', { to: ['ALL_AGENCIES'], from: '2023-01-16' }),
  t('th', 'V/v thực hiện {incoming}', { from: '2023-01-16' }),
  t('th', 'V/v chuẩn bị nội dung phiên họp UBND tỉnh thường kỳ {thisMonth}', {
    to: ['ALL_AGENCIES'],
  }),
  t('th', 'V/v chuẩn bị nội dung trình {session}, HĐND tỉnh khóa X', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
  }),
  t('th', 'V/v báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh giao {prevMonth}', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
  }),
  t('th', 'V/v giao nhiệm vụ tham mưu trả lời kiến nghị của cử tri', { to: ['ALL_AGENCIES'] }),
  t('th', 'V/v thực hiện Kết luận của Thường trực Tỉnh ủy tại buổi làm việc với {district}', {
    to: ['ALL_AGENCIES'],
  }),
];

/** Thông báo (kết luận); `{pct}` is the Vice-Chair of the domain. */
export const NOTICES: readonly Topic[] = [
  t('th', 'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với {district}', {
    to: ['ALL_AGENCIES'],
  }),
  t('th', 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ {prevMonth}', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
  }),
  t(
    'kt',
    'Kết luận của đồng chí {pct} - Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ dự án {project}',
    { to: ['SKHDT'], tag: 'đầu tư công' },
  ),
  t(
    'kt',
    'Kết luận của Chủ tịch UBND tỉnh tại Hội nghị đánh giá tình hình giải ngân vốn đầu tư công',
    { to: ['ALL_AGENCIES', 'ALL_DISTRICTS'], tag: 'đầu tư công' },
  ),
  t('kt', 'Kết luận của Chủ tịch UBND tỉnh tại Hội nghị đối thoại với doanh nghiệp', {
    to: ['SKHDT', 'BQLKKT'],
  }),
  t('kt', 'Ý kiến chỉ đạo của Chủ tịch UBND tỉnh về việc xử lý kiến nghị của {company}', {
    to: ['SKHDT'],
  }),
  t(
    'nn',
    'Kết luận của đồng chí {pct} - Phó Chủ tịch UBND tỉnh tại cuộc họp giải quyết vướng mắc bồi thường, giải phóng mặt bằng tại {district}',
    { to: ['STNMT'] },
  ),
  t('vx', 'Kết luận của đồng chí {pct} - Phó Chủ tịch UBND tỉnh tại buổi làm việc với {agency}'),
  t('nc', 'Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân định kỳ {prevMonth}', {
    to: ['TTR'],
  }),
  t('nc', 'Kết luận của đồng chí {pct} - Phó Chủ tịch UBND tỉnh tại buổi làm việc với {agency}'),
];

/** Giấy mời. */
export const INVITATIONS: readonly Topic[] = [
  t('th', 'Mời dự phiên họp UBND tỉnh thường kỳ {thisMonth}'),
  t('kt', 'Mời dự họp nghe báo cáo tiến độ dự án {project}', { tag: 'đầu tư công' }),
  t('kt', 'Mời dự Hội nghị đánh giá tình hình giải ngân vốn đầu tư công', { tag: 'đầu tư công' }),
  t('kt', 'Mời dự Hội nghị đối thoại với doanh nghiệp'),
  t('kt', 'Mời dự họp xem xét hồ sơ đề nghị chấp thuận chủ trương đầu tư dự án {investment}'),
  t('kt', 'Mời dự họp Tổ phản ứng nhanh'),
  t('kt', 'Mời dự họp Tổ rà soát đầu tư công', { from: '2023-03-17', tag: 'đầu tư công' }),
  t(
    'nn',
    'Mời dự họp giải quyết vướng mắc trong công tác bồi thường, giải phóng mặt bằng tại {district}',
  ),
  t('nc', 'Mời dự Hội nghị triển khai công tác cải cách hành chính năm 2023', {
    until: '2023-02-28',
    tag: 'cải cách hành chính',
  }),
  t('th', 'Mời dự họp thông qua dự thảo các văn bản trình {session}, HĐND tỉnh khóa X'),
  t('th', 'Mời dự Hội nghị trực tuyến Chính phủ với các địa phương'),
  t('th', 'Mời dự buổi làm việc với Đoàn công tác của {ministry}'),
  t('vx', 'Mời dự họp Ban Chỉ đạo chuyển đổi số tỉnh', { tag: 'chuyển đổi số' }),
];
