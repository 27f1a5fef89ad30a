/**
 * Gia hạn on a task: the requests (table), the unit leader's "chuyển lãnh
 * đạo phụ trách" on a staff request, and the leader in charge's decision on
 * a forwarded one (approve with a date, or refuse).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { formOptional } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useTaskWrite, type ExtensionRequest, type TaskDetail, type TaskView } from './api';
import { taskLabels } from './labels';
import { tasksText } from './text';

export function TaskExtensions({
  task,
  canForward,
}: {
  task: TaskDetail;
  /** The user is the lead unit's leader (or an admin). */
  canForward: boolean;
}) {
  const { lang } = useLang();
  const t = useText(tasksText).detail;
  const l = taskLabels[lang];
  const forward = useTaskWrite((id: number) =>
    api.post<TaskView>(`/api/v1/task-extensions/${id}/forward`),
  );
  const columns = useMemo<Column<ExtensionRequest>[]>(() => {
    const date = (d: string | null) => formatDate(d, lang);
    const cols: Column<ExtensionRequest>[] = [
      {
        id: 'requestedOn',
        header: t.requestedOn,
        alwaysVisible: true,
        cell: (e) => <span className="nowrap">{date(e.requestedOn)}</span>,
        value: (e) => date(e.requestedOn),
      },
      {
        id: 'requestedDeadline',
        header: t.requestedDeadline,
        cell: (e) => <span className="nowrap">{date(e.requestedDeadline)}</span>,
        value: (e) => date(e.requestedDeadline),
      },
      { id: 'reason', header: t.reason, cell: (e) => e.reason, value: (e) => e.reason },
      {
        id: 'status',
        header: t.extStatus,
        cell: (e) => (
          <span className={`ext-status ext-status-${e.status}`}>
            {l.extensionStatus[e.status] ?? e.status}
          </span>
        ),
        value: (e) => l.extensionStatus[e.status] ?? e.status,
      },
      {
        id: 'decisionNote',
        header: t.decisionNote,
        cell: (e) =>
          [e.decidedOn ? date(e.decidedOn) : '', e.decisionNote ?? ''].filter(Boolean).join(': '),
        value: (e) => e.decisionNote,
      },
    ];
    if (canForward)
      cols.push({
        id: 'actions',
        header: t.actions,
        noExport: true,
        cell: (e) =>
          e.status === 'requested' ? (
            <button
              type="button"
              className="button button-primary button-small"
              disabled={forward.isPending}
              onClick={() => forward.mutate(e.id)}
            >
              {t.forward}
            </button>
          ) : null,
        value: () => null,
      });
    return cols;
  }, [lang, t, l, canForward, forward]);
  return (
    <Section title={t.extensions}>
      {forward.isSuccess && <StatusNotice>{t.forwarded}</StatusNotice>}
      <ErrorNotice error={forward.error} />
      {task.extensions.length === 0 ? (
        <p className="empty-state">{t.noExtensions}</p>
      ) : (
        <DataTable
          tableId="task-extensions"
          caption={t.extensionsCaption}
          columns={columns}
          rows={task.extensions}
          rowKey={(e) => e.id}
        />
      )}
    </Section>
  );
}

/**
 * The leader in charge decides a forwarded request (the server checks who
 * may). Given the task's latest request; shows nothing unless it awaits a
 * decision, or was just decided here (the confirmation stays).
 */
export function ExtensionDecisionForm({ request }: { request: ExtensionRequest }) {
  const { lang } = useLang();
  const t = useText(tasksText).forms;
  const d = useText(tasksText).detail;
  const [approve, setApprove] = useState(true);
  const decide = useTaskWrite((body: Record<string, unknown>) =>
    api.post<TaskView>(`/api/v1/task-extensions/${request.id}/decision`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    // Which of the two buttons sent the form.
    const approve = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') !== 'refuse';
    setApprove(approve);
    decide.mutate({
      approve,
      deadline: approve ? formOptional(data, 'deadline') : undefined,
      note: formOptional(data, 'note'),
    });
  };
  if (!decide.isSuccess && request.status !== 'forwarded') return null;
  return (
    <Section title={t.decideExtension}>
      {decide.isSuccess ? (
        <StatusNotice>{approve ? t.extensionApproved : t.extensionRefused}</StatusNotice>
      ) : (
        <form className="form" onSubmit={submit}>
          <dl className="fields-list">
            <dt>{d.requestedOn}</dt>
            <dd>{formatDate(request.requestedOn, lang)}</dd>
            <dt>{d.requestedDeadline}</dt>
            <dd>{formatDate(request.requestedDeadline, lang)}</dd>
            <dt>{d.reason}</dt>
            <dd>{request.reason}</dd>
          </dl>
          <ErrorNotice error={decide.error} />
          <TextField
            label={t.approvedDeadline}
            name="deadline"
            type="date"
            defaultValue={request.requestedDeadline}
            error={fieldError(decide.error, 'deadline')}
          />
          <TextAreaField
            label={t.decisionNote}
            name="note"
            rows={2}
            maxLength={1000}
            error={fieldError(decide.error, 'note')}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              name="decision"
              value="approve"
              disabled={decide.isPending}
            >
              {t.approveExtension}
            </button>
            <button
              type="submit"
              className="button button-danger"
              name="decision"
              value="refuse"
              disabled={decide.isPending}
            >
              {t.refuseExtension}
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
