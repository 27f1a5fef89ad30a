/**
 * Đề nghị gia hạn: the lead unit asks for a later deadline. A staff member's
 * request waits for the unit leader; a unit leader's goes to the leader in charge.
 */
import type { FormEvent } from 'react';
import { addDays } from '../../shared/dates/local-date';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { useTaskWrite, type TaskView } from './api';
import { tasksText } from './text';

export function ExtensionRequestForm({
  task,
  pending,
  forwardsItself,
}: {
  task: TaskView;
  /** An undecided request exists: only one at a time. */
  pending: boolean;
  /** The requester is a unit leader (or admin): the request goes straight to the leader in charge. */
  forwardsItself: boolean;
}) {
  const t = useText(tasksText).forms;
  const today = useToday();
  const request = useTaskWrite((body: { requestedDeadline: string; reason: string }) =>
    api.post<TaskView>(`/api/v1/tasks/${task.id}/extensions`, body),
  );
  const current = task.status.effectiveDeadline;
  const earliest = addDays(current && current > today ? current : today, 1);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    request.mutate({
      requestedDeadline: formText(data, 'requestedDeadline'),
      reason: formText(data, 'reason'),
    });
  };
  return (
    <Section title={t.requestExtension}>
      {request.isSuccess ? (
        <StatusNotice>{forwardsItself ? t.extensionForwarded : t.extensionRequested}</StatusNotice>
      ) : pending ? (
        <p className="notice">{t.pendingExtension}</p>
      ) : (
        <RequestForm onSubmit={submit} earliest={earliest} request={request} />
      )}
    </Section>
  );
}

function RequestForm({
  onSubmit,
  earliest,
  request,
}: {
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  earliest: string;
  request: { error: unknown; isPending: boolean };
}) {
  const t = useText(tasksText).forms;
  const err = (name: string) => fieldError(request.error, name);
  return (
    <>
      <p className="field-hint">{t.requestIntro}</p>
      <form className="form" onSubmit={onSubmit}>
        <ErrorNotice error={request.error} />
        <TextField
          label={t.requestedDeadline}
          name="requestedDeadline"
          type="date"
          min={earliest}
          required
          error={err('requestedDeadline')}
        />
        <TextAreaField
          label={t.reason}
          name="reason"
          rows={3}
          required
          maxLength={2000}
          error={err('reason')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {t.submitExtension}
          </button>
        </div>
      </form>
    </>
  );
}
