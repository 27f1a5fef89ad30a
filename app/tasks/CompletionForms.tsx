/**
 * Closing a task: ghi nhận hoàn thành (with the result document), trình cấp
 * có thẩm quyền phê duyệt (done, awaiting e.g. the Tỉnh ủy), mở lại. Each
 * sends the task's version, so a change made meanwhile is refused (412).
 */
import type { FormEvent } from 'react';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { useTaskWrite, type TaskView } from './api';
import { tasksText } from './text';

interface Props {
  task: TaskView;
  onReload: () => void;
}

/** Ghi nhận hoàn thành. */
export function CompleteForm({ task, onReload }: Props) {
  const t = useText(tasksText).forms;
  const today = useToday();
  const complete = useTaskWrite((body: Record<string, unknown>) =>
    api.post<TaskView>(`/api/v1/tasks/${task.id}/complete`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    complete.mutate({
      completedOn: formOptional(data, 'completedOn'),
      resultDocumentId: formNumber(data, 'resultDocumentId'),
      version: task.version,
    });
  };
  const err = (name: string) => fieldError(complete.error, name);
  return (
    <Section title={t.complete}>
      <form className="form" onSubmit={submit}>
        {complete.isSuccess && <StatusNotice>{t.completed}</StatusNotice>}
        <ErrorNotice error={complete.error} onReload={onReload} />
        <div className="form-grid">
          <TextField
            label={t.completedOn}
            name="completedOn"
            type="date"
            max={today}
            defaultValue={today}
            error={err('completedOn')}
          />
          <TextField
            label={t.resultDocument}
            name="resultDocumentId"
            inputMode="numeric"
            pattern="[0-9]*"
            hint={t.resultDocumentHint}
            error={err('resultDocumentId')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={complete.isPending}>
            {t.complete}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** Đã hoàn thành, trình cấp có thẩm quyền phê duyệt. */
export function SubmitForApprovalForm({ task, onReload }: Props) {
  const t = useText(tasksText).forms;
  const submitForApproval = useTaskWrite((body: Record<string, unknown>) =>
    api.post<TaskView>(`/api/v1/tasks/${task.id}/submit-for-approval`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    submitForApproval.mutate({ body: formText(data, 'body'), version: task.version });
  };
  return (
    <Section title={t.submitApproval}>
      <form className="form" onSubmit={submit}>
        {submitForApproval.isSuccess && <StatusNotice>{t.submitted}</StatusNotice>}
        <ErrorNotice error={submitForApproval.error} onReload={onReload} />
        <TextField
          label={t.body}
          name="body"
          required
          maxLength={200}
          hint={t.bodyHint}
          error={fieldError(submitForApproval.error, 'body')}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-secondary"
            disabled={submitForApproval.isPending}
          >
            {t.submitSubmitted}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** Mở lại a completed task. */
export function ReopenForm({ task, onReload }: Props) {
  const t = useText(tasksText).forms;
  const reopen = useTaskWrite((body: Record<string, unknown>) =>
    api.post<TaskView>(`/api/v1/tasks/${task.id}/reopen`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    reopen.mutate({ reason: formText(data, 'reason'), version: task.version });
  };
  return (
    <Section title={t.reopen}>
      <form className="form" onSubmit={submit}>
        {reopen.isSuccess && <StatusNotice>{t.reopened}</StatusNotice>}
        <ErrorNotice error={reopen.error} onReload={onReload} />
        <TextAreaField
          label={t.reopenReason}
          name="reason"
          rows={2}
          required
          maxLength={1000}
          error={fieldError(reopen.error, 'reason')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={reopen.isPending}>
            {t.submitReopen}
          </button>
        </div>
      </form>
    </Section>
  );
}
