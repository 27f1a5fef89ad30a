/**
 * The organisation registry as a directive's names are looked up in it: every unit of the
 * province existing on the document's date under its name, short name, ký hiệu code and
 * abbreviations (shared/extract/unit-keys.ts), and the groups "UBND các huyện, thị xã,
 * thành phố", "UBND các xã…", "các sở, ban, ngành" expanded to their units.
 */
import type { Tx } from '../platform/db/database';
import { listUnitsOn, type UnitRow } from '../organisation/unit-queries';
import type { UnitKind } from '../organisation/tables';
import {
  unitAcronymKeys,
  unitGroupOf,
  unitNameKey,
  type UnitGroup,
} from '../../shared/extract/unit-keys';

/** What a name in the text resolves to. */
export type UnitMatch =
  | { kind: 'unit'; unit: UnitRow }
  | { kind: 'group'; group: UnitGroup; units: UnitRow[] }
  | { kind: 'ambiguous'; candidates: UnitRow[] }
  | { kind: 'none' };

const GROUP_KINDS: Record<UnitGroup, UnitKind> = {
  districts: 'district_committee',
  communes: 'commune_committee',
  agencies: 'agency',
};

export interface UnitIndex {
  match(name: string): UnitMatch;
}

/** Builds the index of the province's units on `asOf`. */
export async function loadUnitIndex(
  q: Tx,
  opts: { asOf: string; province: UnitRow },
): Promise<UnitIndex> {
  const units = await listUnitsOn(q, { asOf: opts.asOf, underPath: opts.province.path });
  const provinceNames = [opts.province.name];
  const exact = new Map<string, UnitRow[]>();
  const abbreviated = new Map<string, UnitRow[]>();
  const add = (map: Map<string, UnitRow[]>, key: string, u: UnitRow): void => {
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.some((x) => x.id === u.id)) list.push(u);
    map.set(key, list);
  };
  for (const u of units) {
    if (u.kind === 'province') continue;
    const keys = [u.name, u.shortName].map((n) => unitNameKey(n, provinceNames));
    for (const k of keys) add(exact, k, u);
    if (u.symbolCode) add(abbreviated, unitNameKey(u.symbolCode), u);
    for (const k of keys) for (const a of unitAcronymKeys(k)) add(abbreviated, a, u);
  }
  const byKind = (kind: UnitKind) => units.filter((u) => u.kind === kind);

  return {
    match(name: string): UnitMatch {
      const group = unitGroupOf(name);
      if (group) {
        const members = byKind(GROUP_KINDS[group]);
        return members.length > 0 ? { kind: 'group', group, units: members } : { kind: 'none' };
      }
      const key = unitNameKey(name, provinceNames);
      const found =
        exact.get(key) ?? abbreviated.get(key) ?? abbreviated.get(key.replace(/\s+/gu, ''));
      if (!found || found.length === 0) {
        // "UBND tỉnh", "Văn phòng UBND tỉnh" lose "tỉnh" in their key; a bare province name is the UBND.
        return { kind: 'none' };
      }
      if (found.length === 1 && found[0]) return { kind: 'unit', unit: found[0] };
      return { kind: 'ambiguous', candidates: found };
    },
  };
}
