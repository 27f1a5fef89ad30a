/** Báo cáo tiến độ: a unit reports on its part (percent, narrative, date). */
import type { FormEvent } from 'react';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { useTaskWrite, type Assignment, type TaskView } from './api';
import { taskLabels } from './labels';
import { tasksText } from './text';

interface ProgressBody {
  assignmentId: number;
  percent: number;
  narrative: string;
  reportedOn?: string | undefined;
}

export function ProgressForm({
  taskId,
  assignments,
}: {
  taskId: number;
  assignments: readonly Assignment[];
}) {
  const t = useText(tasksText).forms;
  const { lang } = useLang();
  const roles = taskLabels[lang].role;
  const today = useToday();
  const report = useTaskWrite((body: ProgressBody) =>
    api.post<{ reportId: number; status: 'pending' | 'approved'; task: TaskView }>(
      `/api/v1/tasks/${taskId}/progress`,
      body,
    ),
  );
  const first = assignments[0];
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    report.mutate(
      {
        assignmentId: formNumber(data, 'assignmentId') ?? first?.id ?? 0,
        percent: formNumber(data, 'percent') ?? 0,
        narrative: formText(data, 'narrative'),
        reportedOn: formOptional(data, 'reportedOn'),
      },
      { onSuccess: () => form.reset() },
    );
  };
  const err = (name: string) => fieldError(report.error, name);
  return (
    <Section title={t.reportProgress}>
      <form className="form" onSubmit={submit}>
        {report.data && (
          <StatusNotice>
            {report.data.status === 'pending' ? t.progressPending : t.progressApproved}
          </StatusNotice>
        )}
        <ErrorNotice error={report.error} />
        <div className="form-grid">
          {assignments.length > 1 ? (
            <SelectField
              label={t.reportFor}
              name="assignmentId"
              defaultValue={first?.id}
              error={err('assignmentId')}
            >
              {assignments.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.unitName} ({roles[a.role]})
                </option>
              ))}
            </SelectField>
          ) : (
            <input type="hidden" name="assignmentId" value={first?.id ?? ''} />
          )}
          <TextField
            label={t.percent}
            name="percent"
            type="number"
            min={0}
            max={100}
            step={1}
            required
            defaultValue={first?.progressPercent}
            error={err('percent')}
          />
          <TextField
            label={t.reportedOn}
            name="reportedOn"
            type="date"
            max={today}
            defaultValue={today}
            error={err('reportedOn')}
          />
        </div>
        <TextAreaField
          label={t.narrative}
          name="narrative"
          rows={3}
          required
          maxLength={4000}
          error={err('narrative')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={report.isPending}>
            {t.submitProgress}
          </button>
        </div>
      </form>
    </Section>
  );
}
