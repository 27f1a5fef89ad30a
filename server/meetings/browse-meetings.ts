import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { localDateSchema, parseInput } from '../platform/validation';
import { authorize, scopePathOf } from '../access/policy';
import { loadMeetingFor, meetingInScope } from './meeting-access';
import {
  getMeetingView,
  toMeetingSummaries,
  type MeetingSummary,
  type MeetingView,
} from './meeting-view';

/** Filters of the meeting list (all optional). */
export const browseMeetingsInput = z
  .object({
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    status: z.enum(['draft', 'issued']).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** Meetings the actor may see (convened in its scope, or attended by a unit in it), latest first. */
export async function browseMeetings(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof browseMeetingsInput> },
): Promise<{ items: MeetingSummary[] }> {
  const f = parseInput(browseMeetingsInput, input);
  authorize(actor, 'meeting.read');
  let q = ctx.db.q.selectFrom('meetings').selectAll('meetings');
  const scope = scopePathOf(actor);
  if (scope) q = q.where(meetingInScope(scope));
  if (f.from) q = q.where('meetings.meeting_date', '>=', f.from);
  if (f.to) q = q.where('meetings.meeting_date', '<=', f.to);
  if (f.status) q = q.where('meetings.status', '=', f.status);
  const rows = await q
    .orderBy('meetings.meeting_date', 'desc')
    .orderBy('meetings.id', 'desc')
    .limit(f.limit)
    .execute();
  return { items: await toMeetingSummaries(ctx.db.q, rows) };
}

/** One meeting with its agenda, conclusions and notice. */
export async function showMeeting(
  ctx: AppContext,
  { actor, meetingId }: { actor: Actor; meetingId: number },
): Promise<MeetingView> {
  await loadMeetingFor(ctx.db.q, actor, meetingId, 'meeting.read');
  return getMeetingView(ctx.db.q, meetingId, ctx.clock.timeZone);
}
