/**
 * Who sends documents to the UBND tỉnh in the demo and what they send: plain
 * data for incoming.ts. Numbers are illustrative: each series starts at
 * `first` on 1 January (Party series run over the committee's term, so they
 * start high) and grows about `perDay` a day.
 */
import type { Domain } from './compose';

/** One number series of a sender. */
export interface IncomingSeries {
  /** Printed type code (`CV` is a công văn: no type code in state style). */
  type: string;
  /** Number of documents to draw. */
  count: number;
  first: number;
  perDay: number;
  /** Công văn of state bodies: the field codes after the issuer (`TH` in `125/SKHĐT-TH`). */
  fields?: readonly string[];
  summaries: readonly string[];
}

/** A sender. `issuer` is a unit code, or `AGENCY` / `DISTRICT` for any agency / district. */
export interface IncomingSource {
  issuer: string;
  /** A Party body: numbers are `n-TYPE/TU` and run over the committee's term (GUIDE §2.11). */
  party?: boolean;
  d: Domain;
  /** Agencies (keys) that may be asked to handle it; none: for information. */
  handling?: readonly string[];
  /** Working days between issue and arrival. */
  lag: [number, number];
  series: readonly IncomingSeries[];
}

const cv = (
  count: number,
  first: number,
  perDay: number,
  fields: readonly string[],
  summaries: readonly string[],
): IncomingSeries => ({
  type: 'CV',
  count,
  first,
  perDay,
  fields,
  summaries,
});

/** Every sender. */
export const INCOMING_SOURCES: readonly IncomingSource[] = [
  {
    issuer: 'VN.VPCP',
    d: 'th',
    handling: ['SKHDT', 'STC', 'SNV'],
    lag: [1, 3],
    series: [
      cv(
        14,
        1,
        28,
        ['KTTH', 'KGVX', 'NN', 'CN', 'QHĐP'],
        [
          'V/v thông báo ý kiến chỉ đạo của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công năm 2023',
          'V/v thông báo ý kiến chỉ đạo của Thủ tướng Chính phủ về tháo gỡ khó khăn cho sản xuất, kinh doanh',
          'V/v triển khai Đề án 06 tại các bộ, ngành, địa phương',
          'V/v tổ chức Hội nghị trực tuyến Chính phủ với các địa phương',
          'V/v thúc đẩy thị trường bất động sản phát triển an toàn, lành mạnh',
          'V/v công tác phòng, chống thiên tai năm 2023',
        ],
      ),
      {
        type: 'TB',
        count: 6,
        first: 1,
        perDay: 1.3,
        summaries: [
          'Kết luận của Thủ tướng Chính phủ tại Hội nghị trực tuyến Chính phủ với địa phương',
          'Kết luận của Thủ tướng Chính phủ tại cuộc họp về thúc đẩy giải ngân vốn đầu tư công',
          'Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Bình Phước',
        ],
      },
    ],
  },
  {
    issuer: 'VN.TTG',
    d: 'th',
    handling: ['SKHDT', 'SNNPTNT'],
    lag: [1, 3],
    series: [
      {
        type: 'QĐ',
        count: 6,
        first: 1,
        perDay: 4.5,
        summaries: [
          'Về việc giao kế hoạch đầu tư vốn ngân sách trung ương năm 2023 (bổ sung)',
          'Về việc công nhận {district}, tỉnh Bình Phước hoàn thành nhiệm vụ xây dựng nông thôn mới năm 2022',
          'Về việc giao dự toán ngân sách nhà nước năm 2023 (bổ sung)',
        ],
      },
      {
        type: 'CT',
        count: 2,
        first: 1,
        perDay: 0.06,
        summaries: [
          'Về việc tăng cường công tác phòng, chống thiên tai',
          'Về việc đẩy mạnh phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử',
        ],
      },
      {
        type: 'CĐ',
        count: 3,
        first: 1,
        perDay: 0.5,
        summaries: [
          'Về việc tập trung đẩy nhanh giải ngân vốn đầu tư công năm 2023',
          'Về việc tăng cường phòng, chống dịch sốt xuất huyết',
          'Về việc chủ động ứng phó với nắng nóng, hạn hán, thiếu nước',
        ],
      },
    ],
  },
  {
    issuer: 'VN.CP',
    d: 'th',
    lag: [1, 3],
    series: [
      {
        type: 'NQ',
        count: 5,
        first: 2,
        perDay: 0.5,
        summaries: [
          'Phiên họp Chính phủ thường kỳ {prevMonth}',
          'Về một số nhiệm vụ, giải pháp chủ yếu tháo gỡ khó khăn cho sản xuất, kinh doanh',
        ],
      },
    ],
  },
  ministry('VN.BKHDT', 'kt', ['SKHDT'], ['TH', 'QLĐT', 'KTĐPLT'], 30, [
    'V/v xây dựng kế hoạch đầu tư công năm 2024',
    'V/v báo cáo tình hình thực hiện kế hoạch đầu tư công năm 2023',
    'V/v hoàn thiện hồ sơ Quy hoạch tỉnh Bình Phước thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
    'V/v đánh giá tình hình thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ',
  ]),
  ministry('VN.BTC', 'kt', ['STC'], ['NSNN', 'ĐT', 'QLCS'], 36, [
    'V/v tổ chức thực hiện dự toán ngân sách nhà nước năm 2023',
    'V/v báo cáo tình hình thực hiện tiết kiệm chi thường xuyên',
    'V/v giải ngân vốn đầu tư công nguồn ngân sách trung ương',
  ]),
  ministry('VN.BNV', 'nc', ['SNV'], ['CCHC', 'TCBC', 'CCVC'], 18, [
    'V/v đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2022',
    'V/v triển khai xác định Chỉ số cải cách hành chính năm 2023',
    'V/v sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025',
  ]),
  ministry('VN.BCT', 'kt', ['SCT'], ['XNK', 'TTTN'], 25, [
    'V/v bảo đảm cung ứng xăng dầu',
    'V/v báo cáo tình hình xuất khẩu hạt điều, cao su',
  ]),
  ministry('VN.BTNMT', 'nn', ['STNMT'], ['QHPTTNĐ', 'TNN'], 20, [
    'V/v lấy ý kiến dự thảo Luật Đất đai (sửa đổi)',
    'V/v lập kế hoạch sử dụng đất cấp tỉnh',
    'V/v tăng cường quản lý hoạt động khai thác khoáng sản',
  ]),
  ministry('VN.BNNPTNT', 'nn', ['SNNPTNT'], ['TY', 'KL'], 22, [
    'V/v phòng, chống bệnh dịch tả lợn châu Phi',
    'V/v tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2023',
  ]),
  ministry('VN.BGTVT', 'kt', ['SGTVT'], ['KHĐT', 'CQLXD'], 35, [
    'V/v bàn giao mặt bằng dự án đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
  ]),
  ministry('VN.BYT', 'vx', ['SYT'], ['KHTC', 'DP'], 20, [
    'V/v bảo đảm thuốc, vật tư y tế phục vụ khám bệnh, chữa bệnh',
    'V/v tăng cường phòng, chống sốt xuất huyết',
  ]),
  ministry('VN.BGDDT', 'vx', ['SGDDT'], ['QLCL', 'GDPT'], 15, [
    'V/v tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2023',
  ]),
  ministry('VN.BLDTBXH', 'vx', ['SLDTBXH'], ['VL', 'BTXH'], 15, [
    'V/v thực hiện chính sách hỗ trợ người lao động bị giảm giờ làm, mất việc làm',
  ]),
  ministry('VN.BTTTT', 'vx', ['STTTT'], ['CĐSQG', 'THH'], 12, [
    'V/v thúc đẩy chuyển đổi số năm 2023',
    'V/v công bố kết quả đánh giá mức độ chuyển đổi số cấp tỉnh (DTI) năm 2022',
  ]),
  {
    issuer: 'BP.TU',
    party: true,
    d: 'th',
    handling: ['VPUBND', 'SKHDT', 'SNV', 'STC'],
    lag: [0, 2],
    series: [
      {
        type: 'CV',
        count: 25,
        first: 3102,
        perDay: 3.4,
        summaries: [
          'V/v chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ tỉnh',
          'V/v cho chủ trương sử dụng nguồn tăng thu ngân sách cấp tỉnh năm 2022',
          'V/v giao Ban Cán sự Đảng UBND tỉnh chỉ đạo tháo gỡ vướng mắc dự án {project}',
          'V/v chuẩn bị báo cáo sơ kết 6 tháng đầu năm 2023',
          'V/v thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về công tác thu ngân sách',
        ],
      },
      {
        type: 'TB',
        count: 10,
        first: 560,
        perDay: 0.7,
        summaries: [
          'Kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Ban Cán sự Đảng UBND tỉnh',
          'Kết luận của Ban Thường vụ Tỉnh ủy về tình hình kinh tế - xã hội {quarter}',
          'Kết luận của Thường trực Tỉnh ủy về tiến độ các dự án trọng điểm',
        ],
      },
      {
        type: 'KH',
        count: 4,
        first: 104,
        perDay: 0.2,
        summaries: [
          'Kiểm tra, giám sát năm 2023 của Ban Thường vụ Tỉnh ủy',
          'Tổ chức sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh',
        ],
      },
      {
        type: 'QĐ',
        count: 3,
        first: 795,
        perDay: 1,
        summaries: [
          'Thành lập Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy đối với Ban Cán sự Đảng UBND tỉnh',
        ],
      },
    ],
  },
  {
    issuer: 'BP.HDND',
    d: 'th',
    handling: ['VPUBND'],
    lag: [0, 2],
    series: [
      {
        type: 'TB',
        count: 3,
        first: 1,
        perDay: 0.15,
        summaries: ['Kết luận của Thường trực HĐND tỉnh tại phiên họp giao ban {prevMonth}'],
      },
      cv(
        4,
        1,
        0.9,
        ['VP'],
        [
          'V/v chuẩn bị nội dung {session}, HĐND tỉnh khóa X',
          'V/v chuyển kiến nghị của cử tri đến UBND tỉnh',
        ],
      ),
    ],
  },
  {
    issuer: 'AGENCY',
    d: 'th',
    handling: ['VPUBND'],
    lag: [0, 1],
    series: [
      {
        type: 'TTr',
        count: 40,
        first: 1,
        perDay: 0.5,
        summaries: [
          'Về việc đề nghị phê duyệt chủ trương đầu tư dự án {project}',
          'Về việc đề nghị ban hành Kế hoạch triển khai nhiệm vụ năm 2023 thuộc lĩnh vực quản lý',
          'Về việc đề nghị bổ sung kinh phí năm 2023',
          'Về việc đề nghị công bố danh mục thủ tục hành chính trong lĩnh vực thuộc phạm vi quản lý',
          'Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc',
        ],
      },
      {
        type: 'BC',
        count: 25,
        first: 1,
        perDay: 0.6,
        summaries: [
          'Kết quả thực hiện nhiệm vụ {quarter}',
          'Tình hình thực hiện các nhiệm vụ UBND tỉnh giao {prevMonth}',
          'Kết quả giải ngân vốn đầu tư công được giao năm 2023',
        ],
      },
      cv(
        20,
        1,
        4,
        ['VP', 'TH', 'KHTC', 'NV'],
        [
          'V/v xin ý kiến chỉ đạo về việc xử lý kiến nghị của {company}',
          'V/v tham mưu trả lời kiến nghị của cử tri',
          'V/v báo cáo tiến độ thực hiện dự án {project}',
        ],
      ),
    ],
  },
  {
    issuer: 'DISTRICT',
    d: 'th',
    handling: ['SKHDT', 'STNMT', 'STC', 'SNV'],
    lag: [0, 1],
    series: [
      {
        type: 'BC',
        count: 20,
        first: 1,
        perDay: 1.1,
        summaries: [
          'Tình hình kinh tế - xã hội {prevMonth}',
          'Kết quả giải ngân vốn đầu tư công năm 2023',
          'Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {quarter}',
        ],
      },
      {
        type: 'TTr',
        count: 10,
        first: 1,
        perDay: 0.4,
        summaries: [
          'Về việc đề nghị phê duyệt Kế hoạch sử dụng đất năm 2023',
          'Về việc đề nghị bổ sung vốn đầu tư công năm 2023',
          'Về việc đề nghị thu hồi đất để thực hiện dự án {project}',
        ],
      },
      cv(
        12,
        1,
        6,
        ['KT', 'VX', 'NC', 'TH'],
        [
          'V/v kiến nghị tháo gỡ vướng mắc trong công tác bồi thường, giải phóng mặt bằng',
          'V/v đề nghị hỗ trợ kinh phí khắc phục thiệt hại do mưa lốc',
          'V/v báo cáo tình hình an ninh, trật tự trên địa bàn',
        ],
      ),
    ],
  },
  other(
    'BP.CUCTHUE',
    'kt',
    ['STC'],
    5,
    ['NVDTPC'],
    'V/v tình hình thu ngân sách nhà nước và nợ đọng thuế trên địa bàn tỉnh',
  ),
  other(
    'BP.KBNN',
    'kt',
    ['STC'],
    4,
    ['KSC'],
    'V/v tình hình giải ngân vốn đầu tư công qua Kho bạc Nhà nước',
  ),
  other('BP.CAT', 'nc', [], 4, ['PV01'], 'V/v kết quả triển khai Đề án 06 trên địa bàn tỉnh'),
  other('BP.MTTQ', 'th', [], 3, ['BTT'], 'V/v chuyển kiến nghị của cử tri và Nhân dân'),
  other('BP.DBQH', 'th', ['VPUBND'], 3, ['VP'], 'V/v chuyển đơn của công dân'),
  other(
    'BP.CUCTHONGKE',
    'th',
    [],
    3,
    ['TH'],
    'V/v cung cấp số liệu thống kê kinh tế - xã hội {prevMonth}',
  ),
];

function ministry(
  issuer: string,
  d: Domain,
  handling: readonly string[],
  fields: readonly string[],
  perDay: number,
  summaries: readonly string[],
): IncomingSource {
  return { issuer, d, handling, lag: [1, 4], series: [cv(5, 1, perDay, fields, summaries)] };
}

function other(
  issuer: string,
  d: Domain,
  handling: readonly string[],
  count: number,
  fields: readonly string[],
  summary: string,
): IncomingSource {
  return { issuer, d, handling, lag: [0, 2], series: [cv(count, 1, 3, fields, [summary])] };
}

/** Resolutions of the HĐND tỉnh from the 2023 thematic sessions, sent to the UBND to carry out. */
export const COUNCIL_RESOLUTIONS: readonly { session: number; summaries: readonly string[] }[] = [
  {
    session: 8,
    summaries: [
      'Về việc điều chỉnh kế hoạch đầu tư công năm 2023',
      'Quyết định chủ trương đầu tư dự án {project}',
      'Thông qua danh mục dự án cần thu hồi đất năm 2023 (bổ sung)',
      'Về việc giao biên chế công chức năm 2023',
      'Quy định mức chi bảo đảm cho công tác kiểm tra, rà soát văn bản quy phạm pháp luật',
      'Về việc phân bổ vốn các Chương trình mục tiêu quốc gia năm 2023',
    ],
  },
  {
    session: 9,
    summaries: [
      'Về việc sử dụng nguồn tăng thu ngân sách cấp tỉnh năm 2022',
      'Quyết định chủ trương đầu tư dự án {project}',
      'Điều chỉnh Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách địa phương',
      'Thông qua danh mục dự án chuyển mục đích sử dụng đất rừng sang mục đích khác',
      'Quy định chính sách hỗ trợ đào tạo, thu hút nguồn nhân lực y tế',
      'Về việc đặt tên đường trên địa bàn {district}',
    ],
  },
  {
    session: 10,
    summaries: [
      'Về việc phân bổ chi tiết kế hoạch vốn đầu tư công năm 2023 (bổ sung)',
      'Quyết định chủ trương đầu tư dự án {project}',
      'Quy định mức thu học phí năm học 2023 - 2024 đối với cơ sở giáo dục công lập trên địa bàn tỉnh',
      'Về việc thông qua Đề án phát triển du lịch tỉnh Bình Phước giai đoạn 2023 - 2030',
      'Về việc điều chỉnh, bổ sung danh mục dự án cần thu hồi đất năm 2023',
    ],
  },
];

/** Which HĐND resolutions are legal normative (numbered with the year): the ones that set rules. */
export function isNormativeResolution(summary: string): boolean {
  return summary.startsWith('Quy định');
}
