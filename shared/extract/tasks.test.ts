import { describe, expect, it } from 'vitest';
import { findDeadline } from './deadlines';
import { extractTasks } from './tasks';
import { splitUnits } from './units';

const brief = (text: string) =>
  extractTasks(text).map((t) => ({
    lead: t.lead_unit,
    coordinating: t.coordinating_units,
    deadline: t.deadline,
    ...(t.assignees ? { assignees: t.assignees } : {}),
  }));

const CONCLUSION = `THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công

Sau khi nghe báo cáo của Sở Kế hoạch và Đầu tư và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:
1. Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh rà soát các khoản tạm ứng quá hạn, báo cáo UBND tỉnh trong quý III/2023.
2. Sở Y tế khẩn trương hoàn thành thủ tục mua sắm trang thiết bị trước ngày 15/8/2023.
3. Yêu cầu UBND các huyện, thị xã, thành phố tập trung giải phóng mặt bằng; hằng tháng báo cáo kết quả về Sở Kế hoạch và Đầu tư.
4. Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh trật tự tại các công trình trọng điểm.
`;

describe('extractTasks', () => {
  it('reads each item of a conclusion notice with its lead, coordinating units and deadline', () => {
    expect(brief(CONCLUSION)).toEqual([
      {
        lead: 'Sở Tài chính',
        coordinating: ['Sở Kế hoạch và Đầu tư', 'Kho bạc Nhà nước tỉnh'],
        deadline: 'trong quý III/2023',
      },
      { lead: 'Sở Y tế', coordinating: [], deadline: '2023-08-15' },
      { lead: 'UBND các huyện, thị xã, thành phố', coordinating: [], deadline: 'hằng tháng' },
      { lead: 'Công an tỉnh', coordinating: ['Bộ Chỉ huy Quân sự tỉnh'], deadline: null },
    ]);
  });

  it('spans each task inside the text, from the start of its item', () => {
    for (const t of extractTasks(CONCLUSION)) {
      expect(CONCLUSION.slice(t.start, t.end)).toBe(t.text);
    }
    expect(extractTasks(CONCLUSION)[1]?.text).toBe(
      'Sở Y tế khẩn trương hoàn thành thủ tục mua sắm trang thiết bị trước ngày 15/8/2023.',
    );
  });

  it('gives the items of a plan section to the unit that heads them', () => {
    const plan = `IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền an toàn giao thông trong trường học.
- Tổng hợp kết quả, gửi Sở Giao thông vận tải trước ngày 20/12/2024.
2. Công an tỉnh
- Tăng cường tuần tra, kiểm soát trong quý IV/2024.
`;
    const tasks = extractTasks(plan);
    expect(brief(plan)).toEqual([
      { lead: 'Sở Giáo dục và Đào tạo', coordinating: ['Công an tỉnh'], deadline: null },
      { lead: 'Sở Giáo dục và Đào tạo', coordinating: [], deadline: '2024-12-20' },
      { lead: 'Công an tỉnh', coordinating: [], deadline: 'trong quý IV/2024' },
    ]);
    expect(tasks[1]?.deliver_to).toBe('Sở Giao thông vận tải');
  });

  it('reads "Giao:" with a colon like "Giao"', () => {
    expect(brief('Giao: Sở Tư pháp chủ trì thẩm định dự thảo trong tháng 10/2024.')).toEqual([
      { lead: 'Sở Tư pháp', coordinating: [], deadline: 'trong tháng 10/2024' },
    ]);
  });

  it('lists jointly addressed units as assignees with no lead', () => {
    const text =
      'Giao Sở Nội vụ; Sở Tư pháp; UBND các huyện, thành phố rà soát thủ tục hành chính, hoàn thành trước 17 giờ 00 ngày 05/6/2025.';
    const [task] = extractTasks(text);
    expect(task).toMatchObject({
      lead_unit: null,
      assignees: ['Sở Nội vụ', 'Sở Tư pháp', 'UBND các huyện, thành phố'],
      deadline: '2025-06-05',
      deadline_time: '17:00',
    });
  });

  it('does not take narration of past direction or purpose items for tasks', () => {
    const text = `I. KẾT QUẢ THỰC HIỆN
Trong quý I/2024, UBND tỉnh đã chỉ đạo Sở Tài chính chủ trì rà soát nguồn vốn.
Tại Công văn số 15/UBND-KT, UBND tỉnh giao Sở Xây dựng kiểm tra chất lượng công trình.
Sở Y tế chủ trì tổ chức tiêm chủng cho 12.000 trẻ em.
1. Sở Công Thương đã phối hợp với các huyện tổ chức hội chợ.
II. MỤC ĐÍCH
1. Nâng cao trách nhiệm của các cấp, các ngành.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.
`;
    expect(extractTasks(text)).toEqual([]);
  });

  it('takes the addressees of a lead-in for the numbered items below it', () => {
    const text = `Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Nông nghiệp và Phát triển nông thôn thực hiện các nội dung sau:
1. Kiểm tra, đánh giá hiện trạng các hồ chứa trước mùa mưa bão.
2. Xây dựng phương án ứng phó, báo cáo UBND tỉnh trước ngày 30/6/2024.
`;
    expect(brief(text)).toEqual([
      { lead: 'Giám đốc Sở Nông nghiệp và Phát triển nông thôn', coordinating: [], deadline: null },
      {
        lead: 'Giám đốc Sở Nông nghiệp và Phát triển nông thôn',
        coordinating: [],
        deadline: '2024-06-30',
      },
    ]);
  });
});

describe('extractTasks on a directive with its recipients list', () => {
  const directive = `Để chủ động ứng phó với xâm nhập mặn, Chủ tịch UBND tỉnh chỉ thị:
1. Sở Tài chính cân đối, bố trí kinh phí dự phòng; báo cáo UBND tỉnh trước ngày 30/4/2024.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội vận động Nhân dân tiết kiệm nước.
3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; báo cáo Chủ tịch UBND tỉnh trước ngày 25 hằng tháng.
Nơi nhận:
- Bộ Nông nghiệp và Phát triển nông thôn;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.`;

  it('ends the unit where an unlisted verb begins, splits joint addressees, and skips the recipients', () => {
    expect(brief(directive)).toEqual([
      { lead: 'Sở Tài chính', coordinating: [], deadline: '2024-04-30' },
      {
        lead: null,
        coordinating: [],
        deadline: null,
        assignees: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'],
      },
      { lead: 'Văn phòng UBND tỉnh', coordinating: [], deadline: 'trước ngày 25 hằng tháng' },
    ]);
  });
});

describe('extractTasks on conclusion points and lettered items', () => {
  it('skips points that approve rather than assign, and reads "a." items under a lead-in', () => {
    const text = `Ý kiến kết luận của đồng chí Phó Chủ tịch UBND tỉnh như sau:
- Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính lập dự toán, hoàn thành trước 16 giờ ngày 20/9/2024.
- Đồng ý chủ trương tổ chức Hội khỏe Phù Đổng cấp tỉnh năm 2025.
Chủ tịch UBND tỉnh yêu cầu Công an tỉnh thực hiện các nội dung sau:
a. Tăng cường tuần tra trên các tuyến quốc lộ.
b. Định kỳ 6 tháng, báo cáo kết quả về Văn phòng UBND tỉnh.
`;
    const tasks = extractTasks(text);
    expect(brief(text)).toEqual([
      { lead: 'Sở Y tế', coordinating: ['Sở Tài chính'], deadline: '2024-09-20' },
      { lead: 'Công an tỉnh', coordinating: [], deadline: null },
      { lead: 'Công an tỉnh', coordinating: [], deadline: 'Định kỳ 6 tháng' },
    ]);
    expect(tasks[0]?.deadline_time).toBe('16:00');
    expect(tasks[2]?.deliver_to).toBe('Văn phòng UBND tỉnh');
  });
});

describe('findDeadline', () => {
  it.each([
    ['hoàn thành trước ngày 5/9/2023', '2023-09-05'],
    ['báo cáo trước ngày 10 tháng 11 năm 2024', '2024-11-10'],
    ['chậm nhất là ngày 31/12/2025', '2025-12-31'],
    ['hoàn thành trong quý II năm 2024', 'hoàn thành trong quý II năm 2024'],
    ['thực hiện trong quý 3/2023', 'trong quý 3/2023'],
    ['định kỳ hằng quý báo cáo', 'định kỳ hằng quý'],
    [
      'trình HĐND tỉnh trước kỳ họp thứ 12 HĐND tỉnh khóa X',
      'trước kỳ họp thứ 12 HĐND tỉnh khóa X',
    ],
    ['hoàn thành trong tháng 9/2023', 'hoàn thành trong tháng 9/2023'],
  ])('%s → %s', (text, deadline) => {
    expect(findDeadline(text)?.deadline).toBe(deadline);
  });

  it('finds none where no deadline is stated', () => {
    expect(findDeadline('tăng cường công tác tuyên truyền')).toBeNull();
  });
});

describe('splitUnits', () => {
  it.each([
    [
      'Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố và các cơ quan có liên quan',
      [
        'Sở Nông nghiệp và Phát triển nông thôn',
        'UBND các huyện, thị xã, thành phố',
        'các cơ quan có liên quan',
      ],
    ],
    ['các sở, ban, ngành; Công an tỉnh', ['các sở, ban, ngành', 'Công an tỉnh']],
    ['Sở Lao động - Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
  ])('%s', (text, units) => {
    expect(splitUnits(text)).toEqual(units);
  });
});

describe('item labels and expected output', () => {
  const PLAN = [
    'KẾ HOẠCH',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '',
    'Nâng cao chất lượng công tác.',
    '',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '',
    '1. Sở Y tế chủ trì, phối hợp Sở Tài chính xây dựng Kế hoạch phòng, chống dịch, trình UBND tỉnh trước ngày 30/9/2023.',
    '',
    '2. Các nhiệm vụ khác:',
    '',
    'a) Giao Sở Nội vụ chủ trì rà soát, báo cáo UBND tỉnh trong quý III/2023.',
    '',
    '2.1. Sở Xây dựng chủ trì kiểm tra hằng tháng.',
    '',
    'Điều 3. Sở Tư pháp chủ trì thẩm định dự thảo Quyết định ban hành Quy chế phối hợp.',
  ].join('\n');

  it('labels each numbered item by its path in the document', () => {
    expect(extractTasks(PLAN).map((t) => t.item_label)).toEqual([
      'II.1',
      'II.2.a',
      'II.2.1',
      'Điều 3',
    ]);
  });

  it('labels the items of part B of the seed report B.1… as the report numbers them', () => {
    const text = [
      '## **B. CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2023**',
      '',
      '1. Tập trung quyết liệt công tác thu ngân sách.',
      '',
      '2. Đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
    ].join('\n');
    expect(extractTasks(text).map((t) => t.item_label)).toEqual(['B.1', 'B.2']);
  });

  it('gives no label to a bulleted item or to an assignment inside a paragraph', () => {
    const text = [
      'II. NHIỆM VỤ',
      '',
      '- Sở Y tế chủ trì kiểm tra an toàn thực phẩm.',
      '',
      'Đồng thời, UBND tỉnh giao Sở Công Thương chủ trì theo dõi thị trường.',
    ].join('\n');
    expect(extractTasks(text).map((t) => t.item_label ?? null)).toEqual([null, null]);
  });

  it('names the expected output up to the end of its clause', () => {
    const [first, second, , fourth] = extractTasks(PLAN);
    expect(first?.expected_output).toBe('Kế hoạch phòng, chống dịch');
    expect(second?.expected_output).toBeUndefined();
    expect(fourth?.expected_output).toBe('Quyết định ban hành Quy chế phối hợp');
  });
});
