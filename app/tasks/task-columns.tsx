/** The task table's columns (the list, the inbox, a programme's items; and their Excel export). */
import { Link } from 'wouter';
import type { Lang } from '../platform/i18n';
import { formatDate } from '../platform/format';
import type { Column } from '../ui/table/columns';
import type { TaskView } from './api';
import { taskLabels } from './labels';
import { statusWords, TaskStatusChips } from './StatusChip';
import { tasksText } from './text';

/** API sort key of each sortable column (ascending form). */
export const TASK_SORT_KEYS: Record<string, string> = {
  deadline: 'deadline',
  assignedOn: 'assignedOn',
};

/** Where a task opens: a programme has its own view. */
export function taskHref(task: Pick<TaskView, 'id' | 'kind'>): string {
  return task.kind === 'programme' ? `/nhiem-vu/chuong-trinh/${task.id}` : `/nhiem-vu/${task.id}`;
}

export function taskColumns(lang: Lang): Column<TaskView>[] {
  const t = tasksText[lang].col;
  const l = taskLabels[lang];
  const date = (d: string | null | undefined) => formatDate(d, lang);
  const coordinating = (task: TaskView) =>
    task.assignments
      .filter((a) => a.role === 'coordinate')
      .map((a) => a.unitName)
      .join(', ');
  const source = (task: TaskView) =>
    [task.source.numberSymbol, task.source.itemLabel ? t.item(task.source.itemLabel) : '']
      .filter(Boolean)
      .join(', ');
  return [
    {
      id: 'content',
      header: t.content,
      alwaysVisible: true,
      cell: (task) => (
        <span className="summary-cell">
          <Link href={taskHref(task)}>{task.content}</Link>
          {task.kind === 'programme' && (
            <span className="task-note">{t.programme(task.childCount)}</span>
          )}
          {task.kind === 'task' && task.childCount > 0 && (
            <span className="task-note">{t.subtasks(task.childCount)}</span>
          )}
        </span>
      ),
      value: (task) => task.content,
    },
    {
      id: 'status',
      header: t.status,
      cell: (task) => <TaskStatusChips task={task} />,
      value: (task) => statusWords(task, l),
    },
    {
      id: 'deadline',
      header: t.deadline,
      sortable: true,
      cell: (task) =>
        task.status.effectiveDeadline ? (
          <span>
            <span className="nowrap">{date(task.status.effectiveDeadline)}</span>
            {task.deadline && task.status.effectiveDeadline !== task.deadline && (
              <span className="task-note">{t.extendedFrom(date(task.deadline))}</span>
            )}
          </span>
        ) : (
          <span className="muted">{t.noDeadline}</span>
        ),
      value: (task) => date(task.status.effectiveDeadline),
    },
    {
      id: 'daysLate',
      header: t.daysLate,
      numeric: true,
      cell: (task) => (task.status.daysLate > 0 ? t.days(task.status.daysLate) : ''),
      value: (task) => (task.status.daysLate > 0 ? task.status.daysLate : null),
    },
    {
      id: 'leadUnit',
      header: t.leadUnit,
      cell: (task) => task.leadUnit.name,
      value: (task) => task.leadUnit.name,
    },
    {
      id: 'coordinating',
      header: t.coordinating,
      defaultHidden: true,
      cell: coordinating,
      value: coordinating,
    },
    {
      id: 'progress',
      header: t.progress,
      numeric: true,
      cell: (task) => `${task.progressPercent}%`,
      value: (task) => task.progressPercent,
    },
    {
      id: 'source',
      header: t.source,
      cell: (task) =>
        task.source.documentId ? (
          <Link href={`/van-ban/${task.source.documentId}`} className="nowrap">
            {source(task) || `#${task.source.documentId}`}
          </Link>
        ) : (
          l.source[task.source.kind]
        ),
      value: (task) => source(task) || l.source[task.source.kind],
    },
    {
      id: 'leader',
      header: t.leader,
      cell: (task) => task.leader?.name ?? '',
      value: (task) => task.leader?.name,
    },
    {
      id: 'assignedOn',
      header: t.assignedOn,
      sortable: true,
      defaultHidden: true,
      cell: (task) => <span className="nowrap">{date(task.assignedOn)}</span>,
      value: (task) => date(task.assignedOn),
    },
    {
      id: 'expectedOutput',
      header: t.expectedOutput,
      defaultHidden: true,
      cell: (task) => task.expectedOutput ?? '',
      value: (task) => task.expectedOutput,
    },
  ];
}
