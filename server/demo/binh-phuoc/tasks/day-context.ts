import type { AppContext } from '../../../platform/context';
import type { Actor } from '../../../platform/actor';
import type { Clock } from '../../../platform/clock';

/** The hour (province time) at which the demo's dated actions happen. */
const DEMO_HOUR = '09:00:00+07:00';

/**
 * The context of a use-case call dated `date` in the demo's past: the same
 * database (and transaction) as `ctx`, with the product clock and the audit
 * clock standing at 9:00 that day. Use cases date what they record from the
 * clock (an extension decision, an urging, a read receipt), so this is how
 * the generator replays the first half of 2023 through them.
 */
export function onDay(ctx: AppContext, date: string): AppContext {
  const at = new Date(`${date}T${DEMO_HOUR}`);
  // A fixed clock; its local date is known, which spares an Intl formatter per today() call.
  const clock: Clock = {
    source: 'env',
    timeZone: ctx.clock.timeZone,
    now: () => new Date(at.getTime()),
    today: () => date,
  };
  return { ...ctx, clock, systemNow: () => new Date(at.getTime()) };
}

/** An actor of the generated history, named as the timeline shows it (a unit or a leader). */
export function demoActor(name: string): Actor {
  return { kind: 'system', name };
}
