import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { authorize, can } from '../access/policy';

/**
 * Who may write a leader's calendar: the office and administrators for every
 * leader of a committee in their scope; a leader for their own calendar only.
 */
export function authorizeCalendarWrite(
  actor: Actor,
  event: { leaderPersonId: number; committeePath: string },
): void {
  const resource = { unitPaths: [event.committeePath] };
  if (can(actor, 'leader_calendar.manage', resource)) return;
  if (actor.kind === 'user' && can(actor, 'leader_calendar.add_own', resource)) {
    if (actor.personId !== event.leaderPersonId) throw new AppError('LEADER_EVENT_NOT_OWN');
    return;
  }
  authorize(actor, 'leader_calendar.manage', resource);
}
