/**
 * The planner: decides, on the product clock, which reminders and digests are
 * due now and enqueues them into the outbox, one row per channel and
 * recipient. The outbox key (assignment, rule, due instant, channel,
 * recipient) makes a second pass over the same state enqueue nothing.
 */
import type { AppContext } from '../platform/context';
import type { Tx } from '../platform/db/database';
import { getSetting } from '../platform/settings';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { daysBetween } from '../../shared/dates/local-date';
import { loadPreferences, type NotificationPreferences } from './notification-preferences';
import { enqueueOutbox, type OutboxMessage, type OutboxPayload } from './outbox';
import {
  currentDigest,
  currentReminder,
  reminderDeadline,
  reminderRecipients,
  REMINDED_UNIT_ROLES,
  type CandidateUser,
} from './reminder-rules';
import { digestMessage, reminderMessage, type AssignmentSummary } from './reminder-text';
import { NOTIFICATION_KINDS, type NotificationKind } from './tables';

/** What one planning pass did. */
export interface PlanSummary {
  /** False when the `notificationsEnabled` setting is off: nothing was planned. */
  enabled: boolean;
  /** Open assignments looked at. */
  assignments: number;
  /** New outbox rows. */
  enqueued: number;
}

interface Recipient extends CandidateUser {
  fullName: string;
  email: string | null;
  phone: string | null;
}

interface Endpoint {
  id: number;
  events: readonly NotificationKind[];
}

/**
 * Plans every reminder due at the product clock's now. `email` says whether
 * an SMTP transport is configured (no e-mail rows are enqueued otherwise).
 */
export async function planReminders(
  ctx: AppContext,
  opts: { email: boolean },
): Promise<PlanSummary> {
  const q = ctx.db.q;
  if (!(await getSetting(q, 'notificationsEnabled')))
    return { enabled: false, assignments: 0, enqueued: 0 };
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const timeZone = ctx.clock.timeZone;
  const calendar = await loadWorkingCalendar(q);
  const assignments = await openAssignments(q, today);
  const users = await candidateUsers(q, assignments);
  const prefs = await loadPreferences(
    q,
    users.map((u) => u.id),
  );
  const endpoints = await activeEndpoints(q);
  const byUnit = groupBy(users, (u) => u.unitId);
  const byPerson = groupBy(users, (u) => u.personId);

  const messages: OutboxMessage[] = [];
  const digestItems = new Map<number, AssignmentSummary[]>();
  const add = (
    user: Recipient,
    p: NotificationPreferences,
    kind: NotificationKind,
    keyPrefix: string,
    dueAt: Date,
    payload: OutboxPayload,
  ) => messages.push(...channelMessages(user, p, kind, keyPrefix, dueAt, payload, endpoints, opts));

  for (const a of assignments) {
    const deadline = reminderDeadline(a, today);
    if (deadline === null) continue;
    const summary: AssignmentSummary = { ...a.summary, deadline };
    const facts = {
      unitId: a.summary.unitId,
      role: a.summary.assignmentRole,
      leaderPersonId: a.leaderPersonId,
    };
    const candidates = new Set([
      ...(byUnit.get(a.summary.unitId) ?? []),
      ...(a.leaderPersonId === null ? [] : (byPerson.get(a.leaderPersonId) ?? [])),
    ]);
    for (const user of candidates) {
      const p = prefs.get(user.id);
      if (!p) continue;
      const reminder = currentReminder({
        deadline,
        assignedOn: a.assignedOn,
        now,
        timeZone,
        calendar,
        beforeDeadlineDays: p.beforeDeadlineDays,
        overdueRepeat: p.overdueRepeat,
      });
      const overdue = today > deadline;
      const kindForDigest = overdue ? 'reminder.overdue' : 'reminder.before_deadline';
      // The digest lists what the person would be reminded of: overdue, or within the first reminder's reach.
      const horizon = Math.max(0, ...p.beforeDeadlineDays);
      if (
        reminderRecipients(facts, kindForDigest, [user]).length > 0 &&
        (overdue || daysBetween(today, deadline) <= horizon)
      ) {
        const items = digestItems.get(user.id);
        if (items) items.push(summary);
        else digestItems.set(user.id, [summary]);
      }
      if (!reminder || reminderRecipients(facts, reminder.kind, [user]).length === 0) continue;
      add(
        user,
        p,
        reminder.kind,
        `reminder:${a.summary.assignmentId}:${reminder.rule}:${reminder.at.toISOString()}`,
        reminder.at,
        reminderMessage(summary, today),
      );
    }
  }

  for (const user of users) {
    const items = digestItems.get(user.id);
    const p = prefs.get(user.id);
    if (!items || !p) continue;
    const digest = currentDigest({ digestTime: p.digestTime, now, timeZone, calendar });
    if (!digest) continue;
    add(
      user,
      p,
      'digest',
      `digest:${user.id}:${digest.day}`,
      digest.at,
      digestMessage(items, today),
    );
  }

  const enqueued =
    messages.length === 0
      ? 0
      : await ctx.db.write((tx) => enqueueOutbox(tx, messages, ctx.systemNow()));
  return { enabled: true, assignments: assignments.length, enqueued };
}

/** One message per channel the person receives: the inbox always, e-mail and webhooks by choice. */
function channelMessages(
  user: Recipient,
  p: NotificationPreferences,
  kind: NotificationKind,
  keyPrefix: string,
  dueAt: Date,
  payload: OutboxPayload,
  endpoints: readonly Endpoint[],
  opts: { email: boolean },
): OutboxMessage[] {
  const base = { kind, userId: user.id, dueAt };
  const out: OutboxMessage[] = [
    {
      ...base,
      key: `${keyPrefix}:inbox:user:${user.id}`,
      channel: 'inbox',
      recipient: `user:${user.id}`,
      payload,
    },
  ];
  if (opts.email && p.email && user.email) {
    const address = user.email.trim().toLowerCase();
    out.push({
      ...base,
      key: `${keyPrefix}:email:${address}`,
      channel: 'email',
      recipient: address,
      payload,
    });
  }
  if (p.webhook) {
    for (const e of endpoints.filter((x) => x.events.includes(kind))) {
      const recipient = `endpoint:${e.id}:user:${user.id}`;
      out.push({
        ...base,
        key: `${keyPrefix}:webhook:${recipient}`,
        channel: 'webhook',
        recipient,
        payload: {
          ...payload,
          data: {
            ...payload.data,
            recipient: {
              userId: user.id,
              fullName: user.fullName,
              email: user.email,
              phone: user.phone,
            },
          },
        },
      });
    }
  }
  return out;
}

interface OpenAssignment {
  summary: Omit<AssignmentSummary, 'deadline'>;
  deadline: string | null;
  extendedDeadline: string | null;
  extensionApprovedOn: string | null;
  assignedOn: string;
  leaderPersonId: number | null;
}

/**
 * Assignments that are reminded: of open tasks (not completed, not waiting
 * for an approving body) with a deadline, for lead and coordinating units.
 */
async function openAssignments(q: Tx, today: string): Promise<OpenAssignment[]> {
  const rows = await q
    .selectFrom('task_assignments as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .leftJoin('unit_names as n', (j) =>
      j
        .onRef('n.unit_id', '=', 'a.unit_id')
        .on('n.valid_from', '<=', today)
        .on((eb) => eb.or([eb('n.valid_to', 'is', null), eb('n.valid_to', '>=', today)])),
    )
    .select([
      'a.id as assignment_id',
      'a.unit_id',
      'a.role',
      't.id as task_id',
      't.content',
      't.deadline',
      't.extended_deadline',
      't.extension_approved_on',
      't.assigned_on',
      't.leader_person_id',
      'n.short_name',
    ])
    .where('t.kind', '=', 'task')
    .where('t.completed_on', 'is', null)
    .where('t.awaiting_body', 'is', null)
    .where('a.role', 'in', ['lead', 'coordinate'])
    .where((eb) =>
      eb.or([eb('t.deadline', 'is not', null), eb('t.extended_deadline', 'is not', null)]),
    )
    .orderBy('a.id')
    .execute();
  const seen = new Set<number>();
  const out: OpenAssignment[] = [];
  for (const r of rows) {
    if (seen.has(r.assignment_id)) continue;
    seen.add(r.assignment_id);
    out.push({
      summary: {
        taskId: r.task_id,
        assignmentId: r.assignment_id,
        content: r.content,
        unitId: r.unit_id,
        unitName: r.short_name ?? `#${r.unit_id}`,
        assignmentRole: r.role,
      },
      deadline: r.deadline,
      extendedDeadline: r.extended_deadline,
      extensionApprovedOn: r.extension_approved_on,
      assignedOn: r.assigned_on,
      leaderPersonId: r.leader_person_id,
    });
  }
  return out;
}

/** Active users who may receive a reminder of these assignments: their units' people and the leaders in charge. */
async function candidateUsers(q: Tx, assignments: readonly OpenAssignment[]): Promise<Recipient[]> {
  const unitIds = [...new Set(assignments.map((a) => a.summary.unitId))];
  const leaderIds = [
    ...new Set(assignments.map((a) => a.leaderPersonId).filter((x): x is number => x !== null)),
  ];
  if (unitIds.length === 0) return [];
  const rows = await q
    .selectFrom('users as u')
    .leftJoin('people as p', 'p.id', 'u.person_id')
    .select(['u.id', 'u.role', 'u.unit_id', 'u.person_id', 'u.full_name', 'p.email', 'p.phone'])
    .where('u.active', '=', 1)
    .where((eb) =>
      eb.or([
        eb.and([eb('u.role', 'in', [...REMINDED_UNIT_ROLES]), eb('u.unit_id', 'in', unitIds)]),
        ...(leaderIds.length > 0 ? [eb('u.person_id', 'in', leaderIds)] : []),
      ]),
    )
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    unitId: r.unit_id,
    personId: r.person_id,
    fullName: r.full_name,
    email: r.email,
    phone: r.phone,
  }));
}

async function activeEndpoints(q: Tx): Promise<Endpoint[]> {
  const rows = await q
    .selectFrom('webhook_endpoints')
    .select(['id', 'events'])
    .where('active', '=', 1)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    events: (JSON.parse(r.events) as string[]).filter((e): e is NotificationKind =>
      (NOTIFICATION_KINDS as readonly string[]).includes(e),
    ),
  }));
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K | null): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}
