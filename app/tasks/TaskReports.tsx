/**
 * The units' progress reports on a task, newest first; a report waiting for
 * its unit's leader offers "Duyệt" / "Không duyệt" to that leader.
 */
import { useMemo } from 'react';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useTaskWrite, type ProgressReport, type TaskDetail, type TaskView } from './api';
import { taskLabels } from './labels';
import { tasksText } from './text';

export function TaskReports({
  task,
  canApprove,
}: {
  task: TaskDetail;
  /** Whether the user may decide the reports of a unit. */
  canApprove: (unitId: number) => boolean;
}) {
  const { lang } = useLang();
  const t = useText(tasksText).detail;
  const l = taskLabels[lang];
  const decide = useTaskWrite((body: { reportId: number; approve: boolean }) =>
    api.post<TaskView>(`/api/v1/task-progress/${body.reportId}/decision`, {
      approve: body.approve,
    }),
  );
  const unitOf = useMemo(
    () => new Map(task.assignments.map((a) => [a.id, a] as const)),
    [task.assignments],
  );
  const columns = useMemo<Column<ProgressReport>[]>(() => {
    const unitName = (r: ProgressReport) => unitOf.get(r.assignmentId)?.unitName ?? '';
    const cols: Column<ProgressReport>[] = [
      {
        id: 'reportedOn',
        header: t.reportedOn,
        alwaysVisible: true,
        cell: (r) => <span className="nowrap">{formatDate(r.reportedOn, lang)}</span>,
        value: (r) => formatDate(r.reportedOn, lang),
      },
      { id: 'unit', header: t.unit, cell: unitName, value: unitName },
      {
        id: 'percent',
        header: t.percent,
        numeric: true,
        cell: (r) => `${r.percent}%`,
        value: (r) => r.percent,
      },
      {
        id: 'narrative',
        header: t.narrative,
        cell: (r) => <span className="summary-cell">{r.narrative}</span>,
        value: (r) => r.narrative,
      },
      {
        id: 'status',
        header: t.reportStatus,
        cell: (r) => (
          <span className={`ext-status ext-status-${r.status}`}>
            {l.progressStatus[r.status] ?? r.status}
            {r.decisionNote ? ` — ${r.decisionNote}` : ''}
          </span>
        ),
        value: (r) => l.progressStatus[r.status] ?? r.status,
      },
    ];
    const decidable = (r: ProgressReport) => {
      const unitId = unitOf.get(r.assignmentId)?.unitId;
      return r.status === 'pending' && unitId !== undefined && canApprove(unitId);
    };
    if (task.progressReports.some(decidable))
      cols.push({
        id: 'actions',
        header: t.actions,
        noExport: true,
        cell: (r) =>
          decidable(r) ? (
            <span className="row-actions">
              <button
                type="button"
                className="button button-primary button-small"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ reportId: r.id, approve: true })}
              >
                {t.approve}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ reportId: r.id, approve: false })}
              >
                {t.reject}
              </button>
            </span>
          ) : null,
        value: () => null,
      });
    return cols;
  }, [lang, t, l, unitOf, canApprove, decide, task.progressReports]);
  return (
    <Section title={t.progressReports}>
      {decide.isSuccess && <StatusNotice>{t.decided}</StatusNotice>}
      <ErrorNotice error={decide.error} />
      {task.progressReports.length === 0 ? (
        <p className="empty-state">{t.noReports}</p>
      ) : (
        <DataTable
          tableId="task-progress"
          caption={t.reportsCaption}
          columns={columns}
          rows={task.progressReports}
          rowKey={(r) => r.id}
        />
      )}
    </Section>
  );
}
