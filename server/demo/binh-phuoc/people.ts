import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { appointPosition, createPerson } from '../../organisation/people';
import type { PositionRank } from '../../organisation/tables';
import type { Rng } from './random';
import { AGENCIES, DISTRICTS } from './units-data';
import {
  CHAIR_FIELDS,
  CHAIR_NAME,
  COUNCIL_CHAIR_NAME,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  OFFICE_CHIEF_NAME,
  PARTY_SECRETARY_NAME,
  RESERVED_NAMES,
  VICE_CHAIRS,
} from './names-data';

/** Domains a Vice-Chair is in charge of; document templates route to them. */
export type ViceDomain = (typeof VICE_CHAIRS)[number]['domain'];

/** A person who signs or is named in the demo's documents. */
export interface Official {
  id: number;
  name: string;
}

/** The leaders the document generator needs. */
export interface Leaders {
  chair: Official;
  vice: Record<ViceDomain, Official>;
  officeChief: Official;
  /** Head of each agency, by agency key. */
  directors: ReadonlyMap<string, Official>;
  /** Chair of each district-level UBND, by district key. */
  districtChairs: ReadonlyMap<string, Official>;
}

/** Provincial leaders are elected at the first session of khóa X (28–29/6/2021). */
const LEADERS_FROM = '2021-06-29';
/** Agency and district heads: appointed or confirmed after the new term began. */
const HEADS_FROM = '2021-07-01';

/** Invents distinct names, deterministically, avoiding the reserved (real) ones. */
export function nameGenerator(rng: Rng, taken: Iterable<string>): () => string {
  const used = new Set<string>([...RESERVED_NAMES, ...taken]);
  return () => {
    for (;;) {
      const gender = rng.chance(0.3) ? 'female' : 'male';
      const name = `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES[gender])} ${rng.pick(GIVEN_NAMES[gender])}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/**
 * Creates the people and their positions through createPerson and
 * appointPosition: the Chair (the only real name), four Vice-Chairs with
 * their fields of charge, the head of every agency (the Chánh Văn phòng
 * heads the Văn phòng UBND), the Chair of every district, the Bí thư Tỉnh ủy
 * and the Chủ tịch HĐND tỉnh.
 */
export async function seedPeople(
  ctx: AppContext,
  rng: Rng,
): Promise<{ leaders: Leaders; count: number }> {
  let count = 0;
  const appoint = async (
    name: string,
    unit: string,
    title: string,
    rank: PositionRank,
    validFrom: string,
    fieldsOfCharge: readonly string[] = [],
  ): Promise<Official> => {
    const person = await createPerson(ctx, { actor: SYSTEM_ACTOR, input: { fullName: name } });
    await appointPosition(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        personId: person.id,
        unit,
        title,
        rank,
        fieldsOfCharge: [...fieldsOfCharge],
        validFrom,
      },
    });
    count += 1;
    return { id: person.id, name: person.fullName };
  };

  const chair = await appoint(
    CHAIR_NAME,
    'BP.UBND',
    'Chủ tịch UBND tỉnh',
    'head',
    LEADERS_FROM,
    CHAIR_FIELDS,
  );
  const vice = {} as Record<ViceDomain, Official>;
  for (const v of VICE_CHAIRS) {
    vice[v.domain] = await appoint(
      v.name,
      'BP.UBND',
      'Phó Chủ tịch UBND tỉnh',
      'deputy',
      LEADERS_FROM,
      v.fields,
    );
  }
  await appoint(PARTY_SECRETARY_NAME, 'BP.TU', 'Bí thư Tỉnh ủy', 'head', '2021-01-01');
  await appoint(COUNCIL_CHAIR_NAME, 'BP.HDND', 'Chủ tịch HĐND tỉnh', 'head', '2021-06-28');

  const fixedNames = [CHAIR_NAME, PARTY_SECRETARY_NAME, COUNCIL_CHAIR_NAME, OFFICE_CHIEF_NAME];
  const invent = nameGenerator(rng, [...fixedNames, ...VICE_CHAIRS.map((v) => v.name)]);
  const directors = new Map<string, Official>();
  let officeChief: Official | undefined;
  for (const a of AGENCIES) {
    const name = a.key === 'VPUBND' ? OFFICE_CHIEF_NAME : invent();
    const head = await appoint(name, `BP.${a.key}`, a.headTitle, 'head', HEADS_FROM);
    directors.set(a.key, head);
    if (a.key === 'VPUBND') officeChief = head;
  }
  if (!officeChief) throw new Error('the Văn phòng UBND tỉnh is missing from the agency list');
  const districtChairs = new Map<string, Official>();
  for (const d of DISTRICTS) {
    districtChairs.set(
      d.key,
      await appoint(invent(), `BP.${d.key}`, 'Chủ tịch UBND', 'head', HEADS_FROM),
    );
  }
  return { leaders: { chair, vice, officeChief, directors, districtChairs }, count };
}
