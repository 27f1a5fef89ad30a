/**
 * Keys under which a body's name is looked up in the organisation registry, tolerant of the
 * ways directives write it: without diacritics, with "UBND" for "Ủy ban nhân dân", with the
 * abbreviations of ND 30 practice ("Sở KH&ĐT", "Sở LĐ-TB&XH", "SKHĐT"), with or without the
 * province's name. Pure: the server builds its index with the same functions it looks up with.
 */
import { viFold } from '../vi/text';

/** Heads of a title that addresses the body through its head ("Giám đốc Sở Y tế"). */
const HEAD_TITLES =
  /^(?:dong chi |d\/c )?(?:pho )?(?:giam doc|chu tich|thu truong|chanh van phong|chanh thanh tra|truong ban|chi huy truong|chanh an|vien truong|tong giam doc|bi thu|truong)\s+(?=\S)/u;

/** The folded, punctuation-free form of a name: "Sở KH&ĐT tỉnh" → "so khdt". */
export function unitNameKey(name: string, provinceNames: readonly string[] = []): string {
  let s = viFold(name)
    .replace(/uy ban nhan dan/gu, 'ubnd')
    .replace(/hoi dong nhan dan/gu, 'hdnd')
    .replace(/van phong ubnd/gu, 'vp ubnd')
    .replace(/\b(?:thanh pho|tp)\.?\s/gu, 'tp ')
    .replace(/\bthi xa\s/gu, 'tx ')
    // "KH&ĐT", "LĐ-TB&XH": the marks join the letters of one abbreviation.
    .replace(/(?<=\p{L})\s?[&-]\s?(?=\p{L})/gu, (m) =>
      m.trim() === '-' && m.length > 1 ? ' ' : '',
    )
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  s = s.replace(HEAD_TITLES, '');
  for (const p of provinceNames) {
    const folded = viFold(p).replace(/^tinh\s+/u, '');
    if (folded !== '' && s.endsWith(` ${folded}`)) s = s.slice(0, -folded.length - 1);
  }
  return s.replace(/\s+tinh$/u, '').trim();
}

const HEAD_WORDS = ['so', 'ban', 'vp', 'ubnd', 'hdnd', 'cuc', 'chi cuc', 'trung tam', 'bo'];

/**
 * Abbreviated keys of a full name: "so ke hoach va dau tu" → "so khdt" and "skhdt";
 * "so lao dong thuong binh va xa hoi" → "so ldtbxh". Empty for a name of one word after its head.
 */
export function unitAcronymKeys(key: string): string[] {
  const head = HEAD_WORDS.find((h) => key.startsWith(`${h} `));
  if (!head) return [];
  const words = key
    .slice(head.length + 1)
    .split(' ')
    .filter((w) => w !== 'va' && w !== '');
  if (words.length < 2) return [];
  const initials = words.map((w) => w[0] ?? '').join('');
  const headInitials = head
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');
  return [`${head} ${initials}`, `${headInitials}${initials}`];
}

/** Groups of units a directive addresses together, and the unit kinds they expand to. */
export type UnitGroup = 'districts' | 'communes' | 'agencies';

/** The group a name addresses ("UBND các huyện, thị xã, thành phố", "các sở, ban, ngành"), or null. */
export function unitGroupOf(name: string): UnitGroup | null {
  const f = viFold(name).replace(/uy ban nhan dan/gu, 'ubnd');
  if (/\bcac (?:huyen|thi xa|thanh pho)\b|\bubnd cap huyen\b|cac dia phuong cap huyen/u.test(f))
    return 'districts';
  if (/\bcac (?:xa|phuong|thi tran)\b|\bubnd cap xa\b/u.test(f)) return 'communes';
  if (
    /^(?:giam doc |thu truong )?cac so(?:,| |$)|^cac so ban nganh|^cac co quan chuyen mon/u.test(f)
  )
    return 'agencies';
  return null;
}
