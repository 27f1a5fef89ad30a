/**
 * Read receipts of the demo's urgings (đôn đốc): the demo users of the Sở Kế
 * hoạch và Đầu tư and the Sở Tài chính read most urgings sent to their unit
 * a working day or two later. Runs after the demo users exist
 * (create-demo.ts), through markUrgingRead, each dated on its day.
 */
import type { AppContext } from '../../../platform/context';
import { actorForUser } from '../../../access/user-queries';
import { loadWorkingCalendar } from '../../../calendar/load-working-calendar';
import { markUrgingRead } from '../../../tasks/urge';
import { minDate } from '../../../../shared/dates/local-date';
import { createRng } from '../random';
import { onDay } from './day-context';
import { LAST_EVENT_DAY } from './plan';

/** Which demo users read the urgings of which unit (demo-users.ts), the leader first. */
const READERS: ReadonlyArray<{ unit: string; users: readonly string[] }> = [
  { unit: 'BP.SKHDT', users: ['skhdt', 'skhdt.cv'] },
  { unit: 'BP.STC', users: ['stc'] },
];

/** Records the read receipts; returns how many. */
export async function seedUrgingReads(ctx: AppContext): Promise<number> {
  const rng = createRng('binh-phuoc-2023/urging-reads');
  const cal = await loadWorkingCalendar(ctx.db.q);
  let count = 0;
  for (const r of READERS) {
    const actors = [];
    for (const username of r.users) {
      const user = await ctx.db.q
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      const actor = await actorForUser(ctx.db.q, user.id, 'session');
      if (!actor) throw new Error(`demo user ${username} cannot act`);
      actors.push(actor);
    }
    const urgings = await ctx.db.q
      .selectFrom('task_urgings as g')
      .innerJoin('task_assignments as a', 'a.id', 'g.assignment_id')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['g.id', 'g.sent_on'])
      .where('u.code', '=', r.unit)
      .orderBy('g.id')
      .execute();
    for (const u of urgings) {
      // Most are read; the latest ones may still be waiting.
      for (const [i, actor] of actors.entries()) {
        if (!rng.chance(i === 0 ? 0.8 : 0.4)) continue;
        const on = minDate(cal.addWorkingDays(u.sent_on, rng.int(0, 2)), LAST_EVENT_DAY);
        await markUrgingRead(onDay(ctx, on), { actor, urgingId: u.id });
        count += 1;
      }
    }
  }
  return count;
}
