/**
 * Reminders of the legal clocks of citizens' cases through the notification
 * outbox: each open step of an open case reminds its handlers before its due
 * date and daily once overdue, by the same rules as tasks
 * (notifications/reminder-rules.ts). Messages carry the case number and the
 * step, never personal data.
 */
import type { AppContext } from '../platform/context';
import { getSetting } from '../platform/settings';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { enqueueOutbox, type OutboxMessage } from '../notifications/outbox';
import { currentReminder, DEFAULT_BEFORE_DEADLINE_DAYS } from '../notifications/reminder-rules';
import { formatShortDate } from '../../shared/vi/date';
import { DEFAULT_LEGAL_LIMITS } from '../../shared/citizens/legal-limits';

/** The web application's page of a case. */
export function caseLink(caseId: number): string {
  return `/cong-dan/ho-so/${caseId}`;
}

/** Plans the case reminders due at the product clock's now; returns how many rows were new. */
export async function planCaseReminders(ctx: AppContext): Promise<{ enqueued: number }> {
  const q = ctx.db.q;
  if (!(await getSetting(q, 'notificationsEnabled'))) return { enqueued: 0 };
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const timeZone = ctx.clock.timeZone;
  const calendar = await loadWorkingCalendar(q);
  const rows = await q
    .selectFrom('citizen_case_steps as s')
    .innerJoin('citizen_cases as c', 'c.id', 's.case_id')
    .innerJoin('citizen_case_handlers as h', 'h.case_id', 'c.id')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select([
      's.id',
      's.step_key',
      's.start_date',
      's.due_date',
      'c.id as case_id',
      'c.case_number',
      'h.user_id',
    ])
    .where('c.status', '=', 'open')
    .where('s.completed_on', 'is', null)
    .where('u.active', '=', 1)
    .orderBy('s.id')
    .orderBy('h.user_id')
    .execute();
  const messages: OutboxMessage[] = [];
  for (const r of rows) {
    const reminder = currentReminder({
      deadline: r.due_date,
      assignedOn: r.start_date,
      now,
      timeZone,
      calendar,
      beforeDeadlineDays: DEFAULT_BEFORE_DEADLINE_DAYS,
      overdueRepeat: 'daily',
    });
    if (!reminder) continue;
    const step = DEFAULT_LEGAL_LIMITS[r.step_key].title;
    const overdue = today > r.due_date;
    messages.push({
      key: `citizen-step:${r.id}:${reminder.rule}:${reminder.at.toISOString()}:inbox:user:${r.user_id}`,
      kind: reminder.kind,
      channel: 'inbox',
      recipient: `user:${r.user_id}`,
      userId: r.user_id,
      dueAt: reminder.at,
      payload: {
        title: `${overdue ? 'Quá hạn' : 'Nhắc hạn'}: ${step} — hồ sơ ${r.case_number}`,
        body: `${step} của hồ sơ ${r.case_number} ${overdue ? 'đã quá hạn' : 'đến hạn'} ngày ${formatShortDate(r.due_date)}.`,
        link: caseLink(r.case_id),
        data: {
          caseId: r.case_id,
          caseNumber: r.case_number,
          step: r.step_key,
          dueDate: r.due_date,
        },
      },
    });
  }
  const enqueued =
    messages.length === 0
      ? 0
      : await ctx.db.write((tx) => enqueueOutbox(tx, messages, ctx.systemNow()));
  return { enqueued };
}
