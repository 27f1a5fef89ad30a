/**
 * Templates of the plans, submissions, reports and the smaller series
 * (chương trình, quy chế, đề án, phương án, công điện) of the demo's 2023
 * register. Plain data.
 */
import { topic as t, type Topic } from './compose';

/** Kế hoạch. */
export const PLANS: readonly Topic[] = [
  t('kt', 'Tổ chức Hội nghị xúc tiến đầu tư tại {country}', {
    to: ['SKHDT', 'SNGV', 'BQLKKT'],
    tag: 'thu hút đầu tư',
  }),
  t('kt', 'Thực hiện các giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'đầu tư công',
  }),
  t('kt', 'Kiểm tra, giám sát tình hình thực hiện các dự án đầu tư công trên địa bàn {district}', {
    to: ['SKHDT'],
    tag: 'đầu tư công',
  }),
  t('kt', 'Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp năm 2023', {
    to: ['SKHDT', 'BQLKKT'],
  }),
  t('kt', 'Cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
  }),
  t('kt', 'Phát triển thương mại điện tử tỉnh Bình Phước năm 2023', {
    to: ['SCT'],
    tag: 'chuyển đổi số',
  }),
  t('kt', 'Tăng cường quản lý thu ngân sách nhà nước, chống thất thu năm 2023', {
    to: ['STC', 'BP.CUCTHUE'],
    tag: 'thu ngân sách',
  }),
  t('kt', 'Phát triển cụm công nghiệp trên địa bàn {district} giai đoạn 2023 - 2025', {
    to: ['SCT'],
  }),
  t('kt', 'Bảo trì, sửa chữa hệ thống đường tỉnh năm 2023', { to: ['SGTVT'] }),
  t('nn', 'Đấu giá quyền sử dụng đất năm 2023 trên địa bàn tỉnh Bình Phước', {
    to: ['STNMT', 'STC'],
    tag: 'thu ngân sách',
  }),
  t('nn', 'Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng dự án {project}', {
    to: ['STNMT'],
  }),
  t(
    'nn',
    'Kiểm tra việc quản lý, sử dụng đất của các tổ chức được Nhà nước giao đất, cho thuê đất trên địa bàn {district}',
    { to: ['STNMT'] },
  ),
  t('nn', 'Phòng, chống dịch bệnh động vật năm 2023', { to: ['SNNPTNT', 'ALL_DISTRICTS'] }),
  t('nn', 'Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023', {
    to: ['SNNPTNT', 'ALL_DISTRICTS'],
  }),
  t('nn', 'Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023', { to: ['SNNPTNT', 'BP.BCHQS'] }),
  t('nn', 'Kiểm tra công tác bảo vệ môi trường tại các khu, cụm công nghiệp năm 2023', {
    to: ['STNMT', 'BQLKKT'],
  }),
  t('vx', 'Chuyển đổi số tỉnh Bình Phước năm 2023', {
    to: ['STTTT', 'ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'chuyển đổi số',
  }),
  t('vx', 'Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2023 trên địa bàn tỉnh', {
    to: ['SGDDT'],
    from: '2023-02-01',
  }),
  t('vx', 'Tuyển sinh vào lớp 10 trung học phổ thông năm học 2023 - 2024', {
    to: ['SGDDT'],
    from: '2023-02-01',
  }),
  t('vx', 'Phòng, chống dịch bệnh truyền nhiễm năm 2023', { to: ['SYT', 'ALL_DISTRICTS'] }),
  t('vx', 'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2023', {
    to: ['SLDTBXH', 'ALL_DISTRICTS'],
    tag: 'an sinh xã hội',
  }),
  t('vx', 'Tổ chức các hoạt động {occasion}', { to: ['SVHTTDL'] }),
  t('vx', 'Thực hiện công tác dân tộc năm 2023 trên địa bàn {district}', { to: ['BDT'] }),
  t(
    'vx',
    'Triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023',
    { to: ['BDT', 'ALL_DISTRICTS'] },
  ),
  t('vx', 'Bảo đảm an toàn thông tin mạng trong cơ quan nhà nước tỉnh năm 2023', {
    to: ['STTTT'],
    tag: 'chuyển đổi số',
  }),
  t(
    'nc',
    'Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) năm 2023',
    { to: ['BP.CAT', 'ALL_AGENCIES', 'ALL_DISTRICTS'], tag: 'chuyển đổi số' },
  ),
  t('nc', 'Cải cách hành chính tỉnh Bình Phước năm 2023', {
    to: ['SNV', 'ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'cải cách hành chính',
    until: '2023-02-28',
  }),
  t('nc', 'Kiểm soát thủ tục hành chính năm 2023', {
    to: ['ALL_AGENCIES', 'ALL_DISTRICTS'],
    tag: 'cải cách hành chính',
  }),
  t('nc', 'Kiểm tra công tác cải cách hành chính, công vụ năm 2023 tại {district}', {
    to: ['SNV'],
    tag: 'cải cách hành chính',
  }),
  t('nc', 'Thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2023', {
    to: ['TTR', 'ALL_AGENCIES'],
  }),
  t('nc', 'Tiếp công dân, giải quyết khiếu nại, tố cáo năm 2023', { to: ['TTR'] }),
  t('nc', 'Phổ biến, giáo dục pháp luật năm 2023', { to: ['STP'] }),
  t('nc', 'Triển khai thi hành {newLaw}', { to: ['STP'] }),
  t('nc', 'Bảo đảm an ninh, trật tự phục vụ {event}', { to: ['BP.CAT'] }),
  t('nc', 'Thực hiện công tác quốc phòng, quân sự địa phương năm 2023', { to: ['BP.BCHQS'] }),
  t('nc', 'Kiểm tra, đánh giá việc thực hiện nhiệm vụ UBND tỉnh giao tại {agency}', {
    to: ['SNV'],
  }),
];

/** The Tờ trình the seed cites: the 40th of 2023. */
export const SUBMISSION_40: Topic = t(
  'th',
  'Đề nghị phê duyệt Quy hoạch tỉnh Bình Phước thời kỳ 2021-2030, tầm nhìn đến năm 2050',
  {
    on: '2023-05-17',
    chair: true,
    tag: 'quy hoạch tỉnh',
    to: ['VN.TTG', 'VN.BKHDT', 'Hội đồng thẩm định quy hoạch tỉnh', 'TTTU', 'SKHDT'],
  },
);

/** Tờ trình. */
export const SUBMISSIONS: readonly Topic[] = [
  t(
    'kt',
    'Đề nghị ban hành Nghị quyết điều chỉnh Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách địa phương',
    { to: ['HDND', 'SKHDT'], tag: 'đầu tư công' },
  ),
  t(
    'kt',
    'Đề nghị ban hành Nghị quyết phân bổ chi tiết kế hoạch vốn đầu tư công năm 2023 (bổ sung)',
    { to: ['HDND', 'SKHDT'], tag: 'đầu tư công' },
  ),
  t('kt', 'Đề nghị thông qua Nghị quyết quyết định chủ trương đầu tư dự án {project}', {
    to: ['HDND', 'SKHDT'],
    tag: 'đầu tư công',
  }),
  t('kt', 'Đề nghị Thủ tướng Chính phủ hỗ trợ vốn ngân sách trung ương thực hiện dự án {project}', {
    to: ['VN.TTG', 'VN.BKHDT', 'SKHDT'],
  }),
  t(
    'kt',
    'Đề nghị Bộ Kế hoạch và Đầu tư thẩm định nguồn vốn và khả năng cân đối vốn dự án {project}',
    { to: ['VN.BKHDT', 'SKHDT'] },
  ),
  t('kt', 'Xin chủ trương sử dụng nguồn tăng thu ngân sách cấp tỉnh năm 2022', {
    to: ['TTTU', 'STC'],
    tag: 'thu ngân sách',
    until: '2023-04-28',
  }),
  t('kt', 'Xin chủ trương đầu tư dự án {project}', { to: ['TTTU', 'SKHDT'] }),
  t('kt', 'Đề nghị ban hành Nghị quyết quy định mức chi {spending}', { to: ['HDND', 'STC'] }),
  t('nn', 'Đề nghị thông qua danh mục dự án cần thu hồi đất năm 2023 (bổ sung)', {
    to: ['HDND', 'STNMT'],
  }),
  t(
    'nn',
    'Đề nghị thông qua danh mục dự án chuyển mục đích sử dụng đất rừng sang mục đích khác để thực hiện dự án {project}',
    { to: ['HDND', 'SNNPTNT'] },
  ),
  t(
    'nn',
    'Đề nghị Thủ tướng Chính phủ công nhận {district} hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2022',
    { to: ['VN.TTG', 'VN.BNNPTNT', 'SNNPTNT'] },
  ),
  t(
    'vx',
    'Đề nghị ban hành Nghị quyết quy định mức thu học phí năm học 2023 - 2024 đối với cơ sở giáo dục công lập trên địa bàn tỉnh',
    { to: ['HDND', 'SGDDT'] },
  ),
  t(
    'vx',
    'Đề nghị ban hành Nghị quyết quy định chính sách hỗ trợ đào tạo, thu hút nguồn nhân lực y tế',
    { to: ['HDND', 'SYT'] },
  ),
  t(
    'vx',
    'Đề nghị phê duyệt danh mục đầu tư hạ tầng công nghệ thông tin phục vụ chuyển đổi số giai đoạn 2023 - 2025',
    { to: ['TTTU', 'STTTT'], tag: 'chuyển đổi số' },
  ),
  t(
    'nc',
    'Đề nghị phê duyệt tổng biên chế công chức, số lượng người làm việc trong các cơ quan, đơn vị năm 2023',
    { to: ['HDND', 'SNV'] },
  ),
  t(
    'nc',
    'Đề nghị Ban Thường vụ Tỉnh ủy cho ý kiến về việc sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh',
    { to: ['TTTU', 'SNV'], until: '2023-03-31' },
  ),
  t('nc', 'Đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong {movement}', {
    to: ['VN.BNV', 'SNV'],
  }),
  t('th', 'Đề nghị thông qua các dự thảo Nghị quyết trình {session}, HĐND tỉnh khóa X', {
    to: ['HDND', 'ALL_AGENCIES'],
  }),
];

/** Tờ trình to the 11th session, issued 1–9 July. */
export const JULY_SUBMISSIONS: readonly Topic[] = [
  t(
    'th',
    'Đề nghị thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2023',
    { to: ['HDND', 'SKHDT'], chair: true },
  ),
  t('kt', 'Đề nghị phê chuẩn quyết toán ngân sách địa phương năm 2022', {
    to: ['HDND', 'STC'],
    tag: 'thu ngân sách',
  }),
  t('kt', 'Đề nghị ban hành Nghị quyết điều chỉnh, bổ sung kế hoạch đầu tư công năm 2023', {
    to: ['HDND', 'SKHDT'],
    tag: 'đầu tư công',
  }),
  t(
    'vx',
    'Đề nghị ban hành Nghị quyết quy định mức hỗ trợ học sinh, sinh viên người dân tộc thiểu số',
    { to: ['HDND', 'BDT'] },
  ),
];
