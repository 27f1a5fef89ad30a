/**
 * Columns of the incoming documents' handling lines (the handling register
 * and the direction screen's list), and the arrival date range both use.
 */
import { Link } from 'wouter';
import { addDays } from '../../shared/dates/local-date';
import { formatDate } from '../platform/format';
import type { Lang } from '../platform/i18n';
import type { Column } from '../ui/table/columns';
import type { IncomingHandlingLine } from './api';
import { taskLabels } from './labels';
import { statusWords, TaskStatusChips } from './StatusChip';
import { tasksText } from './text';

/** The arrival dates shown first: the last 30 days up to today. */
export function defaultArrivalRange(today: string): { from: string; to: string } {
  return { from: addDays(today, -30), to: today };
}

export function incomingColumns(lang: Lang): Column<IncomingHandlingLine>[] {
  const t = tasksText[lang].handling;
  const l = taskLabels[lang];
  const date = (d: string | null) => formatDate(d, lang);
  const progress = (line: IncomingHandlingLine) =>
    line.task ? `${statusWords(line.task, l)}; ${line.task.progressPercent}%` : t.notDirected;
  return [
    {
      id: 'arrivalNumber',
      header: t.arrivalNumber,
      numeric: true,
      alwaysVisible: true,
      sortable: true,
      cell: (line) => line.arrivalNumber ?? '',
      value: (line) => line.arrivalNumber,
    },
    {
      id: 'arrivalDate',
      header: t.arrivalDate,
      sortable: true,
      cell: (line) => <span className="nowrap">{date(line.arrivalDate)}</span>,
      value: (line) => line.arrivalDate,
    },
    {
      id: 'numberSymbol',
      header: t.numberSymbol,
      sortable: true,
      cell: (line) => (
        <Link href={`/van-ban/${line.documentId}`} className="nowrap">
          {line.numberSymbol ?? `#${line.documentId}`}
        </Link>
      ),
      value: (line) => line.numberSymbol,
    },
    {
      id: 'issueDate',
      header: t.issueDate,
      defaultHidden: true,
      cell: (line) => <span className="nowrap">{date(line.issueDate)}</span>,
      value: (line) => date(line.issueDate),
    },
    {
      id: 'issuer',
      header: t.issuer,
      sortable: true,
      cell: (line) => line.issuer,
      value: (line) => line.issuer,
    },
    {
      id: 'summary',
      header: t.summary,
      cell: (line) => <span className="summary-cell">{line.summary}</span>,
      value: (line) => line.summary,
    },
    {
      id: 'handlingUnit',
      header: t.handlingUnit,
      sortable: true,
      cell: (line) => line.handlingUnit ?? '',
      value: (line) => line.handlingUnit,
    },
    {
      id: 'deadline',
      header: t.deadline,
      sortable: true,
      cell: (line) => <span className="nowrap">{date(line.deadline)}</span>,
      value: (line) => line.deadline,
    },
    {
      id: 'progress',
      header: t.progress,
      cell: (line) =>
        line.task ? (
          <span>
            <Link href={`/nhiem-vu/${line.task.id}`}>
              <TaskStatusChips task={line.task} />
            </Link>{' '}
            <span className="nowrap">{line.task.progressPercent}%</span>
          </span>
        ) : (
          <span className="muted">{t.notDirected}</span>
        ),
      value: progress,
    },
    {
      id: 'reply',
      header: t.reply,
      cell: (line) => line.replyNumberSymbol ?? '',
      value: (line) => line.replyNumberSymbol,
    },
  ];
}
