/**
 * Invented Vietnamese names for the demo's officials. Only the Chair, Trần
 * Tuệ Hiền, is real (the seed report names him); everyone else is invented,
 * and the generator skips the names of real provincial leaders it knows.
 */

/** Common family names (họ). */
export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lâm',
  'Mai',
  'Trương',
  'Cao',
  'Tô',
] as const;

/** Middle names (tên đệm) by gender. */
export const MIDDLE_NAMES = {
  male: [
    'Văn',
    'Minh',
    'Quốc',
    'Thanh',
    'Hữu',
    'Đức',
    'Công',
    'Xuân',
    'Ngọc',
    'Hoàng',
    'Trọng',
    'Duy',
    'Tấn',
    'Văn',
  ],
  female: [
    'Thị',
    'Thị Thu',
    'Thị Minh',
    'Ngọc',
    'Thị Thanh',
    'Thị Kim',
    'Thị Hồng',
    'Thị Ngọc',
    'Thị Bích',
  ],
} as const;

/** Given names (tên) by gender. */
export const GIVEN_NAMES = {
  male: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Sơn',
    'Thắng',
    'Long',
    'Hải',
    'Phong',
    'Khoa',
    'Nam',
    'Bình',
    'Toàn',
    'Trung',
    'Hiếu',
    'Phúc',
    'Tài',
    'Quang',
    'Thịnh',
    'Vinh',
    'Thành',
    'Khánh',
    'Hưng',
    'Đạt',
    'Lộc',
    'Nghĩa',
    'Hòa',
    'Kiên',
    'Tín',
    'Nhân',
    'Sang',
  ],
  female: [
    'Hà',
    'Lan',
    'Hương',
    'Mai',
    'Phương',
    'Thảo',
    'Trang',
    'Dung',
    'Nga',
    'Liên',
    'Yến',
    'Nhung',
    'Vân',
    'Oanh',
  ],
} as const;

/** Names the generator must not produce: real leaders of the province around 2023. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'Trần Tuệ Hiền',
  'Tôn Ngọc Hạnh',
  'Huỳnh Anh Minh',
  'Trần Văn Mi',
  'Huỳnh Thị Hằng',
]);

/** The real Chair of the UBND tỉnh, who signs the seed report. */
export const CHAIR_NAME = 'Trần Tuệ Hiền';

/** The Vice-Chairs (invented), each with the domain the document templates route to them. */
export const VICE_CHAIRS = [
  {
    domain: 'kt',
    name: 'Lê Quốc Thái',
    fields: [
      'Kế hoạch và đầu tư',
      'Tài chính - ngân sách',
      'Đầu tư công',
      'Công thương',
      'Xây dựng, giao thông vận tải',
      'Khu kinh tế, khu công nghiệp',
    ],
  },
  {
    domain: 'nn',
    name: 'Võ Văn Hậu',
    fields: [
      'Nông nghiệp và phát triển nông thôn',
      'Tài nguyên và môi trường',
      'Đất đai, bồi thường, giải phóng mặt bằng',
      'Chương trình MTQG xây dựng nông thôn mới',
      'Phòng, chống thiên tai',
    ],
  },
  {
    domain: 'vx',
    name: 'Phạm Thị Ngọc Lan',
    fields: [
      'Giáo dục và đào tạo',
      'Y tế',
      'Lao động - thương binh và xã hội',
      'Văn hóa, thể thao và du lịch',
      'Khoa học và công nghệ',
      'Thông tin và truyền thông, chuyển đổi số',
      'Công tác dân tộc, tôn giáo',
    ],
  },
  {
    domain: 'nc',
    name: 'Đặng Minh Khoa',
    fields: [
      'Nội vụ, cải cách hành chính',
      'Tư pháp',
      'Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo',
      'Phòng, chống tham nhũng',
      'Ngoại vụ, biên giới',
    ],
  },
] as const;

/** Fields of charge of the Chair (lĩnh vực phụ trách). */
export const CHAIR_FIELDS = [
  'Lãnh đạo, điều hành chung',
  'Quy hoạch tỉnh',
  'Tổ chức bộ máy, cán bộ',
  'Quốc phòng, quân sự địa phương',
];

/** Other named officials (invented). */
export const OFFICE_CHIEF_NAME = 'Huỳnh Thanh Tùng';
export const PARTY_SECRETARY_NAME = 'Lâm Thị Bích Ngọc';
export const COUNCIL_CHAIR_NAME = 'Trương Công Danh';
