import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedIncludes, nfc, searchText, viFold, viSortKey } from './text';

const collator = new Intl.Collator('vi', { sensitivity: 'accent' });

function compareKeys(a: string, b: string): number {
  const ka = viSortKey(a);
  const kb = viSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// Every Vietnamese letter, both cases, all six tones, plus digits and spaces.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LOWER = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')));
LOWER.push(...'bcdđghklmnpqrstvx');
const ALPHABET = [...LOWER, ...LOWER.map((l) => l.toUpperCase()), ...'0123456789', ' '];

const viString = fc
  .tuple(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }), fc.boolean())
  .map(([chars, decompose]) => {
    const s = chars.join('');
    return decompose ? s.normalize('NFD') : s;
  });

describe('nfc', () => {
  it('composes combining sequences', () => {
    expect(nfc('ho\u0300a')).toBe('hòa');
    expect(nfc('Đư\u0301c'.normalize('NFD'))).toBe('Đức');
    expect(nfc('hòa').length).toBe(3);
  });
});

describe('viFold', () => {
  it.each([
    ['hòa', 'hoa'],
    ['hoà', 'hoa'],
    ['Đức', 'duc'],
    ['ĐỒNG XOÀI', 'dong xoai'],
    ['  Bù   Gia\tMập \n', 'bu gia map'],
    ['Chơn Thành', 'chon thanh'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['Phước\u00a0Long', 'phuoc long'],
    ['kỹ thuật', 'ky thuat'],
    ['', ''],
  ])('%j → %j', (input, folded) => {
    expect(viFold(input)).toBe(folded);
  });

  it('folds NFC and NFD input the same', () => {
    fc.assert(
      fc.property(viString, (s) => {
        expect(viFold(s.normalize('NFD'))).toBe(viFold(s.normalize('NFC')));
      }),
    );
  });

  it('leaves only unaccented text and is idempotent', () => {
    fc.assert(
      fc.property(viString, (s) => {
        const folded = viFold(s);
        expect(folded).toMatch(/^[a-z0-9]*(?: [a-z0-9]+)*$/);
        expect(viFold(folded)).toBe(folded);
      }),
    );
  });
});

describe('searchText', () => {
  it('folds the non-empty parts and joins them with one space', () => {
    expect(searchText('Sở Tài chính', null, '  ', undefined, 'Kế hoạch ĐẦU TƯ')).toBe(
      'so tai chinh ke hoach dau tu',
    );
    expect(searchText()).toBe('');
    expect(searchText(null, '')).toBe('');
  });
});

describe('foldedIncludes', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh Bình Phước', 'binh phuoc', true],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'cộng hoà', true],
    ['Đồng Xoài', 'dong  xoai', true],
    ['Đồng Xoài', '', true],
    ['Bù Đăng', 'Bù Đốp', false],
  ])('%j includes %j: %s', (haystack, needle, expected) => {
    expect(foldedIncludes(haystack, needle)).toBe(expected);
  });
});

describe('viSortKey', () => {
  it('sorts the districts of Bình Phước as the Vietnamese collator does', () => {
    const names = [
      'Đồng Xoài',
      'Bù Đăng',
      'Bù Đốp',
      'Bình Long',
      'Chơn Thành',
      'Đồng Phú',
      'Lộc Ninh',
      'Hớn Quản',
      'Phú Riềng',
      'Phước Long',
      'Bù Gia Mập',
    ];
    const byKey = [...names].sort((a, b) => compareKeys(a, b));
    expect(byKey).toEqual([...names].sort(collator.compare));
    expect(byKey).toEqual([
      'Bình Long',
      'Bù Đăng',
      'Bù Đốp',
      'Bù Gia Mập',
      'Chơn Thành',
      'Đồng Phú',
      'Đồng Xoài',
      'Hớn Quản',
      'Lộc Ninh',
      'Phú Riềng',
      'Phước Long',
    ]);
  });

  it('uses the Vietnamese alphabet: a < ă < â < b … d < đ < e < ê … o < ô < ơ … u < ư', () => {
    const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
    const shuffled = [...alphabet].reverse();
    expect(shuffled.sort((a, b) => compareKeys(a, b))).toEqual(alphabet);
  });

  it('ranks tones ngang < huyền < hỏi < ngã < sắc < nặng, left to right', () => {
    const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'];
    expect([...tones].reverse().sort((a, b) => compareKeys(a, b))).toEqual(tones);
    // The first tone difference decides: hòa (tone on o) after hoà (tone on a).
    expect(compareKeys('hoà', 'hòa')).toBe(-1);
    // Base letters outrank tones: ạb before ac.
    expect(compareKeys('ạb', 'ac')).toBe(-1);
  });

  it('ignores case and Unicode form', () => {
    expect(viSortKey('ĐỒNG XOÀI')).toBe(viSortKey('đồng xoài'));
    expect(viSortKey('Đồng Xoài'.normalize('NFD'))).toBe(viSortKey('Đồng Xoài'));
  });

  it('puts space before punctuation, punctuation before digits, digits before letters', () => {
    const ordered = ['', ' ', '_', '-', ',', '.', '(', '/', '%', '+', '₫', '0', '9', 'a', 'z'];
    expect([...ordered].reverse().sort((a, b) => compareKeys(a, b))).toEqual(ordered);
    expect([...ordered].reverse().sort(collator.compare)).toEqual(ordered);
    // A shorter string sorts first: "Bù" < "Bù Đăng" < "BùĐăng".
    expect(compareKeys('Bù', 'Bù Đăng')).toBe(-1);
    expect(compareKeys('Bù Đăng', 'BùĐăng')).toBe(-1);
  });

  it('contains only [0-9a-z]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(viSortKey(s)).toMatch(/^[0-9a-z]+$/);
      }),
    );
  });

  it('orders random Vietnamese strings exactly like Intl.Collator("vi", accent)', () => {
    fc.assert(
      fc.property(viString, viString, (a, b) => {
        expect(compareKeys(a, b)).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders near-identical strings (one letter or tone apart) like the collator', () => {
    const mutated = fc
      .tuple(viString, fc.nat(), fc.constantFrom(...ALPHABET))
      .map(([s, at, ch]) => {
        const chars = [...s.normalize('NFC')];
        const b = chars.length === 0 ? ch : chars.with(at % chars.length, ch).join('');
        return [s, b] as const;
      });
    fc.assert(
      fc.property(mutated, ([a, b]) => {
        expect(compareKeys(a, b)).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders punctuation, quotes and compatibility characters like the collator', () => {
    // prettier-ignore
    const pieces = ['a', 'à', 'b', ' ', '-', '.', ',', '…', '"', '“', '”', "'", '‘', '’', '(', ')',
      '/', '%', '₫', '$', '\u00a0', '\t', '1', '１', 'é', 'ß', 'ss', 'æ', 'ø', '\u200b'];
    const strings = pieces.flatMap((x) => pieces.map((y) => x + y));
    const keys = strings.map(viSortKey);
    const mismatches: string[] = [];
    strings.forEach((a, i) => {
      strings.forEach((b, j) => {
        const ka = keys[i] ?? '';
        const kb = keys[j] ?? '';
        const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
        if (byKey !== Math.sign(collator.compare(a, b))) mismatches.push(`${a} | ${b}`);
      });
    });
    expect(mismatches).toEqual([]);
  });
});
