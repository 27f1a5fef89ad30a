/**
 * Đôn đốc: the office or a leader urges one of the task's units (nhắc nhở,
 * phê bình, kiểm điểm); the attempt number is given by the server.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { useTaskWrite, type Assignment, type UrgingKind, type UrgingView } from './api';
import { taskLabels, URGING_KINDS } from './labels';
import { tasksText } from './text';

export function UrgeForm({ assignments }: { assignments: readonly Assignment[] }) {
  const t = useText(tasksText).forms;
  const { lang } = useLang();
  const l = taskLabels[lang];
  const [assignmentId, setAssignmentId] = useState(String(assignments[0]?.id ?? ''));
  const chosen = assignments.find((a) => String(a.id) === assignmentId);
  const urge = useTaskWrite((body: { assignmentId: string; kind: UrgingKind; message: string }) =>
    api.post<UrgingView>(`/api/v1/task-assignments/${body.assignmentId}/urgings`, {
      kind: body.kind,
      message: body.message,
    }),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    urge.mutate({
      assignmentId,
      kind: formText(data, 'kind') as UrgingKind,
      message: formText(data, 'message'),
    });
  };
  const err = (name: string) => fieldError(urge.error, name);
  return (
    <Section title={t.urge}>
      <p className="field-hint">{t.urgeIntro}</p>
      <form className="form" onSubmit={submit}>
        {urge.data && <StatusNotice>{t.urged(urge.data.unitName, urge.data.attempt)}</StatusNotice>}
        <ErrorNotice error={urge.error} />
        <div className="form-grid">
          <SelectField
            label={t.urgeUnit}
            name="assignmentId"
            value={assignmentId}
            onChange={(e) => setAssignmentId(e.target.value)}
            error={err('assignmentId')}
          >
            {assignments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.unitName} ({l.role[a.role]})
              </option>
            ))}
          </SelectField>
          <SelectField label={t.urgeKind} name="kind" defaultValue="nhac_nho" error={err('kind')}>
            {URGING_KINDS.map((k) => (
              <option key={k} value={k}>
                {l.urgingKind[k]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          // A new default message for each unit chosen.
          key={assignmentId}
          label={t.urgeMessage}
          name="message"
          rows={3}
          required
          maxLength={2000}
          defaultValue={chosen ? t.urgeDefault(chosen.unitName) : ''}
          error={err('message')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={urge.isPending}>
            {t.submitUrge}
          </button>
        </div>
      </form>
    </Section>
  );
}
