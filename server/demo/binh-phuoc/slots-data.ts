/**
 * Values the document templates draw from (`{project}`, `{company}`…).
 * Plain data. Places, roads and industrial parks are real names of Bình
 * Phước; projects, companies and their details are invented (illustrative).
 * A value may itself hold slots (`{district}`), filled in turn.
 */

/** Public investment projects (dự án đầu tư công). */
export const PROJECTS = [
  'Đường Đồng Phú - Bình Dương',
  'Đường giao thông kết nối Chơn Thành - Hoa Lư',
  'Nâng cấp, mở rộng đường ĐT.741 đoạn qua {district}',
  'Nâng cấp đường ĐT.{road} đoạn qua {district}',
  'Khu tái định cư phục vụ dự án đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
  'Xây dựng Trường THPT chuyên Quang Trung (giai đoạn 2)',
  'Bệnh viện đa khoa tỉnh Bình Phước (giai đoạn 2)',
  'Trung tâm Y tế {district}',
  'Trung tâm hành chính {district}',
  'Hệ thống thủy lợi phục vụ tưới cây công nghiệp tại {district}',
  'Kè chống sạt lở bờ suối tại {district}',
  'Đường tuần tra biên giới trên địa bàn {border}',
  'Trường Tiểu học và Trung học cơ sở tại {district}',
  'Trụ sở làm việc Công an xã trên địa bàn tỉnh (giai đoạn 2)',
  'Hạ tầng kỹ thuật Khu kinh tế cửa khẩu Hoa Lư',
  'Cải tạo, nâng cấp hệ thống thoát nước đô thị {district}',
] as const;

/** Provincial roads (đường tỉnh) of Bình Phước used in project names. */
export const ROADS = ['741', '752', '753', '756', '757', '759'] as const;

/** The three border districts. */
export const BORDER_DISTRICTS = ['huyện Lộc Ninh', 'huyện Bù Đốp', 'huyện Bù Gia Mập'] as const;

/** Industrial parks and the economic zone. */
export const INDUSTRIAL_PARKS = [
  'Khu công nghiệp Minh Hưng III',
  'Khu công nghiệp Becamex - Bình Phước',
  'Khu công nghiệp Đồng Xoài I',
  'Khu công nghiệp Bắc Đồng Phú',
  'Khu công nghiệp Nam Đồng Phú',
  'Khu công nghiệp Chơn Thành I',
  'Khu kinh tế cửa khẩu Hoa Lư',
] as const;

/** Invented companies. */
export const COMPANIES = [
  'Công ty TNHH Đầu tư Phát triển Minh Phát',
  'Công ty Cổ phần Nông sản Phú Thịnh',
  'Công ty TNHH Sản xuất Thương mại An Khang',
  'Công ty TNHH Gỗ Tân Phú Hưng',
  'Công ty Cổ phần Chế biến Điều Phước Lộc',
  'Công ty TNHH Điện tử Kim Thành',
  'Công ty TNHH Dệt may Thiên Phúc',
  'Công ty Cổ phần Khoáng sản Sơn Hà',
  'Công ty TNHH Bao bì Việt Tín',
  'Công ty Cổ phần Năng lượng Xanh Phước An',
  'Công ty TNHH Thức ăn chăn nuôi Đại Lộc',
  'Công ty Cổ phần Địa ốc Hoàng Gia Phát',
  'Công ty TNHH Cao su Tân Tiến',
  'Công ty TNHH Nội thất Á Châu',
] as const;

/** Investment projects outside the budget (dự án đầu tư ngoài ngân sách), each with its invented investor. */
export const INVESTMENTS = [
  'Nhà máy chế biến hạt điều xuất khẩu của Công ty Cổ phần Chế biến Điều Phước Lộc',
  'Nhà máy sản xuất linh kiện điện tử của Công ty TNHH Điện tử Kim Thành',
  'Nhà máy sản xuất sợi của Công ty TNHH Dệt may Thiên Phúc',
  'Nhà máy chế biến gỗ nội thất xuất khẩu của Công ty TNHH Gỗ Tân Phú Hưng',
  'Nhà máy sản xuất bao bì giấy của Công ty TNHH Bao bì Việt Tín',
  'Nhà máy sản xuất thức ăn chăn nuôi của Công ty TNHH Thức ăn chăn nuôi Đại Lộc',
  'Nhà máy chế biến mủ cao su của Công ty TNHH Cao su Tân Tiến',
  'Trang trại chăn nuôi heo công nghệ cao của Công ty Cổ phần Nông sản Phú Thịnh',
  'Khu dân cư đô thị Hoàng Gia của Công ty Cổ phần Địa ốc Hoàng Gia Phát',
  'Nhà máy điện mặt trời áp mái của Công ty Cổ phần Năng lượng Xanh Phước An',
  'Nhà máy sản xuất đồ gỗ nội thất của Công ty TNHH Nội thất Á Châu',
] as const;

/** Investment promotion destinations named by the seed report. */
export const COUNTRIES = [
  'Đài Loan (Trung Quốc)',
  'Hồng Kông (Trung Quốc)',
  'Hàn Quốc',
  'Úc',
  'New Zealand',
] as const;

/** Cambodian provinces on Bình Phước's border. */
export const CAMBODIAN_PROVINCES = ['Tbong Khmum', 'Kratie', 'Mondulkiri'] as const;

/** Areas of administrative procedures (lĩnh vực thủ tục hành chính) and the agency managing each. */
export const PROCEDURE_AREAS: readonly { text: string; agency: string }[] = [
  { text: 'đất đai', agency: 'STNMT' },
  { text: 'môi trường', agency: 'STNMT' },
  { text: 'giáo dục và đào tạo', agency: 'SGDDT' },
  { text: 'khám bệnh, chữa bệnh', agency: 'SYT' },
  { text: 'việc làm', agency: 'SLDTBXH' },
  { text: 'bảo trợ xã hội', agency: 'SLDTBXH' },
  { text: 'hộ tịch', agency: 'STP' },
  { text: 'đầu tư tại Việt Nam', agency: 'SKHDT' },
  { text: 'hoạt động xây dựng', agency: 'SXD' },
  { text: 'đường bộ', agency: 'SGTVT' },
  { text: 'lưu thông hàng hóa trong nước', agency: 'SCT' },
  { text: 'văn hóa cơ sở', agency: 'SVHTTDL' },
  { text: 'thi đua, khen thưởng', agency: 'SNV' },
  { text: 'trồng trọt', agency: 'SNNPTNT' },
  { text: 'xuất bản, in và phát hành', agency: 'STTTT' },
  { text: 'tiếp công dân', agency: 'TTR' },
];

/** Emulation movements and occasions for awards (khen thưởng). */
export const MOVEMENTS = [
  'phong trào thi đua "Bình Phước chung sức xây dựng nông thôn mới"',
  'công tác phòng, chống dịch bệnh',
  'thực hiện nhiệm vụ thu ngân sách nhà nước năm 2022',
  'phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
  'công tác bảo đảm an ninh, trật tự năm 2022',
  'thực hiện nhiệm vụ năm học 2022 - 2023',
  'công tác giảm nghèo bền vững năm 2022',
  'công tác cải cách hành chính năm 2022',
  'công tác phòng cháy, chữa cháy rừng mùa khô',
] as const;

/** National target programmes (chương trình mục tiêu quốc gia). */
export const PROGRAMMES = [
  'Chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
] as const;

/** Draft laws and decrees consulted in 2023, each with the Vice-Chair domain that answers. */
export const DRAFTS: readonly { text: string; d: 'kt' | 'nn' | 'vx' | 'nc'; agency: string }[] = [
  { text: 'dự thảo Luật Đất đai (sửa đổi)', d: 'nn', agency: 'STNMT' },
  { text: 'dự thảo Luật Nhà ở (sửa đổi)', d: 'kt', agency: 'SXD' },
  { text: 'dự thảo Luật Kinh doanh bất động sản (sửa đổi)', d: 'kt', agency: 'SXD' },
  { text: 'dự thảo Luật Tài nguyên nước (sửa đổi)', d: 'nn', agency: 'STNMT' },
  { text: 'dự thảo Luật Các tổ chức tín dụng (sửa đổi)', d: 'kt', agency: 'STC' },
  { text: 'dự thảo Luật Giao dịch điện tử (sửa đổi)', d: 'vx', agency: 'STTTT' },
  { text: 'dự thảo Luật Viễn thông (sửa đổi)', d: 'vx', agency: 'STTTT' },
  { text: 'dự thảo Luật Căn cước công dân (sửa đổi)', d: 'nc', agency: 'STP' },
  { text: 'dự thảo Luật Đường bộ', d: 'kt', agency: 'SGTVT' },
  {
    text: 'dự thảo Nghị định quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở',
    d: 'nc',
    agency: 'SNV',
  },
];

/** Units whose staffing plans (đề án vị trí việc làm) the UBND approves. */
export const PUBLIC_SERVICE_UNITS = [
  'Bệnh viện đa khoa tỉnh',
  'Trung tâm Kiểm soát bệnh tật tỉnh',
  'Trường Cao đẳng Bình Phước',
  'Trung tâm Dịch vụ việc làm tỉnh',
  'Trung tâm Công nghệ thông tin và Truyền thông tỉnh',
  'Trung tâm Khuyến nông tỉnh',
  'Trung tâm Phát triển quỹ đất tỉnh',
] as const;

/** Steering committees (ban chỉ đạo) and the Vice-Chair domain of each. */
export const STEERING_COMMITTEES: readonly { text: string; d: 'kt' | 'nn' | 'vx' | 'nc' }[] = [
  { text: 'phòng, chống thiên tai và tìm kiếm cứu nạn', d: 'nn' },
  { text: 'chuyển đổi số', d: 'vx' },
  { text: 'cải cách hành chính', d: 'nc' },
  { text: 'các Chương trình mục tiêu quốc gia', d: 'nn' },
  {
    text: 'phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
    d: 'nc',
  },
  { text: 'an toàn thực phẩm', d: 'vx' },
  { text: 'phổ cập giáo dục, xóa mù chữ', d: 'vx' },
  { text: 'phát triển du lịch', d: 'vx' },
  { text: 'chống buôn lậu, gian lận thương mại và hàng giả', d: 'kt' },
];

/** Events with an organising committee (ban tổ chức). */
export const EVENTS = [
  'Hội chợ Thương mại - Du lịch tỉnh Bình Phước năm 2023',
  'Ngày hội Văn hóa - Thể thao các dân tộc thiểu số tỉnh năm 2023',
  'Hội thi Tin học trẻ tỉnh Bình Phước năm 2023',
  'Tháng hành động vì trẻ em năm 2023',
  'Giải Việt dã tỉnh Bình Phước năm 2023',
  'Hội nghị xúc tiến đầu tư tỉnh Bình Phước năm 2023',
] as const;

/** Occasions the province celebrates in the first half of 2023. */
export const OCCASIONS = [
  'mừng Đảng, mừng Xuân Quý Mão năm 2023',
  'kỷ niệm 48 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2023)',
  'kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023)',
  'kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2023)',
  'Ngày Quốc tế Thiếu nhi 01/6 năm 2023',
] as const;

/** Groups given emergency support. */
export const SUPPORT_GROUPS = [
  'các hộ gia đình bị thiệt hại do mưa lốc',
  'các hộ gia đình có người bị nạn do tai nạn lao động',
  'các hộ nghèo có hoàn cảnh đặc biệt khó khăn',
  'các hộ bị thiệt hại do cháy nhà',
] as const;

/** Laws taking effect in 2023 that the province plans to implement. */
export const NEW_LAWS = [
  'Luật Thực hiện dân chủ ở cơ sở',
  'Luật Thanh tra năm 2022',
  'Luật Phòng, chống bạo lực gia đình năm 2022',
] as const;

/** Ministries that send working delegations. */
export const MINISTRIES = [
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Tài chính',
  'Bộ Nội vụ',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Giao thông vận tải',
  'Bộ Y tế',
] as const;

/** Tax areas for anti-loss letters. */
export const TAX_AREAS = [
  'kinh doanh bất động sản',
  'khai thác khoáng sản',
  'thương mại điện tử',
  'kinh doanh vận tải',
  'chuyển nhượng quyền sử dụng đất',
] as const;

/** Spending norms the HĐND sets on the UBND's proposal (mức chi). */
export const SPENDING = [
  'bảo đảm cho công tác kiểm tra, rà soát văn bản quy phạm pháp luật',
  'hỗ trợ cho người làm công tác trợ giúp pháp lý',
  'tổ chức các kỳ thi, cuộc thi trong lĩnh vực giáo dục',
  'đón tiếp, thăm hỏi, chúc mừng đối với một số đối tượng',
  'bảo đảm hoạt động của Ban Chỉ đạo chuyển đổi số các cấp',
] as const;
