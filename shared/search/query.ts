/**
 * The words a person types into the global search (tìm kiếm chung), read the
 * way the stored `search_text` columns are written: folded (viFold: no accents,
 * lower case), a number-symbol kept whole ("229 / BC" → "229/bc"), and the keys
 * under which a unit's name or abbreviation is looked up ("skhdt", "Sở KH&ĐT").
 * Pure and total: any string gives a query, never an exception.
 */
import { symbolKey } from '../documents/symbol';
import { unitAcronymKeys, unitNameKey } from '../extract/unit-keys';
import { viFold } from '../vi/text';

/** A search query as every kind's search reads it. */
export interface SearchQuery {
  /** The folded text, number-symbols joined: "ke hoach dau tu", "229/bc". */
  folded: string;
  /** The folded words, each matched against `search_text` (all must occur). */
  words: string[];
  /**
   * The number-symbol the query starts with ("229/bc", "02/2023/qd-ubnd"), folded; null when
   * the query does not start with a number followed by "/".
   */
  numberSymbol: string | null;
  /** The register's exact key of that number-symbol (`documents.number_symbol_key`), or null. */
  numberSymbolKey: string | null;
  /** Keys a unit's name, short name, ký hiệu code or abbreviation must equal to be meant. */
  unitKeys: string[];
  /** The query as a unit's name without its head word and "và" (looseUnitKey), or null. */
  unitLooseKey: string | null;
}

/** Folds and joins the marks of a number-symbol: "229 / BC - UBND" → "229/bc-ubnd". */
export function foldSearchText(raw: string): string {
  const folded = viFold(
    raw.replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/[\u2044\u2215]/gu, '/'),
  ).replace(/\s*\/\s*/gu, '/');
  // Inside a number-symbol a spaced dash joins groups ("229/BC - UBND"); in words it
  // separates them ("Lao động - Thương binh"), as the stored text keeps it.
  return /^\d+\//u.test(folded) ? folded.replace(/\s*-\s*/gu, '-') : folded;
}

const NUMBER_SYMBOL = /^\d+\/[\p{L}\p{N}/&-]*$/u;

/** Words of a unit's key that do not tell units apart ("và", the head word "sở"). */
const LOOSE_HEADS = /^(?:so|ban|cuc|chi cuc|trung tam|vp|van phong) /u;

/** A unit key without its head word and "va": "so ke hoach va dau tu" → "ke hoach dau tu". */
export function looseUnitKey(key: string): string {
  return key
    .replace(LOOSE_HEADS, '')
    .split(' ')
    .filter((w) => w !== 'va' && w !== '')
    .join(' ');
}

/** Reads the raw query (already length-checked by the use case) into a SearchQuery. */
export function normaliseSearchQuery(raw: string): SearchQuery {
  const folded = foldSearchText(raw);
  const words = [
    ...new Set(
      folded
        .split(' ')
        // LIKE wildcards are not searched for (a folded query rarely holds them).
        .map((w) => w.replace(/[%_\\]/gu, ''))
        .filter((w) => w !== ''),
    ),
  ];
  const first = words[0] ?? '';
  const numberSymbol = words.length === 1 && NUMBER_SYMBOL.test(first) ? first : null;
  const key = unitNameKey(raw);
  const unitKeys =
    key === '' || numberSymbol !== null
      ? []
      : [...new Set([key, key.replace(/\s+/gu, ''), ...unitAcronymKeys(key)])];
  const loose = numberSymbol === null ? looseUnitKey(key) : '';
  return {
    folded,
    words,
    numberSymbol,
    numberSymbolKey: numberSymbol === null ? null : symbolKey(raw),
    unitKeys,
    unitLooseKey: loose.includes(' ') ? loose : null,
  };
}
