/**
 * The default narrative of the semi-annual summary report to the HĐND, as
 * the UBND wrote it in Báo cáo tóm tắt 229/BC-UBND (10/7/2023). People edit
 * these blocks for each report; figures and citations are data fields
 * (`{{…}}`) filled from the register, the tasks and the investment plan:
 *
 * - `{{year}}`, `{{prevYear}}` — the report's year;
 * - `{{session}}` — the HĐND session the report serves;
 * - `{{cite:<số, ký hiệu or law title>}}` — a citation, in full the first time;
 * - `{{programmeDone:<số, ký hiệu>}}`, `{{programmeAwaiting:<số, ký hiệu>}}` — a programme's roll-up;
 * - `{{taggedDecisions:<tag>}}` — individual decisions with that tag in the window;
 * - `{{disbursementTarget}}` — the year's disbursement target.
 */
import type { BlockSpec } from './template';

export const SEMIANNUAL_BLOCKS: BlockSpec[] = [
  {
    kind: 'narrative',
    key: 'intro',
    text: 'Căn cứ Chương trình {{session}}, UBND tỉnh báo cáo tóm tắt tình hình công tác 6 tháng đầu năm và Chương trình công tác 6 tháng cuối năm {{year}}, cụ thể như sau:',
  },
  {
    kind: 'heading',
    key: 'A',
    level: 1,
    label: 'A.',
    text: 'TÌNH HÌNH CÔNG TÁC 6 THÁNG ĐẦU NĂM {{year}}',
  },
  { kind: 'heading', key: 'A.I', level: 2, label: 'I.', text: 'Kết quả chủ yếu' },
  {
    kind: 'heading',
    key: 'A.I.1',
    level: 3,
    label: '1.',
    text: 'Về triển khai thực hiện các Nghị quyết của Chính phủ, Tỉnh ủy và HĐND tỉnh',
  },
  {
    kind: 'narrative',
    key: 'A.I.1.a',
    text: 'Ngay từ cuối năm {{prevYear}}, trên cơ sở Nghị quyết của HĐND tỉnh, UBND tỉnh đã kịp thời ban hành quyết định và tổ chức hội nghị giao kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm {{year}} đến tất cả các sở, ngành, đơn vị, địa phương để triển khai thực hiện.',
  },
  {
    kind: 'narrative',
    key: 'A.I.1.b',
    text: 'Đồng thời, tiếp tục thực hiện các giải pháp tại {{cite:11/NQ-CP}} về Chương trình phục hồi và phát triển kinh tế - xã hội và ban hành Chương trình hành động để triển khai thực hiện Nghị quyết của Chính phủ về các nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước và cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm {{year}}. Trong quá trình triển khai thực hiện, hàng tháng, UBND tỉnh đều tổ chức hội nghị đánh giá kết quả thực hiện, mặt được, chưa được và kịp thời điều chỉnh, bổ sung.',
  },
  {
    kind: 'heading',
    key: 'A.I.2',
    level: 3,
    label: '2.',
    text: 'Về việc thực hiện nhiệm vụ, quyền hạn theo quy định của {{cite:Luật Tổ chức chính quyền địa phương}}',
  },
  {
    kind: 'narrative',
    key: 'A.I.2.a',
    text: 'UBND tỉnh, Chủ tịch UBND tỉnh, các thành viên UBND tỉnh thực hiện tốt chức năng, nhiệm vụ, quyền hạn theo Luật định; chấp hành nghiêm túc sự lãnh đạo của Chính phủ, Tỉnh ủy, Ban Thường vụ, Thường trực Tỉnh ủy, sự giám sát của Thường trực HĐND tỉnh, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; tuân thủ Quy chế làm việc của Tỉnh ủy, UBND tỉnh.',
  },
  {
    kind: 'narrative',
    key: 'A.I.2.b',
    text: 'Chủ tịch UBND tỉnh và các thành viên UBND tỉnh luôn nêu cao tinh thần trách nhiệm, phát huy vai trò, trí tuệ tập thể gắn với việc đề cao trách nhiệm cá nhân của từng thành viên UBND tỉnh, đặc biệt là vai trò của Chủ tịch UBND tỉnh. Chủ động, trách nhiệm trong giải quyết công việc; nắm chắc tình hình, chủ động, quyết liệt, linh hoạt và sáng tạo trong điều hành, vừa kịp thời chỉ đạo xử lý những vấn đề phát sinh, vừa tập trung chỉ đạo thực hiện hiệu quả các nhiệm vụ trọng tâm.',
  },
  {
    kind: 'narrative',
    key: 'A.I.2.c',
    text: 'Đối với những vấn đề có tác động lớn, ảnh hưởng đến nhiều mặt của đời sống xã hội, đều được đưa ra thảo luận, thống nhất trong Ban Cán sự Đảng UBND tỉnh trước khi báo cáo Thường trực, Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh cho chủ trương thực hiện.',
  },
  {
    kind: 'heading',
    key: 'A.I.3',
    level: 3,
    label: '3.',
    text: 'Về thực hiện Chương trình làm việc và các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao',
  },
  {
    kind: 'narrative',
    key: 'A.I.3.a',
    text: 'UBND tỉnh, Chủ tịch UBND tỉnh và từng thành viên UBND tỉnh triển khai thực hiện nghiêm túc, đồng bộ các nhiệm vụ, giải pháp đề ra theo các Nghị quyết của Tỉnh ủy, của HĐND tỉnh, chủ động xây dựng chương trình, kế hoạch, phân công trách nhiệm cụ thể. Từng thành viên UBND tỉnh tham gia có trách nhiệm trong việc nghiên cứu, đề xuất, thảo luận, cho ý kiến và cùng tập thể quyết định các nội dung công việc đáp ứng yêu cầu quản lý nhà nước trên các lĩnh vực.',
  },
  {
    kind: 'narrative',
    key: 'A.I.3.b',
    text: 'Chủ tịch và các Phó Chủ tịch UBND tỉnh đã thực hiện nhiều chuyến công tác thị sát tình hình cơ sở và làm việc với các địa phương; bên cạnh đó, thường xuyên chủ trì họp để kịp thời xem xét, giải quyết khó khăn, vướng mắc, đẩy nhanh tiến độ thực hiện nhiệm vụ.',
  },
  { kind: 'generated', key: 'A.I.3.documents', generator: 'documentStatistics' },
  {
    kind: 'heading',
    key: 'A.I.4',
    level: 3,
    label: '4.',
    text: 'Về công tác chỉ đạo, điều hành phát triển kinh tế - xã hội',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.intro',
    text: 'UBND tỉnh, Chủ tịch UBND tỉnh đã bám sát các định hướng, giải pháp của Chính phủ, Tỉnh ủy, HĐND tỉnh để lãnh đạo, điều hành, cụ thể như sau:',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.1',
    label: '(1)',
    text: 'Hoàn chỉnh Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 theo ý kiến của Hội đồng thẩm định quy hoạch tỉnh và đã trình Thủ tướng Chính phủ tại {{cite:40/TTr-UBND}}. Sau khi có Quyết định phê duyệt của Thủ tướng Chính phủ, UBND tỉnh sẽ tổ chức hội nghị để công bố Quy hoạch tỉnh và triển khai thực hiện, đảm bảo hiệu quả.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.2',
    label: '(2)',
    text: 'Chủ động trình Thường trực, Ban Thường vụ Tỉnh ủy và HĐND tỉnh bố trí kinh phí, nguồn vốn trong dự toán thu - chi ngân sách nhà nước, kế hoạch vốn đầu tư công năm {{year}} để triển khai thực hiện {{programmeDone:17-CTr/TU}} đề án, kế hoạch theo {{cite:17-CTr/TU}}. Đối với {{programmeAwaiting:17-CTr/TU}} nhiệm vụ còn lại cũng đã hoàn thành nội dung, đang trình Tỉnh ủy xem xét, thông qua.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.3',
    label: '(3)',
    text: 'Khai thác hiệu quả các dư địa thu, tăng thu ngân sách nhà nước; siết chặt kỷ luật, kỷ cương tài chính - ngân sách, triệt để tiết kiệm chi thường xuyên. Chủ động báo cáo Thường trực Tỉnh ủy cho sử dụng nguồn tăng thu ngân sách cấp tỉnh năm {{prevYear}} để giải ngân cho các dự án được bố trí từ nguồn thu tiền sử dụng đất năm {{year}}; đồng thời thành lập Tổ rà soát đầu tư công để nâng cao hiệu quả sử dụng vốn đầu tư công, góp phần tăng tỷ lệ giải ngân. Kịp thời khen thưởng những đơn vị, địa phương làm tốt và phê bình các đơn vị, địa phương chưa thật sự tập trung, quyết liệt trong thu ngân sách và nhất là giải ngân vốn đầu tư công chậm.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.3b',
    text: 'Tập trung tháo gỡ các khó khăn, vướng mắc để đẩy nhanh tiến độ triển khai các dự án lớn, trọng điểm.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.4',
    label: '(4)',
    text: 'Trong 6 tháng đầu năm {{year}}, được sự đồng ý của Thường trực Ban Bí thư, sự hỗ trợ của Ban Đối ngoại Trung ương, Bộ Ngoại giao, tỉnh đã phối hợp với Cơ quan đại diện Việt Nam tại các nước tổ chức thành công các hội nghị xúc tiến đầu tư trực tiếp tại Đài loan, Hồng Kông, Hàn Quốc, Úc, New Zealand, tạo tiền đề thúc đẩy thu hút vốn đầu tư FDI trong thời gian tới.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.5',
    label: '(5)',
    text: 'Tiếp tục đẩy mạnh ứng dụng công nghệ thông tin, xây dựng Chính quyền điện tử hướng đến Chính quyền số theo {{cite:04-NQ/TU}}. Quyết liệt triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.5b',
    text: 'Thực hiện {{cite:764-QĐ/TU}} về dừng thực hiện thí điểm mô hình tổ chức bộ máy ở các sở, ban, ngành tỉnh, trong 6 tháng đầu năm {{year}}, UBND tỉnh đã ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {{taggedDecisions:chức năng, nhiệm vụ, cơ cấu tổ chức}} cơ quan, đơn vị thuộc UBND tỉnh, tạo điều kiện để các cơ quan, đơn vị nâng cao hiệu quả hoạt động.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.6',
    label: '(6)',
    text: 'Thực hiện đầy đủ các chính sách xã hội, bảo đảm an sinh xã hội và ổn định đời sống Nhân dân, nhất là đối với các đối tượng chính sách, khó khăn, người nghèo; thúc đẩy thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững, phát triển KTXH vùng đồng bào dân tộc thiểu số và miền núi.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.7',
    label: '(7)',
    text: 'Chú trọng nguồn lực con người, phát triển văn hóa, giáo dục, nâng cao chất lượng nguồn nhân lực gắn với đẩy mạnh ứng dụng và phát triển khoa học, công nghệ, đổi mới sáng tạo. Quan tâm đến công tác dân tộc, tôn giáo, bình đẳng giới, bảo vệ trẻ em.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.8',
    label: '(8)',
    text: 'Đẩy mạnh quan hệ hợp tác với các tỉnh, thành trong khu vực; phối hợp với Thành phố Hồ Chí Minh tổ chức thành công Hội nghị Tổng kết chương trình hợp tác giữa Thành phố Hồ Chí Minh với các tỉnh vùng Đông Nam bộ tại tỉnh Bình Phước; để lại nhiều ấn tượng đẹp với các tỉnh, thành trong khu vực.',
  },
  {
    kind: 'narrative',
    key: 'A.I.4.9',
    label: '(9)',
    text: 'Chủ tịch UBND tỉnh tiếp tục thực hiện nghiêm túc chế độ lãnh đạo trực tiếp tiếp công dân định kỳ và đột xuất theo quy định. Quốc phòng, an ninh được giữ vững; trật tự, an toàn xã hội được bảo đảm. Tình hình ngoại biên và an ninh trên tuyến biên giới được giữ vững ổn định. Phối hợp với Bộ Tổng tham mưu - Bộ Quốc phòng tổ chức đón tiếp và phục vụ tham quan mô hình điểm về công tác quốc phòng địa phương, dân quân tự vệ tại tỉnh Bình Phước.',
  },
  {
    kind: 'heading',
    key: 'A.I.5',
    level: 3,
    label: '5.',
    text: 'Về phối hợp công tác với Thường trực HĐND tỉnh, Đoàn Đại biểu Quốc hội tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các hội, đoàn thể tỉnh',
  },
  {
    kind: 'narrative',
    key: 'A.I.5.a',
    text: 'UBND tỉnh, các sở, ngành, địa phương luôn phối hợp chặt chẽ, hiệu quả với các cơ quan của Tỉnh ủy, HĐND, Đoàn Đại biểu Quốc hội, Ủy ban Mặt trận Tổ quốc Việt Nam, Tòa án nhân dân, Viện Kiểm sát nhân dân và các tổ chức chính trị - xã hội tỉnh.',
  },
  {
    kind: 'narrative',
    key: 'A.I.5.b',
    text: 'Chủ tịch UBND tỉnh, các thành viên UBND tỉnh tham gia đầy đủ, có trách nhiệm các kỳ họp của HĐND; chuẩn bị đầy đủ các tài liệu phục vụ họp; thực hiện nghiêm túc chế độ báo cáo, tiếp xúc, trả lời kiến nghị của cử tri, chất vấn của đại biểu HĐND tỉnh theo quy định.',
  },
  { kind: 'heading', key: 'A.II', level: 2, label: 'II.', text: 'Đánh giá chung' },
  { kind: 'heading', key: 'A.II.1', level: 3, label: '1.', text: 'Ưu điểm' },
  {
    kind: 'narrative',
    key: 'A.II.1.a',
    text: 'UBND tỉnh luôn đoàn kết, thống nhất, tích cực đổi mới, sáng tạo, năng động, quyết liệt trong quản lý, điều hành; thực hiện đầy đủ nhiệm vụ, quyền hạn theo quy định của pháp luật và Quy chế làm việc. Trong quản lý, điều hành, luôn phát huy vai trò, trí tuệ của tập thể gắn với việc đề cao trách nhiệm cá nhân của từng thành viên UBND tỉnh, đặc biệt là vai trò của Chủ tịch UBND tỉnh.',
  },
  { kind: 'heading', key: 'A.II.2', level: 3, label: '2.', text: 'Tồn tại, hạn chế' },
  {
    kind: 'narrative',
    key: 'A.II.2.intro',
    text: 'Bên cạnh những kết quả đạt được, vẫn còn những tồn tại, hạn chế cần tập trung khắc phục để nâng cao hiệu lực, hiệu quả công tác quản lý, điều hành:',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.1',
    bullet: true,
    text: 'Vẫn còn tình trạng một bộ phận cán bộ, công chức có biểu hiện sợ trách nhiệm, đùn đẩy, né tránh, chưa chủ động nghiên cứu, nắm bắt những chính sách, quy định mới để tham mưu kịp thời, hiệu quả.',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.2',
    bullet: true,
    text: 'Công tác phối hợp giữa các sở, ngành, địa phương trong xử lý công việc một số trường hợp chưa chủ động, tích cực, chưa đáp ứng yêu cầu.',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.3',
    bullet: true,
    text: 'Thu ngân sách đạt thấp, nhất là thu đấu giá quyền sử dụng đất do thị trường trầm lắng, dẫn đến các nguồn thu có liên quan cũng bị giảm sâu.',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.4',
    bullet: true,
    text: 'Giải ngân vốn đầu tư công tuy có khởi sắc so với cùng kỳ nhưng vẫn còn thấp, nhất là giải ngân vốn 03 Chương trình mục tiêu quốc gia đạt rất thấp.',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.5',
    bullet: true,
    text: 'Kim ngạch xuất khẩu giảm; các doanh nghiệp gặp nhiều trở ngại trong tiêu thụ sản phẩm và cạnh tranh thị trường.',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.6',
    bullet: true,
    text: 'Công tác đấu thầu, mua sắm thuốc, vật tư, trang thiết bị y tế chậm.',
  },
  {
    kind: 'narrative',
    key: 'A.II.2.causes',
    text: 'Tồn tại, hạn chế nêu trên ngoài nguyên nhân khách quan, còn có nguyên nhân chủ quan như: một số cơ quan chưa phát huy hết tinh thần trách nhiệm; chậm đổi mới, chưa thực sự quyết liệt hành động, nhất là trách nhiệm, vai trò người đứng đầu; cơ chế phối hợp giữa các sở, ngành, địa phương và trong một số cơ quan, đơn vị còn thiếu chặt chẽ; công tác kiểm tra, đôn đốc, giám sát việc thực hiện nhiệm vụ còn thiếu quyết liệt; một số cơ quan, một bộ phận cán bộ, công chức thiếu bản lĩnh, chưa làm hết trách nhiệm, chưa thực sự quyết liệt hành động...',
  },
  {
    kind: 'heading',
    key: 'B',
    level: 1,
    label: 'B.',
    text: 'CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM {{year}}',
  },
  { kind: 'generated', key: 'B.items', generator: 'workProgramme' },
  {
    kind: 'narrative',
    key: 'B.2.suffix',
    attachToItem: 'B.2',
    text: 'phấn đấu tỷ lệ giải ngân năm {{year}} đạt tối thiểu {{disbursementTarget}} kế hoạch.',
  },
  { kind: 'narrative', key: 'closing', text: 'UBND tỉnh báo cáo HĐND tỉnh xem xét./.' },
];
