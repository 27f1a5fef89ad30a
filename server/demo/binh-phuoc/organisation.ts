import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { createUnit } from '../../organisation/create-unit';
import { renameUnit } from '../../organisation/rename-unit';
import {
  AGENCIES,
  CENTRAL_UNITS,
  CHON_THANH_AS_DISTRICT,
  CHON_THANH_COMMUNES,
  CHON_THANH_TOWN_FROM,
  DISTRICTS,
  LOCAL_VALID_FROM,
  PROVINCE_UNITS,
  WORKING_GROUPS,
  type UnitSpec,
} from './units-data';

/** Unit ids by code, as created. */
export type UnitIds = ReadonlyMap<string, number>;

/** The unit specs in creation order (parents before children), with the names valid when created. */
export function organisationSpecs(): UnitSpec[] {
  const agencies: UnitSpec[] = AGENCIES.map((a) => ({
    code: `BP.${a.key}`,
    kind: 'agency',
    parent: 'BP.UBND',
    name: a.name,
    shortName: a.shortName,
    symbolCode: a.symbolCode,
    validFrom: LOCAL_VALID_FROM,
  }));
  const districts: UnitSpec[] = DISTRICTS.map((d) => ({
    code: `BP.${d.key}`,
    kind: 'district_committee',
    parent: 'BP.UBND',
    // Chơn Thành starts as a huyện and is renamed below.
    name: d.key === 'CHONTHANH' ? CHON_THANH_AS_DISTRICT.name : `UBND ${d.place}`,
    shortName: d.key === 'CHONTHANH' ? CHON_THANH_AS_DISTRICT.shortName : d.shortName,
    symbolCode: 'UBND',
    validFrom: LOCAL_VALID_FROM,
  }));
  const communes: UnitSpec[] = CHON_THANH_COMMUNES.map((c) => ({
    code: `BP.CHONTHANH.${c.key}`,
    kind: 'commune_committee',
    parent: 'BP.CHONTHANH',
    name: c.formerName ?? c.name,
    symbolCode: 'UBND',
    validFrom: c.formerName || c.name.includes(' xã ') ? LOCAL_VALID_FROM : CHON_THANH_TOWN_FROM,
  }));
  return [
    ...CENTRAL_UNITS,
    ...PROVINCE_UNITS,
    ...agencies,
    ...districts,
    ...communes,
    ...WORKING_GROUPS,
  ];
}

/**
 * Creates the organisation through the createUnit and renameUnit use cases:
 * Trung ương, the province with its bodies, agencies, districts, the
 * communes of Chơn Thành and two working groups. Chơn Thành and four of its
 * communes are renamed from 1/10/2022, which shows effective-dated names.
 */
export async function seedOrganisation(ctx: AppContext): Promise<UnitIds> {
  const ids = new Map<string, number>();
  const specs = organisationSpecs();
  for (const [index, spec] of specs.entries()) {
    const unit = await createUnit(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        code: spec.code,
        kind: spec.kind,
        parent: spec.parent === null ? null : idOf(ids, spec.parent),
        name: spec.name,
        ...(spec.shortName ? { shortName: spec.shortName } : {}),
        ...(spec.symbolCode ? { symbolCode: spec.symbolCode } : {}),
        validFrom: spec.validFrom,
        sortOrder: index,
      },
    });
    ids.set(spec.code, unit.id);
  }
  const chonThanh = DISTRICTS.find((d) => d.key === 'CHONTHANH');
  if (!chonThanh) throw new Error('Chơn Thành missing from the district list');
  await renameUnit(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      unitId: idOf(ids, 'BP.CHONTHANH'),
      from: CHON_THANH_TOWN_FROM,
      name: `UBND ${chonThanh.place}`,
      shortName: chonThanh.shortName,
    },
  });
  for (const c of CHON_THANH_COMMUNES) {
    if (!c.formerName) continue;
    await renameUnit(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        unitId: idOf(ids, `BP.CHONTHANH.${c.key}`),
        from: CHON_THANH_TOWN_FROM,
        name: c.name,
      },
    });
  }
  return ids;
}

/** The id of a created unit; throws on a code the seed never created (a bug in the data). */
export function idOf(ids: UnitIds, code: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`demo unit ${code} not created`);
  return id;
}
