/**
 * What happens to a generated task between its assignment and 10/7/2023
 * (pure): completed on time or late, still open within its deadline or
 * overdue, with progress reports, extension requests and urgings that fit
 * the outcome. The mix is the realistic one of a provincial UBND's tracking
 * table: about seven in ten done (most on time), one in ten overdue.
 */
import type { WorkingCalendar } from '../../../../shared/calendar/working-days';
import { addDays, maxDate, minDate } from '../../../../shared/dates/local-date';
import type { UrgingKind } from '../../../tasks/tables';
import type { Rng } from '../random';
import { workingDays } from '../schedule';
import { DEMO_TODAY, LAST_EVENT_DAY, quietTimeline, type Timeline } from './plan';
import {
  APPROVAL_NOTE,
  extensionReason,
  progressNarrative,
  REFUSAL_NOTE,
  reopenReason,
  urgingMessage,
} from './wording';

/** The outcome probabilities (tuned so the demo's table looks like a real one). */
const MIX = {
  /** Not yet due on 10/7: completed early. */
  earlyDone: 0.2,
  /** Not yet due: an extension requested and not decided yet. */
  pendingExtension: 0.03,
  /** Due before 10/7: completed on time (the rest: late, re-opened, overdue). */
  onTime: 0.74,
  late: 0.13,
  reopened: 0.005,
  /** Due before 10/7 but given a later deadline, approved in time, and still open within it. */
  extendedOpen: 0.02,
  /** Of those on time, helped by an extension approved before the deadline. */
  onTimeByExtension: 0.025,
  /** Of those late, after a refused extension. */
  lateAfterRefusal: 0.025,
  /** Of those late or overdue, urged. */
  lateUrged: 0.2,
  overdueUrged: 0.35,
  /** Of those overdue, with an extension (refused, pending, or approved too late to count). */
  overdueExtension: 0.08,
} as const;

/** What the outcome planner needs to know about the task. */
export interface TaskFacts {
  assignedOn: string;
  deadline: string | null;
  /** The lead unit's name, for the urgings' texts. */
  unit: string;
  /** The source document as cited in texts, if any. */
  source: string | null;
}

/** A random working day in [from, to], or undefined when there is none. */
export function dayBetween(
  rng: Rng,
  cal: WorkingCalendar,
  from: string,
  to: string,
): string | undefined {
  if (to < from) return undefined;
  const days = workingDays(cal, from, to);
  return days.length === 0 ? undefined : rng.pick(days);
}

/** Progress reports between two days, increasing, below 100 %. */
function progressBetween(
  rng: Rng,
  cal: WorkingCalendar,
  from: string,
  to: string,
  count: number,
  upTo = 90,
): Timeline['progress'] {
  const days = workingDays(cal, from, to);
  if (days.length === 0 || count === 0) return [];
  const picked = [...new Set(rng.sample(days, Math.min(count, days.length)))].sort();
  let percent = 0;
  return picked.map((on, i) => {
    const step = Math.max(10, Math.round((upTo - percent) / (picked.length - i + 1) / 10) * 10);
    percent = Math.min(upTo, percent + rng.int(1, 2) * step);
    return { on, percent, narrative: progressNarrative(percent) };
  });
}

/** Urgings after `from` (nhắc nhở, then phê bình, then kiểm điểm), before `until`. */
function urgingsBetween(
  rng: Rng,
  cal: WorkingCalendar,
  facts: TaskFacts,
  deadline: string,
  from: string,
  until: string,
  max: number,
): Timeline['urgings'] {
  const out: Timeline['urgings'] = [];
  const kinds: UrgingKind[] = ['nhac_nho', 'phe_binh', 'kiem_diem'];
  let day = from;
  for (let i = 0; i < max; i += 1) {
    const on = dayBetween(rng, cal, cal.addWorkingDays(day, 2), cal.addWorkingDays(day, 12));
    if (!on || on > until) break;
    const kind = kinds[Math.min(i, kinds.length - 1)] ?? 'nhac_nho';
    out.push({
      on,
      kind,
      message: urgingMessage(kind, {
        unit: facts.unit,
        source: facts.source,
        deadline,
        by: cal.addWorkingDays(on, 10),
      }),
    });
    day = on;
  }
  return out;
}

/** The timeline of a task with its deadline, drawn from the mix. */
export function planTimeline(rng: Rng, cal: WorkingCalendar, facts: TaskFacts): Timeline {
  const { assignedOn: a, deadline: d } = facts;
  const t = quietTimeline();
  const firstDay = cal.addWorkingDays(a, 2);
  if (d === null) {
    // A standing task (thường xuyên): periodic progress, rarely closed.
    t.progress = progressBetween(rng, cal, firstDay, LAST_EVENT_DAY, rng.int(1, 3), 80);
    if (rng.chance(0.1)) t.completedOn = dayBetween(rng, cal, firstDay, LAST_EVENT_DAY);
    return t;
  }
  if (d >= DEMO_TODAY) {
    const r = rng.next();
    if (r < MIX.earlyDone) {
      t.completedOn = dayBetween(rng, cal, firstDay, minDate(d, LAST_EVENT_DAY));
      if (t.completedOn) return t;
    }
    t.progress = progressBetween(rng, cal, firstDay, LAST_EVENT_DAY, rng.int(0, 1), 80);
    if (r > 1 - MIX.pendingExtension) {
      const on = dayBetween(rng, cal, maxDate(firstDay, '2023-06-19'), LAST_EVENT_DAY);
      if (on)
        t.extension = {
          requestedOn: on,
          requestedDeadline: addDays(d, rng.pick([15, 20, 30, 45])),
          reason: extensionReason(rng),
        };
    }
    return t;
  }
  // Due before 10/7.
  const r = rng.next();
  if (r < MIX.extendedOpen) {
    const requestedOn = dayBetween(rng, cal, firstDay, cal.addWorkingDays(d, -2));
    if (requestedOn) {
      const extended = maxDate(
        addDays(d, rng.pick([30, 45, 60])),
        addDays(DEMO_TODAY, rng.int(4, 25)),
      );
      t.extension = {
        requestedOn,
        requestedDeadline: extended,
        reason: extensionReason(rng),
        decision: { on: cal.addWorkingDays(requestedOn, 1), approve: true, note: APPROVAL_NOTE },
      };
      t.progress = progressBetween(rng, cal, firstDay, LAST_EVENT_DAY, rng.int(1, 2), 80);
      return t;
    }
  }
  if (r < MIX.onTime) {
    if (rng.chance(MIX.onTimeByExtension)) {
      const requestedOn = dayBetween(rng, cal, firstDay, cal.addWorkingDays(d, -3));
      if (requestedOn) {
        const decidedOn = cal.addWorkingDays(requestedOn, rng.int(1, 2));
        const extended = addDays(d, rng.pick([10, 15, 20, 30]));
        t.extension = {
          requestedOn,
          requestedDeadline: extended,
          reason: extensionReason(rng),
          decision: { on: decidedOn, approve: true, note: APPROVAL_NOTE },
        };
        t.progress = progressBetween(rng, cal, firstDay, requestedOn, 1, 60);
        const done = dayBetween(rng, cal, addDays(d, 1), minDate(extended, LAST_EVENT_DAY));
        if (done) t.completedOn = done;
        return t;
      }
    }
    const from = maxDate(firstDay, cal.addWorkingDays(d, -10));
    t.completedOn = dayBetween(rng, cal, from, d) ?? dayBetween(rng, cal, a, d) ?? a;
    if (rng.chance(0.08)) t.progress = progressBetween(rng, cal, firstDay, t.completedOn, 1, 70);
    return t;
  }
  if (r < MIX.onTime + MIX.late) {
    const lateUntil = minDate(addDays(d, rng.pick([7, 15, 30, 45])), LAST_EVENT_DAY);
    const done = dayBetween(rng, cal, addDays(d, 1), lateUntil);
    if (done) {
      t.completedOn = done;
      t.progress = progressBetween(rng, cal, firstDay, d, rng.int(0, 1), 70);
      if (rng.chance(MIX.lateAfterRefusal)) {
        const requestedOn = dayBetween(rng, cal, firstDay, cal.addWorkingDays(d, -2));
        if (requestedOn)
          t.extension = {
            requestedOn,
            requestedDeadline: addDays(d, 20),
            reason: extensionReason(rng),
            decision: {
              on: cal.addWorkingDays(requestedOn, 1),
              approve: false,
              note: REFUSAL_NOTE,
            },
          };
      }
      if (rng.chance(MIX.lateUrged))
        t.urgings = urgingsBetween(rng, cal, facts, d, d, addDays(done, -1), rng.int(1, 2));
      return t;
    }
  }
  if (r < MIX.onTime + MIX.late + MIX.reopened) {
    const done = dayBetween(rng, cal, firstDay, minDate(d, '2023-06-09'));
    if (done) {
      t.completedOn = done;
      const on = cal.addWorkingDays(done, rng.int(2, 6));
      const again = rng.chance(0.5)
        ? dayBetween(rng, cal, cal.addWorkingDays(on, 3), LAST_EVENT_DAY)
        : undefined;
      t.reopen = { on, reason: reopenReason(rng), ...(again ? { completedAgainOn: again } : {}) };
      return t;
    }
  }
  // Overdue and still open on 10/7.
  t.progress = progressBetween(rng, cal, firstDay, LAST_EVENT_DAY, rng.int(1, 2), 90);
  if (rng.chance(MIX.overdueExtension)) {
    const kind = rng.pick(['refused', 'pending', 'late', 'late'] as const);
    const requestedOn =
      kind === 'pending'
        ? dayBetween(rng, cal, maxDate(firstDay, addDays(d, 1)), LAST_EVENT_DAY)
        : dayBetween(rng, cal, firstDay, cal.addWorkingDays(d, -1));
    if (requestedOn) {
      const requestedDeadline = addDays(maxDate(d, requestedOn), rng.pick([15, 30]));
      const decisionOn = cal.addWorkingDays(
        kind === 'late' ? maxDate(d, requestedOn) : requestedOn,
        rng.int(1, 3),
      );
      t.extension = {
        requestedOn,
        requestedDeadline,
        reason: extensionReason(rng),
        ...(kind === 'pending' || decisionOn > LAST_EVENT_DAY
          ? {}
          : {
              decision:
                kind === 'refused'
                  ? { on: decisionOn, approve: false, note: REFUSAL_NOTE }
                  : { on: decisionOn, approve: true, note: APPROVAL_NOTE },
            }),
      };
    }
  }
  if (rng.chance(MIX.overdueUrged))
    t.urgings = urgingsBetween(rng, cal, facts, d, d, LAST_EVENT_DAY, rng.int(1, 3));
  return t;
}

/** An occurrence of a periodic duty (a monthly report): done around its deadline if it is past. */
export function planOccurrence(rng: Rng, cal: WorkingCalendar, facts: TaskFacts): Timeline {
  const t = quietTimeline();
  const d = facts.deadline;
  if (d === null || d >= DEMO_TODAY) return t;
  const from = maxDate(facts.assignedOn, cal.addWorkingDays(d, -4));
  t.completedOn = rng.chance(0.85)
    ? (dayBetween(rng, cal, from, d) ?? d)
    : (dayBetween(rng, cal, addDays(d, 1), minDate(cal.addWorkingDays(d, 6), LAST_EVENT_DAY)) ?? d);
  return t;
}
