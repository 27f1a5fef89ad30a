import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approximateCount, citeDocument, countList, paddedCount, reachedPercent, yearOnYearPhrase } from './phrases';

describe('report phrases', () => {
  it.each([
    [5, '5'],
    [60, '60'],
    [200, '200'],
    [1000, '1.000'],
    [2537, 'hơn 2.500'],
    [163, 'hơn 160'],
    [12345, 'hơn 12.000'],
  ])('%i → %s', (n, text) => {
    expect(approximateCount(n)).toBe(text);
  });

  it('never states more than the count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const text = approximateCount(n);
        const stated = Number(text.replace('hơn ', '').replace(/\./g, ''));
        expect(stated <= n).toBe(true);
        expect(text.startsWith('hơn ')).toBe(stated < n);
      }),
    );
  });

  it('lists the seed\'s counts', () => {
    expect(
      countList([
        { count: 30, noun: 'quyết định quy phạm pháp luật' },
        { count: 5, noun: 'chỉ thị' },
        { count: 1000, noun: 'quyết định cá biệt' },
        { count: 200, noun: 'kế hoạch' },
        { count: 60, noun: 'tờ trình' },
        { count: 2537, noun: 'văn bản điều hành khác', approximate: true },
      ]),
    ).toBe('30 quyết định quy phạm pháp luật, 5 chỉ thị, 1.000 quyết định cá biệt, 200 kế hoạch, 60 tờ trình, hơn 2.500 văn bản điều hành khác');
    expect(paddedCount(2)).toBe('02');
    expect(paddedCount(45)).toBe('45');
  });

  it('cites documents in full the first time', () => {
    const nq = { typeName: 'Nghị quyết', numberSymbol: '11/NQ-CP', issueDate: '2022-01-30', issuer: 'Chính phủ' };
    expect(citeDocument(nq, { first: true })).toBe('Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ');
    expect(citeDocument(nq, { first: false })).toBe('Nghị quyết số 11/NQ-CP');
    expect(citeDocument({ typeName: 'Tờ trình', numberSymbol: '40/TTr-UBND', issueDate: '2023-05-17', issuer: null }, { first: true })).toBe('Tờ trình số 40/TTr-UBND ngày 17/5/2023');
    expect(citeDocument({ typeName: 'Luật', numberSymbol: null, issueDate: null, issuer: null, title: 'Luật Tổ chức chính quyền địa phương' }, { first: true })).toBe('Luật Tổ chức chính quyền địa phương');
  });

  it('states rates and changes', () => {
    expect(reachedPercent(28.634, 'kế hoạch')).toBe('đạt 28,63% kế hoạch');
    expect(reachedPercent(null, 'kế hoạch')).toBeNull();
    expect(yearOnYearPhrase(-2.42)).toBe('giảm 2,42% so với cùng kỳ');
    expect(yearOnYearPhrase(9.3)).toBe('tăng 9,3% so với cùng kỳ');
    expect(yearOnYearPhrase(0)).toBe('bằng cùng kỳ');
  });
});
