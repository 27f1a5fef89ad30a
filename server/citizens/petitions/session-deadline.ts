import type { Tx } from '../../platform/db/database';
import { addDays } from '../../../shared/dates/local-date';

/** A council session as petition deadlines need it. */
export interface SessionDates {
  id: number;
  councilUnitId: number;
  number: number;
  termNumber: number;
  kind: 'regular' | 'thematic';
  startsOn: string;
  endsOn: string;
}

/** Every council session (a few dozen), for deadlines and report labels. */
export async function loadSessions(q: Tx): Promise<Map<number, SessionDates>> {
  const rows = await q
    .selectFrom('council_sessions as s')
    .innerJoin('council_terms as t', 't.id', 's.term_id')
    .select([
      's.id',
      't.council_unit_id',
      's.number',
      't.number as term_number',
      's.kind',
      's.starts_on',
      's.ends_on',
    ])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        councilUnitId: r.council_unit_id,
        number: r.number,
        termNumber: r.term_number,
        kind: r.kind,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
      },
    ]),
  );
}

/**
 * Session N+1 for a petition of session N: the next regular session of the
 * same council opening after N closes (thematic sessions in between do not
 * hear the UBND's report on voter petitions), in the next term if need be.
 */
export function nextRegularSession(
  sessions: ReadonlyMap<number, SessionDates>,
  sessionId: number,
): SessionDates | null {
  const n = sessions.get(sessionId);
  if (!n) return null;
  let best: SessionDates | null = null;
  for (const s of sessions.values()) {
    if (s.councilUnitId !== n.councilUnitId || s.kind !== 'regular' || s.startsOn <= n.endsOn)
      continue;
    if (!best || s.startsOn < best.startsOn) best = s;
  }
  return best;
}

/**
 * The default deadline of a petition of session N: `daysBefore` calendar days
 * before session N+1 opens (setting voterBusinessLimits.petitionDaysBeforeNextSession,
 * default 1: the day before the opening; 0: the opening day). Null while
 * session N+1 is not recorded yet — the deadline appears once it is.
 */
export function sessionDeadline(
  sessions: ReadonlyMap<number, SessionDates>,
  sessionId: number,
  daysBefore: number,
): string | null {
  const next = nextRegularSession(sessions, sessionId);
  return next ? addDays(next.startsOn, -daysBefore) : null;
}
