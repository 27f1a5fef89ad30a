import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { searchPeople } from '../organisation/people';
import { getUnit, type UnitRow } from '../organisation/unit-queries';

/** A Chủ tịch or Phó Chủ tịch of the provincial People's Committee (UBND tỉnh) on a date. */
export interface CommitteeLeader {
  personId: number;
  fullName: string;
  /** The position's title (`Chủ tịch UBND tỉnh`, `Phó Chủ tịch UBND tỉnh`). */
  title: string;
  rank: 'head' | 'deputy';
  committee: UnitRow;
}

/** A person given by id or by a name matching exactly one person. */
export async function resolvePersonRef(
  q: Tx,
  ref: number | string,
  field: string,
): Promise<{ id: number; fullName: string }> {
  if (typeof ref === 'number') {
    const p = await q
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('id', '=', ref)
      .executeTakeFirst();
    if (!p) throw new AppError('UNKNOWN_PERSON', { field, params: { value: ref } });
    return { id: p.id, fullName: p.full_name };
  }
  const found = await searchPeople(q, ref, 2);
  if (found.length !== 1 || !found[0])
    throw new AppError('UNKNOWN_PERSON', { field, params: { value: ref } });
  return { id: found[0].id, fullName: found[0].fullName };
}

/**
 * The person as Chủ tịch (head) or Phó Chủ tịch (deputy) of a UBND tỉnh on
 * `asOf`, from the positions registry; LEADER_NOT_COMMITTEE_LEADER naming
 * `field` otherwise. A head position wins over a deputy one.
 */
export async function resolveCommitteeLeader(
  q: Tx,
  ref: number | string,
  opts: { asOf: string; field: string },
): Promise<CommitteeLeader> {
  const person = await resolvePersonRef(q, ref, opts.field);
  const positions = await q
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.unit_id', 'p.title', 'p.rank'])
    .where('p.person_id', '=', person.id)
    .where('p.rank', 'in', ['head', 'deputy'])
    .where('u.kind', '=', 'provincial_committee')
    .where('p.valid_from', '<=', opts.asOf)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', opts.asOf)]))
    .orderBy('p.rank', 'desc') // 'head' before 'deputy'
    .orderBy('p.id')
    .execute();
  const position = positions[0];
  const committee = position ? await getUnit(q, position.unit_id, opts.asOf) : undefined;
  if (!position || !committee || (position.rank !== 'head' && position.rank !== 'deputy')) {
    throw new AppError('LEADER_NOT_COMMITTEE_LEADER', {
      field: opts.field,
      params: { name: person.fullName, date: opts.asOf },
    });
  }
  return {
    personId: person.id,
    fullName: person.fullName,
    title: position.title,
    rank: position.rank,
    committee,
  };
}
