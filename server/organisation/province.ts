import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { listUnitsOn, type UnitRow } from './unit-queries';

/**
 * The province the CLI and the web default to: the `defaultProvinceCode`
 * setting, else the only province in the database.
 */
export async function defaultProvince(q: Tx, asOf: string): Promise<UnitRow> {
  const code = await getSetting(q, 'defaultProvinceCode');
  const provinces = await listUnitsOn(q, { asOf, kinds: ['province'], includeEnded: true });
  const chosen = code
    ? provinces.find((p) => p.code === code)
    : provinces.length === 1
      ? provinces[0]
      : undefined;
  if (!chosen) {
    throw new AppError('UNKNOWN_UNIT', {
      field: 'province',
      params: { value: code ?? '(chưa chọn tỉnh mặc định)', date: asOf },
    });
  }
  return chosen;
}

/** The People's Committee (UBND) of the default province. */
export async function defaultProvincialCommittee(q: Tx, asOf: string): Promise<UnitRow> {
  const province = await defaultProvince(q, asOf);
  const [committee] = await listUnitsOn(q, {
    asOf,
    underPath: province.path,
    kinds: ['provincial_committee'],
    includeEnded: true,
  });
  if (!committee) {
    throw new AppError('UNKNOWN_UNIT', {
      field: 'issuer',
      params: { value: `UBND ${province.name}`, date: asOf },
    });
  }
  return committee;
}
