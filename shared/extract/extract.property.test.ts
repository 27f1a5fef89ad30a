import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCitations } from './citations';
import { extractFigures } from './figures';
import { extractTasks } from './tasks';

// Fragments of administrative Vietnamese, so random strings reach the interesting paths.
const FRAGMENTS = [
  'Giao ',
  'Sở Tài chính ',
  'chủ trì, phối hợp với ',
  'UBND các huyện, thị xã, thành phố',
  'yêu cầu ',
  ' trước ngày 5/9/2023',
  ' trong quý III/2023',
  'Nghị quyết số ',
  '11/NQ-CP',
  '17-CTr/TU',
  ' 229 /BC-UBND',
  ' ngày 14 tháng 6 năm 2023',
  ' của Chính phủ',
  'Luật Đất đai',
  '26.677 tỷ đồng',
  'tăng 9,30%',
  '(-0,36%)',
  '22/27 ý kiến',
  '\n1. ',
  '\n- ',
  '\n**B. NHIỆM VỤ**\n',
  ':\n',
  '. ',
  ', ',
  'Số: 12/KH-UBND\n',
];

const adminText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  adminText,
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 1000 }),
);

function spansInside(
  text: string,
  items: ReadonlyArray<{ text: string; start: number; end: number }>,
): void {
  for (const item of items) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(item.start).toBeLessThanOrEqual(item.end);
    expect(text.slice(item.start, item.end)).toBe(item.text);
  }
}

describe('extraction on arbitrary text', () => {
  it('citations: never throws, spans lie in the input, one entry per symbol', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = extractCitations(text);
        spansInside(text, found);
        const symbols = found
          .map((c) => c.number_symbol?.toUpperCase())
          .filter((s) => s !== undefined);
        expect(new Set(symbols).size).toBe(symbols.length);
      }),
    );
  });

  it('figures: never throws, spans lie in the input, values are finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = extractFigures(text);
        spansInside(text, found);
        for (const f of found) expect(Number.isFinite(f.value)).toBe(true);
      }),
    );
  });

  it('tasks: never throws, spans lie in the input and do not overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = extractTasks(text);
        spansInside(text, found);
        for (let i = 1; i < found.length; i++) {
          expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
        }
      }),
    );
  });
});
