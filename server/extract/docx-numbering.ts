import type { Element } from '@xmldom/xmldom';

/**
 * The printed labels of numbered paragraphs in a DOCX ("1.", "1.2.", "a)",
 * "II.", "-"), computed from `word/numbering.xml` as Word prints them: a
 * paragraph's `w:numPr` (numId, ilvl) points to a `w:num`, which points to an
 * abstract list whose level gives the start value, the number format and the
 * label text with `%1`…`%9` placeholders. Counters are kept per numId and
 * level; a paragraph resets the counters of the deeper levels.
 */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The `w:`-namespaced children of `el` named `local`. */
export function wChildren(el: Element | null | undefined, local: string): Element[] {
  if (!el) return [];
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === local && (n as Element).namespaceURI === W)
      out.push(n as Element);
  }
  return out;
}
export const wChild = (el: Element | null | undefined, local: string): Element | null =>
  wChildren(el, local)[0] ?? null;
export const wAttr = (el: Element | null | undefined, name: string): string | null =>
  el ? el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null : null;

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every placeholder in decimal. */
  legal: boolean;
  /** The level whose appearance restarts this one (0 = never); null = any higher level. */
  restart: number | null;
}

interface Num {
  levels: Map<number, Level>;
}

function readLevel(lvl: Element, base?: Level): Level {
  const start = wAttr(wChild(lvl, 'start'), 'val');
  const restart = wAttr(wChild(lvl, 'lvlRestart'), 'val');
  const legal = wChild(lvl, 'isLgl');
  return {
    start: start !== null && /^\d+$/.test(start) ? Number(start) : (base?.start ?? 1),
    format: wAttr(wChild(lvl, 'numFmt'), 'val') ?? base?.format ?? 'decimal',
    text: wAttr(wChild(lvl, 'lvlText'), 'val') ?? base?.text ?? '',
    legal: legal
      ? wAttr(legal, 'val') !== '0' && wAttr(legal, 'val') !== 'false'
      : (base?.legal ?? false),
    restart: restart !== null && /^\d+$/.test(restart) ? Number(restart) : (base?.restart ?? null),
  };
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated). */
function letter(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** `n` written in a `w:numFmt`; formats without a rule here are written in decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return n >= 1 ? roman(n) : String(n);
    case 'upperRoman':
      return n >= 1 ? roman(n).toUpperCase() : String(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Computes list labels paragraph by paragraph, in document order. */
export class ListLabeler {
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(numbering: Element | null) {
    if (!numbering) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abs of wChildren(numbering, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of wChildren(abs, 'lvl'))
        levels.set(Number(wAttr(lvl, 'ilvl') ?? 0), readLevel(lvl));
      abstracts.set(wAttr(abs, 'abstractNumId') ?? '', levels);
    }
    for (const num of wChildren(numbering, 'num')) {
      const abstractId = wAttr(wChild(num, 'abstractNumId'), 'val') ?? '';
      const levels = new Map(abstracts.get(abstractId) ?? []);
      for (const override of wChildren(num, 'lvlOverride')) {
        const ilvl = Number(wAttr(override, 'ilvl') ?? 0);
        const lvl = wChild(override, 'lvl');
        let level = levels.get(ilvl);
        if (lvl) level = readLevel(lvl, level);
        const start = wAttr(wChild(override, 'startOverride'), 'val');
        if (level && start !== null && /^\d+$/.test(start))
          level = { ...level, start: Number(start) };
        if (level) levels.set(ilvl, level);
      }
      this.nums.set(wAttr(num, 'numId') ?? '', { levels });
    }
  }

  /** The printed label of the next paragraph of list `numId` at level `ilvl`, or null. */
  next(numId: string, ilvl: number): string | null {
    const num = this.nums.get(numId);
    const level = num?.levels.get(ilvl);
    if (!num || !level) return null;
    let counts = this.counters.get(numId);
    if (!counts) {
      counts = [];
      this.counters.set(numId, counts);
    }
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = num.levels.get(deeper)?.restart ?? null;
      // lvlRestart names the (1-based) level that restarts this one; 0 never restarts.
      if (restart === 0 || (restart !== null && restart - 1 < ilvl)) continue;
      counts[deeper] = undefined;
    }
    if (level.format === 'bullet') return '-';
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const lv = num.levels.get(k);
      const value = counts[k] ?? lv?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (lv?.format ?? 'decimal'));
    });
    return label.trim() === '' ? null : label.trim();
  }
}
