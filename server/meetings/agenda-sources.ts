import type { Tx } from '../platform/db/database';
import { addDays, daysBetween, type LocalDate } from '../../shared/dates/local-date';
import { effectiveDeadlineSql, statusSql } from '../tasks/status-sql';
import { countedTask, taskInScope } from '../tasks/task-scope';
import { statusOptions } from '../tasks/task-context';
import type { AgendaItemSource } from './tables';

/** What a source is asked for: the meeting's date and the committee whose work it reviews. */
export interface AgendaQuery {
  meetingDate: LocalDate;
  /** Path of the convening UBND: tasks it assigned or assigned to units under it. */
  committeePath: string;
}

/** One item a source proposes, with the snapshot shown on the agenda. */
export interface AgendaCandidate {
  /** Identity within the source (`task:12`), stable across refreshes. */
  sourceKey: string;
  taskId: number | null;
  title: string;
  leadUnitId: number | null;
  deadline: LocalDate | null;
  /** Status code at the meeting date (CHT_QUA_HAN…); an indicator source will use its own. */
  statusCode: string | null;
  daysLate: number | null;
}

/**
 * Where the agenda of a review meeting comes from. Each source proposes
 * items from data at the meeting date; the agenda keeps them in step on
 * refresh. Red indicators (chỉ tiêu cảnh báo đỏ) will be one more source once
 * indicators exist: add it to AGENDA_SOURCES and its name to AGENDA_ITEM_SOURCES.
 */
export interface AgendaSource {
  readonly source: Exclude<AgendaItemSource, 'manual'>;
  collect(q: Tx, at: AgendaQuery): Promise<AgendaCandidate[]>;
}

/** Counted tasks of the committee's scope assigned by the meeting date, with their status there. */
async function tasksAt(q: Tx, at: AgendaQuery) {
  const d = at.meetingDate;
  const opts = await statusOptions(q);
  const status = statusSql(d, opts.rule, 'tasks');
  const eff = effectiveDeadlineSql(d, opts.rule, 'tasks');
  const base = q
    .selectFrom('tasks')
    .select(['tasks.id', 'tasks.content', 'tasks.lead_unit_id', eff.as('eff'), status.as('s')])
    .where(countedTask())
    .where(taskInScope(at.committeePath))
    .where('tasks.assigned_on', '<=', d);
  return { base, status, eff, dueSoonDays: opts.dueSoonDays };
}

function candidate(
  r: { id: number; content: string; lead_unit_id: number; eff: string | null; s: string },
  d: LocalDate,
): AgendaCandidate {
  return {
    sourceKey: `task:${r.id}`,
    taskId: r.id,
    title: r.content,
    leadUnitId: r.lead_unit_id,
    deadline: r.eff,
    statusCode: r.s,
    daysLate: r.eff && r.s === 'CHT_QUA_HAN' ? daysBetween(r.eff, d) : null,
  };
}

/** Tasks open and past their deadline at the meeting date (CHT_QUA_HAN), most days late first. */
export const overdueTasksSource: AgendaSource = {
  source: 'overdue_task',
  async collect(q, at) {
    const { base, status, eff } = await tasksAt(q, at);
    const rows = await base
      .where(status, '=', 'CHT_QUA_HAN')
      .orderBy(eff)
      .orderBy('tasks.id')
      .execute();
    return rows.map((r) => candidate(r, at.meetingDate));
  },
};

/** Tasks open, within their deadline, and due within the "due soon" window after the meeting date. */
export const dueSoonTasksSource: AgendaSource = {
  source: 'due_soon_task',
  async collect(q, at) {
    const { base, status, eff, dueSoonDays } = await tasksAt(q, at);
    const rows = await base
      .where(status, '=', 'CHT_TRONG_HAN')
      .where(eff, '<=', addDays(at.meetingDate, dueSoonDays))
      .orderBy(eff)
      .orderBy('tasks.id')
      .execute();
    return rows.map((r) => candidate(r, at.meetingDate));
  },
};

/** The data sources of a review meeting's agenda, in agenda order. */
export const AGENDA_SOURCES: readonly AgendaSource[] = [overdueTasksSource, dueSoonTasksSource];

/** Agenda order of each kind of item: data sources first, hand-added items last. */
export const AGENDA_SOURCE_ORDER: Record<AgendaItemSource, number> = {
  overdue_task: 0,
  due_soon_task: 1,
  manual: 2,
};
