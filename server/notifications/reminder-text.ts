/**
 * The words of reminders and digests, in Vietnamese: pure, so the planner,
 * the tests and any preview show the same text.
 */
import { formatShortDate } from '../../shared/vi/date';
import { daysBetween, type LocalDate } from '../../shared/dates/local-date';
import type { OutboxPayload } from './outbox';

/** The facts of one assignment a message speaks of. */
export interface AssignmentSummary {
  taskId: number;
  assignmentId: number;
  content: string;
  unitId: number;
  unitName: string;
  /** lead (chủ trì) or coordinate (phối hợp). */
  assignmentRole: string;
  deadline: LocalDate;
}

const ROLE_LABELS: Record<string, string> = { lead: 'chủ trì', coordinate: 'phối hợp' };

function shorten(s: string, max: number): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** The web application's page of a task. */
export function taskLink(taskId: number): string {
  return `/nhiem-vu/${taskId}`;
}

/** A deadline reminder as of `today` (before the deadline or overdue). */
export function reminderMessage(a: AssignmentSummary, today: LocalDate): OutboxPayload {
  const left = daysBetween(today, a.deadline);
  const title =
    left > 0
      ? `Nhắc hạn: còn ${left} ngày — ${shorten(a.content, 80)}`
      : left === 0
        ? `Hôm nay là hạn cuối — ${shorten(a.content, 80)}`
        : `Quá hạn ${-left} ngày — ${shorten(a.content, 80)}`;
  const body = [
    `Nhiệm vụ: ${shorten(a.content, 500)}`,
    `Đơn vị ${ROLE_LABELS[a.assignmentRole] ?? a.assignmentRole}: ${a.unitName}`,
    `Hạn xử lý: ${formatShortDate(a.deadline)}${left < 0 ? ` (đã quá ${-left} ngày)` : ''}`,
  ].join('\n');
  return {
    title,
    body,
    link: taskLink(a.taskId),
    data: {
      taskId: a.taskId,
      assignmentId: a.assignmentId,
      unitId: a.unitId,
      unitName: a.unitName,
      assignmentRole: a.assignmentRole,
      deadline: a.deadline,
      daysLeft: left,
    },
  };
}

/** A person's daily digest: the overdue and the soon-due assignments, most urgent first. */
export function digestMessage(
  items: readonly AssignmentSummary[],
  today: LocalDate,
): OutboxPayload {
  const sorted = [...items].sort(
    (x, y) => x.deadline.localeCompare(y.deadline) || x.taskId - y.taskId,
  );
  const overdue = sorted.filter((a) => a.deadline < today).length;
  const lines = sorted.slice(0, 30).map((a) => {
    const left = daysBetween(today, a.deadline);
    const when =
      left < 0 ? `quá hạn ${-left} ngày` : left === 0 ? 'hạn hôm nay' : `còn ${left} ngày`;
    return `• ${shorten(a.content, 120)} — ${a.unitName}, hạn ${formatShortDate(a.deadline)} (${when})`;
  });
  if (sorted.length > lines.length)
    lines.push(`… và ${sorted.length - lines.length} nhiệm vụ khác`);
  return {
    title: `Tổng hợp nhiệm vụ ngày ${formatShortDate(today)}: ${overdue} quá hạn, ${sorted.length - overdue} sắp đến hạn`,
    body: lines.join('\n'),
    link: '/nhiem-vu',
    data: {
      date: today,
      overdue,
      dueSoon: sorted.length - overdue,
      items: sorted.map((a) => ({
        taskId: a.taskId,
        assignmentId: a.assignmentId,
        unitName: a.unitName,
        deadline: a.deadline,
      })),
    },
  };
}
