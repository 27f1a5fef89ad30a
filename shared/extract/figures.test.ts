import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';

const brief = (text: string) => extractFigures(text).map(({ start: _s, end: _e, ...rest }) => rest);

describe('extractFigures', () => {
  it('reads Vietnamese notation, units, change and estimate', () => {
    expect(
      brief('Tổng thu ngân sách ước đạt 12.345,6 tỷ đồng, tăng 4,05% so với cùng kỳ.'),
    ).toEqual([
      {
        text: '12.345,6 tỷ đồng',
        value: 12345.6,
        unit: 'tỷ đồng',
        kind: 'actual',
        estimated: true,
      },
      {
        text: 'tăng 4,05%',
        value: 4.05,
        unit: '%',
        kind: 'actual',
        change: 'tăng',
        estimated: true,
      },
    ]);
  });

  it('keeps a multiplier word with the unit', () => {
    expect(brief('đón 1,5 triệu lượt khách, thu hút 2 nghìn lao động')).toEqual([
      { text: '1,5 triệu lượt khách', value: 1.5, unit: 'triệu lượt khách', kind: 'actual' },
      { text: '2 nghìn lao động', value: 2, unit: 'nghìn lao động', kind: 'actual' },
    ]);
  });

  it('marks goals as targets and keeps qualifiers', () => {
    expect(brief('Phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.')).toEqual([
      { text: 'tối thiểu 80%', value: 80, unit: '%', kind: 'target', qualifier: 'tối thiểu' },
    ]);
    expect(brief('Kim ngạch xuất khẩu đạt gần 1.250 triệu USD.')[0]).toMatchObject({
      value: 1250,
      unit: 'triệu USD',
      qualifier: 'gần',
      kind: 'actual',
    });
  });

  it('keeps a printed minus sign and reads "giảm" as a direction, not a sign', () => {
    expect(brief('diện tích lúa giảm 312 ha (-1,2%).')).toEqual([
      { text: 'giảm 312 ha', value: 312, unit: 'ha', kind: 'actual', change: 'giảm' },
      { text: '(-1,2%)', value: -1.2, unit: '%', kind: 'actual' },
    ]);
  });

  it('counts outputs and cases, with the denominator of "x/y"', () => {
    expect(brief('Đã giải quyết 41/45 đơn thư; tiếp nhận 120 hồ sơ.')).toEqual([
      { text: '41/45 đơn thư', value: 41, unit: 'đơn thư', kind: 'actual', of: 45 },
      { text: '120 hồ sơ', value: 120, unit: 'hồ sơ', kind: 'actual' },
    ]);
  });

  it.each([
    ['dates', 'Ngày 14/6/2024 và ngày 14 tháng 6 năm 2024'],
    ['years and periods', 'trong năm 2023, giai đoạn 2021-2025, 6 tháng đầu năm'],
    ['document and article numbers', 'Quyết định số 12/QĐ-UBND, Điều 5, khoản 2'],
    ['ordinals', 'kỳ họp thứ 5, HĐND tỉnh khóa IX, lần thứ XIII'],
    ['durations', 'Sau 02 năm triển khai; có hiệu lực sau 10 (mười) ngày'],
    ['named sets', 'thực hiện 5 nhiệm vụ trọng tâm và 03 Chương trình mục tiêu quốc gia'],
    ['page furniture', 'Lượt xem: 56'],
  ])('finds no figure in %s', (_what, text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('reads a figure after "cùng kỳ" but not the number of a session ("kỳ họp")', () => {
    expect(
      extractFigures('tăng trưởng cao hơn cùng kỳ 0,8 điểm phần trăm').map((f) => f.value),
    ).toEqual([0.8]);
    expect(extractFigures('thông qua tại kỳ 3 văn bản')).toEqual([]);
  });

  it('lists a repeated quantity once, at its first occurrence', () => {
    const found = extractFigures(
      'Đã xử lý 109 kiến nghị. Trong số 109 kiến nghị đã xử lý có 80 kiến nghị đúng hạn.',
    );
    expect(found.map((f) => f.value)).toEqual([109, 80]);
  });
});
