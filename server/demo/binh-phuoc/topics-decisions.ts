/**
 * Templates of the decisions and directives of the demo's 2023 register
 * (trích yếu only; the type name is printed separately). Plain data.
 */
import { topic as t, type Topic } from './compose';

/** The 30 legal normative decisions (quyết định QPPL, `01/2023/QĐ-UBND`…), one each. */
export const QPPL_DECISIONS: readonly Topic[] = [
  t('nn', 'Quy định hệ số điều chỉnh giá đất năm 2023 trên địa bàn tỉnh Bình Phước', {
    to: ['STNMT', 'STC', 'BP.CUCTHUE'],
    until: '2023-02-28',
  }),
  t(
    'kt',
    'Ban hành Quy định phân cấp quản lý tài sản công thuộc phạm vi quản lý của tỉnh Bình Phước',
    { to: ['STC'] },
  ),
  t('kt', 'Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Bình Phước', { to: ['SCT'] }),
  t('nc', 'Ban hành Quy chế tổ chức tiếp công dân trên địa bàn tỉnh Bình Phước', { to: ['TTR'] }),
  t('nn', 'Ban hành Bảng giá tính thuế tài nguyên năm 2023 trên địa bàn tỉnh Bình Phước', {
    to: ['STC', 'BP.CUCTHUE'],
    until: '2023-03-31',
  }),
  t(
    'vx',
    'Ban hành Quy chế quản lý, vận hành và khai thác Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Bình Phước',
    { to: ['STTTT'], tag: 'chuyển đổi số' },
  ),
  t(
    'nn',
    'Sửa đổi, bổ sung một số điều của Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Bình Phước',
    { to: ['STNMT'] },
  ),
  t(
    'kt',
    'Ban hành đơn giá bồi thường nhà, công trình xây dựng, vật kiến trúc khi Nhà nước thu hồi đất trên địa bàn tỉnh Bình Phước',
    { to: ['SXD'] },
  ),
  t(
    'nn',
    'Ban hành đơn giá bồi thường cây trồng, vật nuôi khi Nhà nước thu hồi đất trên địa bàn tỉnh Bình Phước',
    { to: ['SNNPTNT'] },
  ),
  t('vx', 'Ban hành Quy chế phối hợp quản lý nhà nước về du lịch trên địa bàn tỉnh Bình Phước', {
    to: ['SVHTTDL'],
  }),
  t(
    'kt',
    'Quy định phân cấp quản lý, khai thác và bảo trì công trình đường bộ trên địa bàn tỉnh Bình Phước',
    { to: ['SGTVT'] },
  ),
  t(
    'nc',
    'Quy định tiêu chuẩn chức danh Trưởng, Phó các phòng chuyên môn thuộc sở, ban, ngành tỉnh và UBND cấp huyện',
    { to: ['SNV'] },
  ),
  t(
    'vx',
    'Ban hành Quy chế quản lý và sử dụng chữ ký số, chứng thư số trong cơ quan nhà nước tỉnh Bình Phước',
    { to: ['STTTT'], tag: 'chuyển đổi số' },
  ),
  t('nn', 'Quy định giá cụ thể sản phẩm, dịch vụ công ích thủy lợi trên địa bàn tỉnh Bình Phước', {
    to: ['SNNPTNT', 'STC'],
  }),
  t(
    'nn',
    'Quy định hạn mức giao đất, công nhận quyền sử dụng đất và diện tích tối thiểu được tách thửa trên địa bàn tỉnh Bình Phước',
    { to: ['STNMT'] },
  ),
  t(
    'kt',
    'Ban hành Quy định quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn tỉnh Bình Phước',
    { to: ['SXD'] },
  ),
  t(
    'vx',
    'Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế tại các cơ sở y tế công lập trên địa bàn tỉnh',
    { to: ['SYT', 'STC'] },
  ),
  t('nc', 'Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Bình Phước', {
    to: ['SNV'],
  }),
  t(
    'kt',
    'Ban hành Quy định quản lý, sử dụng nguồn vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội chi nhánh tỉnh Bình Phước',
    { to: ['STC', 'SLDTBXH'] },
  ),
  t('nn', 'Ban hành Quy định về bảo vệ môi trường trên địa bàn tỉnh Bình Phước', { to: ['STNMT'] }),
  t('kt', 'Ban hành Quy định về quản lý nhà nước về giá trên địa bàn tỉnh Bình Phước', {
    to: ['STC'],
  }),
  t('nc', 'Bãi bỏ một số quyết định quy phạm pháp luật do UBND tỉnh Bình Phước ban hành', {
    to: ['STP'],
  }),
  t(
    'vx',
    'Ban hành Quy chế phối hợp trong công tác phòng, chống tệ nạn xã hội trên địa bàn tỉnh Bình Phước',
    { to: ['SLDTBXH', 'BP.CAT'] },
  ),
  t('nn', 'Ban hành Quy định về quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh Bình Phước', {
    to: ['SNNPTNT'],
  }),
  t(
    'kt',
    'Sửa đổi, bổ sung một số điều của Quy định trình tự, thủ tục thực hiện dự án đầu tư ngoài ngân sách trên địa bàn tỉnh Bình Phước',
    { to: ['SKHDT'] },
  ),
  t('nc', 'Ban hành Quy chế quản lý hoạt động đối ngoại trên địa bàn tỉnh Bình Phước', {
    to: ['SNGV'],
  }),
  t(
    'nc',
    'Ban hành Quy chế phối hợp quản lý nhà nước về biên giới quốc gia trên địa bàn tỉnh Bình Phước',
    { to: ['SNGV', 'BP.BCHQS'] },
  ),
  t(
    'vx',
    'Ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước trên địa bàn tỉnh Bình Phước',
    { to: ['SKHCN'] },
  ),
  t(
    'nn',
    'Ban hành Quy định quản lý hoạt động khai thác khoáng sản làm vật liệu xây dựng thông thường trên địa bàn tỉnh Bình Phước',
    { to: ['STNMT'] },
  ),
  t(
    'kt',
    'Quy định phân cấp thẩm định dự án, thiết kế xây dựng triển khai sau thiết kế cơ sở trên địa bàn tỉnh Bình Phước',
    { to: ['SXD'] },
  ),
];

/** The 5 directives (chỉ thị), on fixed dates. */
export const DIRECTIVES: readonly Topic[] = [
  t(
    'th',
    'Về tổ chức thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2023',
    { on: '2023-01-10' },
  ),
  t('nn', 'Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2023', {
    on: '2023-02-06',
  }),
  t('kt', 'Về đẩy mạnh giải ngân vốn đầu tư công năm 2023', {
    on: '2023-03-08',
    tag: 'đầu tư công',
  }),
  t(
    'nc',
    'Về tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm người đứng đầu trong thực thi công vụ',
    { on: '2023-04-11', tag: 'cải cách hành chính' },
  ),
  t(
    'vx',
    'Về đẩy mạnh chuyển đổi số và triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử trên địa bàn tỉnh',
    { on: '2023-05-15', tag: 'chuyển đổi số' },
  ),
];

/** Tag of the 18 function decisions re-issued after 764-QĐ/TU. */
export const FUNCTION_TAG = 'chức năng, nhiệm vụ, cơ cấu tổ chức';

/** Individual decisions on fixed dates the story needs (besides the 18 function decisions). */
export const FIXED_DECISIONS: readonly Topic[] = [
  t('kt', 'Về việc thành lập Tổ rà soát đầu tư công tỉnh Bình Phước', {
    on: '2023-03-16',
    head: true,
    chair: true,
    tag: 'đầu tư công',
    to: ['SKHDT', 'STC', 'BP.KBNN'],
  }),
  t(
    'kt',
    'Về việc kiện toàn Tổ phản ứng nhanh tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, nhà đầu tư',
    { on: '2023-02-15', head: true, to: ['SKHDT', 'BQLKKT'] },
  ),
];

/** Templates of the other individual decisions (quyết định cá biệt). */
export const INDIVIDUAL_DECISIONS: readonly Topic[] = [
  t(
    'kt',
    'Về việc giao chi tiết kế hoạch vốn đầu tư công nguồn ngân sách địa phương năm 2023 ({batch})',
    { to: ['SKHDT', 'STC', 'BP.KBNN'], tag: 'đầu tư công' },
  ),
  t(
    'kt',
    'Về việc điều chỉnh kế hoạch vốn đầu tư công năm 2023 của các dự án do UBND {district} làm chủ đầu tư',
    { to: ['SKHDT', 'STC', 'BP.KBNN'], tag: 'đầu tư công' },
  ),
  t('kt', 'Về việc phê duyệt chủ trương đầu tư dự án {project}', {
    to: ['SKHDT', 'STC'],
    tag: 'đầu tư công',
  }),
  t('kt', 'Về việc phê duyệt dự án đầu tư xây dựng công trình {project}', {
    to: ['SKHDT', 'SXD'],
    tag: 'đầu tư công',
  }),
  t('kt', 'Về việc phê duyệt kế hoạch lựa chọn nhà thầu dự án {project}', { to: ['SKHDT'] }),
  t('kt', 'Về việc phê duyệt quyết toán vốn đầu tư dự án hoàn thành {project}', {
    to: ['STC', 'BP.KBNN'],
  }),
  t(
    'kt',
    'Về việc chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư dự án {investment}',
    { to: ['SKHDT', 'STNMT'], tag: 'thu hút đầu tư' },
  ),
  t('kt', 'Về việc điều chỉnh chủ trương đầu tư dự án {investment}', { to: ['SKHDT'] }),
  t('kt', 'Về việc bổ sung dự toán kinh phí năm 2023 cho {agency}', { to: ['STC', 'BP.KBNN'] }),
  t('kt', 'Về việc phân bổ kinh phí thực hiện {programme} năm 2023', {
    to: ['STC', 'SKHDT', 'ALL_DISTRICTS'],
  }),
  t('kt', 'Về việc phê duyệt đồ án điều chỉnh quy hoạch phân khu tỷ lệ 1/2000 {park}', {
    to: ['SXD'],
  }),
  t(
    'kt',
    'Về việc phê duyệt đồ án quy hoạch chi tiết xây dựng tỷ lệ 1/500 Khu dân cư, tái định cư tại {district}',
    { to: ['SXD'] },
  ),
  t('kt', 'Về việc công bố đơn giá nhân công xây dựng năm 2023 trên địa bàn tỉnh Bình Phước', {
    to: ['SXD'],
    head: true,
  }),
  t(
    'nn',
    'Về việc phê duyệt giá khởi điểm đấu giá quyền sử dụng đất đối với {landArea} tại {district}',
    { to: ['STNMT', 'STC'], tag: 'thu ngân sách' },
  ),
  t('nn', 'Về việc thu hồi đất để thực hiện dự án {project}', { to: ['STNMT'] }),
  t(
    'nn',
    'Về việc phê duyệt giá đất cụ thể làm căn cứ tính tiền bồi thường khi Nhà nước thu hồi đất thực hiện dự án {project}',
    { to: ['STNMT', 'STC'] },
  ),
  t('nn', 'Về việc phê duyệt Kế hoạch sử dụng đất năm 2023 của {district}', {
    to: ['STNMT'],
    until: '2023-04-28',
  }),
  t('nn', 'Về việc cho thuê đất để thực hiện dự án {investment} tại {district}', {
    to: ['STNMT', 'BP.CUCTHUE'],
  }),
  t('nn', 'Về việc công nhận xã đạt chuẩn nông thôn mới năm 2022 trên địa bàn {district}', {
    to: ['SNNPTNT'],
  }),
  t(
    'nn',
    'Về việc cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường tại {district}',
    { to: ['STNMT'] },
  ),
  t('nn', 'Về việc xử phạt vi phạm hành chính trong lĩnh vực đất đai đối với {company}', {
    to: ['STNMT'],
    head: true,
  }),
  t('nn', 'Về việc xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường đối với {company}', {
    to: ['STNMT'],
    head: true,
  }),
  t('nn', 'Về việc xử phạt vi phạm hành chính trong lĩnh vực khoáng sản đối với {company}', {
    to: ['STNMT'],
    head: true,
  }),
  t(
    'nn',
    'Về việc phê duyệt phương án trồng rừng thay thế khi chuyển mục đích sử dụng rừng sang mục đích khác tại {district}',
    { to: ['SNNPTNT'] },
  ),
  t(
    'nc',
    'Về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong {procedures}',
    { head: true, tag: 'cải cách hành chính' },
  ),
  t('nc', 'Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong {procedures}', {
    head: true,
    tag: 'cải cách hành chính',
  }),
  t(
    'nc',
    'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân đã có thành tích xuất sắc trong {movement}',
    { to: ['SNV'], head: true },
  ),
  t(
    'nc',
    'Về việc tặng Cờ thi đua của UBND tỉnh cho các tập thể dẫn đầu phong trào thi đua năm 2022',
    { to: ['SNV'], until: '2023-03-31' },
  ),
  t('nc', 'Về việc giải quyết khiếu nại (lần hai) của {citizen}, trú tại {district}', {
    to: ['TTR'],
    head: true,
  }),
  t('nc', 'Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2023 tại {district}', {
    to: ['SNV'],
    head: true,
    tag: 'cải cách hành chính',
  }),
  t(
    'nc',
    'Về việc thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo tại {district}',
    { to: ['TTR'], head: true },
  ),
  t('nc', 'Về việc bổ nhiệm lại công chức lãnh đạo, quản lý thuộc {agency}', {
    to: ['SNV'],
    head: true,
  }),
  t('nc', 'Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội đối với công chức {agency}', {
    to: ['SNV'],
    head: true,
  }),
  t('nc', 'Về việc kiện toàn Ban Chỉ đạo {steering} tỉnh Bình Phước', { head: true }),
  t(
    'nc',
    'Về việc phê duyệt Đề án vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp của {serviceUnit}',
    { to: ['SNV'] },
  ),
  t('nc', 'Về việc giao biên chế công chức, số lượng người làm việc năm 2023 cho {agency}', {
    to: ['SNV'],
    until: '2023-03-31',
  }),
  t('vx', 'Về việc công nhận trường đạt chuẩn quốc gia trên địa bàn {district}', { to: ['SGDDT'] }),
  t(
    'vx',
    'Về việc phê duyệt kế hoạch lựa chọn nhà thầu gói thầu mua sắm thuốc, vật tư y tế năm 2023 ({batch})',
    { to: ['SYT'] },
  ),
  t(
    'vx',
    'Về việc phê duyệt danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước thuộc lĩnh vực giáo dục và đào tạo, y tế',
    { to: ['SGDDT', 'SYT', 'STC'] },
  ),
  t('vx', 'Về việc trợ cấp khó khăn đột xuất cho {supportGroup} trên địa bàn {district}', {
    to: ['SLDTBXH'],
    head: true,
    tag: 'an sinh xã hội',
  }),
  t(
    'vx',
    'Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở năm 2023 tại {district}',
    { to: ['SLDTBXH', 'SXD'], tag: 'an sinh xã hội' },
  ),
  t('vx', 'Về việc thành lập Ban Tổ chức {event}', { head: true }),
  t(
    'vx',
    'Về việc thành lập Ban Chỉ đạo Kỳ thi tốt nghiệp trung học phổ thông năm 2023 tỉnh Bình Phước',
    { to: ['SGDDT'], head: true, from: '2023-03-01' },
  ),
  t('vx', 'Về việc phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện năm 2023', {
    to: ['SKHCN'],
  }),
  t(
    'vx',
    'Về việc phê duyệt dự toán kinh phí triển khai nền tảng chuyển đổi số năm 2023 của {agency}',
    { to: ['STTTT', 'STC'], tag: 'chuyển đổi số' },
  ),
  t(
    'vx',
    'Về việc phân bổ kinh phí hỗ trợ đồng bào dân tộc thiểu số đặc biệt khó khăn tại {district}',
    { to: ['BDT', 'STC'] },
  ),
];

/** Individual decisions issued on 1–9 July, after the statistics windows (fixed list, dates drawn). */
export const JULY_DECISIONS: readonly Topic[] = [
  t(
    'kt',
    'Về việc giao chi tiết kế hoạch vốn đầu tư công nguồn ngân sách địa phương năm 2023 (đợt 5)',
    { to: ['SKHDT', 'STC', 'BP.KBNN'], tag: 'đầu tư công' },
  ),
  t(
    'vx',
    'Về việc thành lập Hội đồng tuyển sinh vào lớp 10 trung học phổ thông năm học 2023 - 2024',
    { to: ['SGDDT'], head: true },
  ),
  ...INDIVIDUAL_DECISIONS.filter((x) => !x.until),
];
