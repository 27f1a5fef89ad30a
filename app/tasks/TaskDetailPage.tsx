/**
 * One task: its fields and status chips, the assignments, the actions the
 * user's role and unit allow (progress, extension, decision, urging,
 * completion), the progress reports, extensions, urgings, sub-tasks and the
 * timeline. A programme opens its own view.
 */
import { useMemo, type ReactNode } from 'react';
import { Link, Redirect } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { useToday, useUser } from '../platform/session';
import { NotFoundPage } from '../shell/placeholders';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { uiText } from '../ui/text';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useTask, useTaskPage, type Assignment, type TaskDetail } from './api';
import { taskAbilities } from './abilities';
import { CompleteForm, ReopenForm, SubmitForApprovalForm } from './CompletionForms';
import { ExtensionRequestForm } from './ExtensionRequestForm';
import { taskLabels } from './labels';
import { ProgressForm } from './ProgressForm';
import { TaskStatusChips } from './StatusChip';
import { taskColumns, taskHref } from './task-columns';
import { ExtensionDecisionForm, TaskExtensions } from './TaskExtensions';
import { TaskReports } from './TaskReports';
import { TaskTimeline } from './TaskTimeline';
import { UrgeForm } from './UrgeForm';
import { UrgingList } from './TaskUrgings';
import { tasksText } from './text';

export function TaskDetailPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <TaskDetailView id={Number(id)} />;
}

function TaskDetailView({ id }: { id: number }) {
  const t = useText(tasksText).detail;
  const ui = useText(uiText);
  const user = useUser();
  const task = useTask(id);
  if (!task.data) {
    return (
      <Page title={t.title(id)}>
        {task.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={task.error} onRetry={() => void task.refetch()} />
        )}
      </Page>
    );
  }
  const d = task.data;
  if (d.kind === 'programme') return <Redirect to={taskHref(d)} replace />;
  const can = taskAbilities(d, user);
  const reload = () => void task.refetch();
  const latestExtension = d.extensions[0];
  const pendingExtension = d.extensions.some(
    (e) => e.status === 'requested' || e.status === 'forwarded',
  );
  return (
    <Page
      title={d.content}
      intro={<StatusLine task={d} />}
      actions={
        <Link href="/nhiem-vu" className="button button-secondary">
          {t.back}
        </Link>
      }
    >
      <Section title={t.fields}>
        <TaskFields task={d} />
      </Section>
      <AssignmentsSection task={d} />
      {latestExtension && can.decideExtension && (
        <ExtensionDecisionForm key={latestExtension.id} request={latestExtension} />
      )}
      {can.reportable.length > 0 && <ProgressForm taskId={d.id} assignments={can.reportable} />}
      {can.requestExtension && (
        <ExtensionRequestForm
          task={d}
          pending={pendingExtension}
          forwardsItself={user.role === 'admin' || user.role === 'unit_leader'}
        />
      )}
      {can.urge && <UrgeForm assignments={d.assignments} />}
      {can.complete && <CompleteForm task={d} onReload={reload} />}
      {can.manage && d.completedOn === null && <SubmitForApprovalForm task={d} onReload={reload} />}
      {can.manage && d.completedOn !== null && <ReopenForm task={d} onReload={reload} />}
      <TaskReports task={d} canApprove={can.approveUnit} />
      <TaskExtensions
        task={d}
        canForward={d.assignments.some((a) => a.role === 'lead' && can.approveUnit(a.unitId))}
      />
      <Section title={t.urgings}>
        {d.urgings.length === 0 ? (
          <p className="empty-state">{t.noUrgings}</p>
        ) : (
          <UrgingList urgings={d.urgings} canMarkRead={can.markRead} />
        )}
      </Section>
      {d.childCount > 0 && <ChildrenSection parentId={d.id} />}
      <TaskTimeline task={d} />
    </Page>
  );
}

function StatusLine({ task }: { task: TaskDetail }) {
  const t = useText(tasksText).detail;
  const { lang } = useLang();
  const today = useToday();
  return (
    <p className="status-line">
      <span className="muted">{t.statusAt(formatDate(today, lang))}:</span>{' '}
      <TaskStatusChips task={task} />
    </p>
  );
}

function TaskFields({ task }: { task: TaskDetail }) {
  const t = useText(tasksText).detail;
  const { lang } = useLang();
  const l = taskLabels[lang];
  const date = (d: string | null) => formatDate(d, lang);
  const extended = task.extendedDeadline !== null && task.extensionApprovedOn !== null;
  const rows: [string, ReactNode][] = [
    [t.content, task.content],
    [
      t.source,
      task.source.documentId ? (
        <>
          {l.source[task.source.kind]}:{' '}
          <Link href={`/van-ban/${task.source.documentId}`}>
            {task.source.numberSymbol ?? `#${task.source.documentId}`}
          </Link>
          {task.source.itemLabel ? ` (${tasksText[lang].col.item(task.source.itemLabel)})` : ''}
        </>
      ) : (
        l.source[task.source.kind]
      ),
    ],
    [t.assigningUnit, task.assigningUnit.name],
    [t.leader, task.leader?.name ?? '—'],
    [t.leadUnit, task.leadUnit.name],
    [t.expectedOutput, task.expectedOutput ?? '—'],
    [t.priority, l.priority[task.priority]],
    [t.assignedOn, date(task.assignedOn)],
    [
      extended ? t.originalDeadline : t.deadline,
      task.deadline ? date(task.deadline) : t.noDeadline,
    ],
  ];
  if (extended) {
    rows.push([t.extendedDeadline, date(task.extendedDeadline)]);
    rows.push([t.extensionApprovedOn, date(task.extensionApprovedOn)]);
  }
  rows.push([t.progress, `${task.progressPercent}%`]);
  if (task.awaitingBody)
    rows.push([t.awaiting, `${task.awaitingBody} (${date(task.submittedOn)})`]);
  if (task.completedOn) rows.push([t.completedOn, date(task.completedOn)]);
  if (task.completionDocumentId)
    rows.push([
      t.completionDocument,
      <Link key="doc" href={`/van-ban/${task.completionDocumentId}`}>
        #{task.completionDocumentId}
      </Link>,
    ]);
  if (task.reopenedOn) rows.push([t.reopenedOn, date(task.reopenedOn)]);
  if (task.parentId)
    rows.push([
      t.parent,
      <Link key="parent" href={`/nhiem-vu/${task.parentId}`}>
        {t.openParent}
      </Link>,
    ]);
  return (
    <dl className="fields-list">
      {rows.map(([label, value]) => (
        <div className="fields-row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function AssignmentsSection({ task }: { task: TaskDetail }) {
  const t = useText(tasksText).detail;
  const { lang } = useLang();
  const l = taskLabels[lang];
  const columns = useMemo<Column<Assignment>[]>(
    () => [
      {
        id: 'unit',
        header: t.unit,
        alwaysVisible: true,
        cell: (a) => a.unitName,
        value: (a) => a.unitName,
      },
      { id: 'role', header: t.role, cell: (a) => l.role[a.role], value: (a) => l.role[a.role] },
      {
        id: 'progress',
        header: t.percent,
        numeric: true,
        cell: (a) => `${a.progressPercent}%`,
        value: (a) => a.progressPercent,
      },
      {
        id: 'lastProgress',
        header: t.lastProgress,
        cell: (a) => formatDate(a.lastProgressOn, lang),
        value: (a) => formatDate(a.lastProgressOn, lang),
      },
    ],
    [t, l, lang],
  );
  return (
    <Section title={t.assignments}>
      <DataTable
        tableId="task-assignments"
        caption={t.assignmentsCaption}
        columns={columns}
        rows={task.assignments}
        rowKey={(a) => a.id}
      />
    </Section>
  );
}

function ChildrenSection({ parentId }: { parentId: number }) {
  const t = useText(tasksText).detail;
  const { lang } = useLang();
  const children = useTaskPage({ parentId, pageSize: 200, sort: 'deadline' });
  const columns = useMemo(() => taskColumns(lang), [lang]);
  return (
    <Section title={t.children}>
      <DataTable
        tableId="task-children"
        caption={t.childrenCaption}
        columns={columns}
        rows={children.data?.items}
        rowKey={(c) => c.id}
        loading={children.isFetching}
        error={children.error}
        onRetry={() => void children.refetch()}
      />
    </Section>
  );
}
