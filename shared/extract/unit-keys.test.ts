import { describe, expect, it } from 'vitest';
import { unitAcronymKeys, unitGroupOf, unitNameKey } from './unit-keys';

describe('unitNameKey', () => {
  it.each([
    ['Sở Kế hoạch và Đầu tư', 'so ke hoach va dau tu'],
    ['Sở KH&ĐT', 'so khdt'],
    ['Sở LĐ-TB&XH', 'so ldtbxh'],
    ['Sở Lao động - Thương binh và Xã hội', 'so lao dong thuong binh va xa hoi'],
    ['Ủy ban nhân dân huyện Bù Đăng', 'ubnd huyen bu dang'],
    ['Giám đốc Sở Y tế', 'so y te'],
    ['Công an tỉnh', 'cong an'],
    ['Sở Tài chính tỉnh Bình Phước', 'so tai chinh'],
    ['so ke hoach dau tu', 'so ke hoach dau tu'],
  ])('%s → %s', (name, key) => {
    expect(unitNameKey(name, ['Tỉnh Bình Phước'])).toBe(key);
  });
});

describe('unitAcronymKeys', () => {
  it('abbreviates a full name the way ND 30 practice writes it', () => {
    expect(unitAcronymKeys(unitNameKey('Sở Kế hoạch và Đầu tư'))).toEqual(['so khdt', 'skhdt']);
    expect(unitAcronymKeys(unitNameKey('Sở Lao động - Thương binh và Xã hội'))).toContain(
      'so ldtbxh',
    );
    expect(unitAcronymKeys(unitNameKey('Sở Văn hóa, Thể thao và Du lịch'))).toContain('so vhttdl');
    expect(unitAcronymKeys(unitNameKey('Sở Nông nghiệp và Phát triển nông thôn'))).toContain(
      'so nnptnt',
    );
  });

  it('gives none for a one-word name', () => {
    expect(unitAcronymKeys(unitNameKey('Sở Nội vụ'))).toEqual(['so nv', 'snv']);
    expect(unitAcronymKeys(unitNameKey('Sở Y'))).toEqual([]);
  });
});

describe('unitGroupOf', () => {
  it.each([
    ['UBND các huyện, thị xã, thành phố', 'districts'],
    ['Ủy ban nhân dân các huyện, thị xã, thành phố', 'districts'],
    ['UBND các xã, phường, thị trấn', 'communes'],
    ['các sở, ban, ngành', 'agencies'],
    ['Giám đốc các sở, Thủ trưởng các ban, ngành', 'agencies'],
    ['các cơ quan có liên quan', null],
    ['Sở Y tế', null],
  ])('%s → %s', (name, group) => {
    expect(unitGroupOf(name)).toBe(group);
  });
});
