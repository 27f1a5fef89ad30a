import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { createCouncilSession, createCouncilTerm } from '../../organisation/council';

/** A session of the HĐND tỉnh, khóa X (illustrative dates on working days). */
export interface SessionSpec {
  number: number;
  kind: 'regular' | 'thematic';
  startsOn: string;
  endsOn: string;
}

/**
 * Khóa X (2021–2026): two regular sessions a year (mid-year, year-end) and
 * thematic sessions in between. The 11th, 12–14/7/2023, is the session the
 * seed report 229/BC-UBND serves.
 */
export const SESSIONS: readonly SessionSpec[] = [
  { number: 1, kind: 'regular', startsOn: '2021-06-28', endsOn: '2021-06-29' },
  { number: 2, kind: 'thematic', startsOn: '2021-08-19', endsOn: '2021-08-19' },
  { number: 3, kind: 'regular', startsOn: '2021-12-08', endsOn: '2021-12-10' },
  { number: 4, kind: 'thematic', startsOn: '2022-04-14', endsOn: '2022-04-14' },
  { number: 5, kind: 'regular', startsOn: '2022-07-13', endsOn: '2022-07-15' },
  { number: 6, kind: 'thematic', startsOn: '2022-09-29', endsOn: '2022-09-29' },
  { number: 7, kind: 'regular', startsOn: '2022-12-07', endsOn: '2022-12-09' },
  { number: 8, kind: 'thematic', startsOn: '2023-02-22', endsOn: '2023-02-22' },
  { number: 9, kind: 'thematic', startsOn: '2023-04-20', endsOn: '2023-04-20' },
  { number: 10, kind: 'thematic', startsOn: '2023-06-08', endsOn: '2023-06-08' },
  { number: 11, kind: 'regular', startsOn: '2023-07-12', endsOn: '2023-07-14' },
];

/** Records khóa X of the HĐND tỉnh and its eleven sessions; returns how many sessions. */
export async function seedCouncil(ctx: AppContext): Promise<number> {
  const term = await createCouncilTerm(ctx, {
    actor: SYSTEM_ACTOR,
    input: { council: 'BP.HDND', number: 10, startYear: 2021, endYear: 2026 },
  });
  for (const s of SESSIONS) {
    await createCouncilSession(ctx, { actor: SYSTEM_ACTOR, input: { termId: term.id, ...s } });
  }
  return SESSIONS.length;
}
