/**
 * The units a search query names: by name, short name, ký hiệu code or the abbreviations of
 * ND 30 practice ("skhdt", "Sở KH&ĐT" → Sở Kế hoạch và Đầu tư), with the keys of
 * shared/extract/unit-keys.ts the extraction's registry also uses, or by the name without its
 * head word and "và" ("kế hoạch đầu tư"). Resolution only: each kind applies its own scope.
 */
import type { Tx } from '../platform/db/database';
import { listUnitsOn } from '../organisation/unit-queries';
import { unitAcronymKeys, unitNameKey } from '../../shared/extract/unit-keys';
import { looseUnitKey, type SearchQuery } from '../../shared/search/query';

/** The units meant by a query and the names of every unit on `today`. */
export async function resolveUnits(
  q: Tx,
  query: SearchQuery,
  today: string,
): Promise<{ unitIds: number[]; unitNames: Map<number, string> }> {
  const units = await listUnitsOn(q, { asOf: today });
  // The provinces' names, folded once (unitNameKey would fold them again for every name).
  const provinceSuffixes = units
    .filter((u) => u.kind === 'province')
    .map((u) => ` ${unitNameKey(u.name).replace(/^tinh\s+/u, '')}`);
  const keyOf = (name: string) => {
    let key = unitNameKey(name);
    const suffix = provinceSuffixes.find((p) => p !== ' ' && key.endsWith(p));
    if (suffix) key = key.slice(0, -suffix.length);
    return key.replace(/\s+tinh$/u, '').trim();
  };
  const wanted = new Set(query.unitKeys);
  const unitIds: number[] = [];
  for (const u of units) {
    if (u.kind === 'province' || u.kind === 'national_root') continue;
    const keys = [...new Set([u.name, u.shortName].map(keyOf))];
    const all = [
      ...keys,
      ...keys.flatMap((k) => unitAcronymKeys(k)),
      ...(u.symbolCode ? [unitNameKey(u.symbolCode)] : []),
    ];
    const named = all.some((k) => wanted.has(k) || wanted.has(k.replace(/\s+/gu, '')));
    const loose =
      query.unitLooseKey !== null && keys.some((k) => looseUnitKey(k) === query.unitLooseKey);
    if (named || loose) unitIds.push(u.id);
  }
  return { unitIds, unitNames: new Map(units.map((u) => [u.id, u.name])) };
}
