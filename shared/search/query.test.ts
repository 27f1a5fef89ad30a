import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldSearchText, looseUnitKey, normaliseSearchQuery } from './query';
import { unitAcronymKeys, unitNameKey } from '../extract/unit-keys';

/** Vietnamese letters with every tone, upper and lower case, and a few separators. */
const VI_CHARS = [...'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'];
const viString = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VI_CHARS, ...VI_CHARS.map((c) => c.toUpperCase())),
      fc.constantFrom(' ', '/', '-', '&', '1', '9'),
    ),
    { maxLength: 40 },
  )
  .map((cs) => cs.join(''));

describe('normaliseSearchQuery', () => {
  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const q = normaliseSearchQuery(s);
        expect(q.words.every((w) => w !== '' && !w.includes(' '))).toBe(true);
      }),
    );
  });

  it('folds idempotently', () => {
    fc.assert(
      fc.property(fc.oneof(viString, fc.string({ maxLength: 80 })), (s) => {
        const once = foldSearchText(s);
        expect(foldSearchText(once)).toBe(once);
      }),
    );
  });

  it('maps diacritic and case variants, NFC or NFD, to the same query', () => {
    fc.assert(
      fc.property(viString, (s) => {
        const a = normaliseSearchQuery(s);
        expect(normaliseSearchQuery(s.normalize('NFD'))).toEqual(a);
        expect(normaliseSearchQuery(s.toUpperCase()).words).toEqual(a.words);
        const bare = s
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D');
        expect(normaliseSearchQuery(bare).folded).toBe(a.folded);
      }),
    );
  });

  it('reads examples', () => {
    expect(normaliseSearchQuery('Kế hoạch và Đầu tư').folded).toBe('ke hoach va dau tu');
    expect(normaliseSearchQuery('ke hoach dau tu').unitLooseKey).toBe('ke hoach dau tu');
    const ns = normaliseSearchQuery(' 229 / BC ');
    expect(ns).toMatchObject({ numberSymbol: '229/bc', numberSymbolKey: '229/BC', unitKeys: [] });
    expect(normaliseSearchQuery('229/BC - UBND').numberSymbol).toBe('229/bc-ubnd');
    expect(normaliseSearchQuery('Sở KH&ĐT').unitKeys).toContain('so khdt');
    expect(normaliseSearchQuery('skhdt').unitKeys).toContain('skhdt');
    expect(normaliseSearchQuery('Lao động - Thương binh').words).toEqual([
      'lao',
      'dong',
      '-',
      'thuong',
      'binh',
    ]);
    expect(normaliseSearchQuery('50%_x').words).toEqual(['50x']);
  });

  it('finds a unit under its abbreviation: the query keys meet the unit name keys', () => {
    const unit = unitNameKey('Sở Kế hoạch và Đầu tư');
    const keys = new Set([unit, ...unitAcronymKeys(unit)]);
    for (const typed of ['skhdt', 'SKHĐT', 'Sở KH&ĐT', 'so khdt'])
      expect(normaliseSearchQuery(typed).unitKeys.some((k) => keys.has(k))).toBe(true);
    expect(looseUnitKey(unit)).toBe(normaliseSearchQuery('kế hoạch đầu tư').unitLooseKey);
  });
});
