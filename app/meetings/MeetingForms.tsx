/** The office's forms on a draft meeting: an agenda item, a conclusion, issuing the notice. */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { LeaderSelect } from '../tasks/LeaderSelect';
import { TASK_UNIT_KINDS } from '../tasks/TaskFiltersForm';
import { UnitMultiPicker, type PickedUnit } from '../tasks/UnitMultiPicker';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { useMeetingWrite, type MeetingView } from './api';
import { meetingsText } from './text';

/** Bổ sung nội dung vào chương trình. */
export function AgendaItemForm({ meeting }: { meeting: MeetingView }) {
  const t = useText(meetingsText).detail;
  const { lang } = useLang();
  const add = useMeetingWrite((body: Record<string, unknown>) =>
    api.post<MeetingView>(`/api/v1/meetings/${meeting.id}/agenda-items`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    add.mutate(
      {
        title: formText(data, 'title'),
        note: formOptional(data, 'note'),
        leadUnit: formNumber(data, 'leadUnit'),
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Section title={t.addItem}>
      <form className="form" onSubmit={submit} aria-label={t.addItem}>
        <ErrorNotice error={add.error} />
        <TextField
          label={t.itemTitle}
          name="title"
          required
          maxLength={1000}
          error={fieldError(add.error, 'title')}
        />
        <div className="form-grid">
          <UnitSelect
            label={t.itemLead}
            name="leadUnit"
            asOf={meeting.meetingDate}
            kinds={TASK_UNIT_KINDS}
            kindLabels={organisationText[lang].kind}
            emptyLabel={t.none}
            error={fieldError(add.error, 'leadUnit')}
          />
          <TextField label={t.itemNote} name="note" maxLength={2000} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={add.isPending}>
            {t.submitItem}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** Ghi kết luận: one lead unit, coordinating units, a deadline, the leader in charge. */
export function ConclusionForm({ meeting }: { meeting: MeetingView }) {
  const t = useText(meetingsText).detail;
  const { lang } = useLang();
  const [lead, setLead] = useState('');
  const [coordinating, setCoordinating] = useState<PickedUnit[]>([]);
  const [formKey, setFormKey] = useState(0);
  const record = useMeetingWrite((body: Record<string, unknown>) =>
    api.post<MeetingView>(`/api/v1/meetings/${meeting.id}/conclusions`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    record.mutate(
      {
        content: formText(data, 'content'),
        expectedOutput: formOptional(data, 'expectedOutput'),
        leadUnit: formNumber(data, 'leadUnit'),
        coordinatingUnits: coordinating.map((u) => u.id),
        deadline: formOptional(data, 'deadline'),
        leader: formNumber(data, 'leader'),
      },
      {
        onSuccess: () => {
          setLead('');
          setCoordinating([]);
          setFormKey((k) => k + 1);
        },
      },
    );
  };
  const err = (name: string) => fieldError(record.error, name);
  return (
    <Section title={t.addConclusion}>
      {record.isSuccess && <StatusNotice>{t.conclusionAdded}</StatusNotice>}
      <form key={formKey} className="form" onSubmit={submit} aria-label={t.addConclusion}>
        <ErrorNotice error={record.error} />
        <TextAreaField
          label={t.content}
          name="content"
          rows={3}
          required
          maxLength={4000}
          error={err('content')}
        />
        <div className="form-grid">
          <UnitSelect
            label={t.leadUnit}
            name="leadUnit"
            asOf={meeting.meetingDate}
            kinds={TASK_UNIT_KINDS}
            kindLabels={organisationText[lang].kind}
            emptyLabel={t.none}
            value={lead}
            onChange={setLead}
            required
            error={err('leadUnit')}
          />
          <TextField
            label={t.deadline}
            name="deadline"
            type="date"
            min={meeting.meetingDate}
            error={err('deadline')}
          />
          <LeaderSelect
            label={t.leader}
            name="leader"
            asOf={meeting.meetingDate}
            emptyLabel={t.leaderDefault}
            error={err('leader')}
          />
          <TextField
            label={t.expectedOutput}
            name="expectedOutput"
            maxLength={500}
            error={err('expectedOutput')}
          />
        </div>
        <UnitMultiPicker
          legend={t.coordinating}
          asOf={meeting.meetingDate}
          kinds={TASK_UNIT_KINDS}
          value={coordinating}
          onChange={setCoordinating}
          exclude={lead ? [Number(lead)] : []}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={record.isPending}>
            {t.submitConclusion}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** Ban hành Thông báo kết luận. */
export function IssueForm({ meeting }: { meeting: MeetingView }) {
  const t = useText(meetingsText).detail;
  const today = useToday();
  const issue = useMeetingWrite((body: Record<string, unknown>) =>
    api.post<MeetingView>(`/api/v1/meetings/${meeting.id}/issue`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    issue.mutate({
      issueDate: formOptional(data, 'issueDate'),
      summary: formOptional(data, 'summary'),
    });
  };
  const doc = issue.data?.conclusionDocument;
  return (
    <Section title={t.issue}>
      {doc && (
        <StatusNotice>
          <Link href={`/van-ban/${doc.id}`}>{t.issued(doc.numberSymbol ?? `#${doc.id}`)}</Link>
        </StatusNotice>
      )}
      <p className="field-hint">{t.issueIntro}</p>
      <form className="form" onSubmit={submit} aria-label={t.issue}>
        <ErrorNotice error={issue.error} />
        <div className="form-grid">
          <TextField
            label={t.issueDate}
            name="issueDate"
            type="date"
            min={meeting.meetingDate}
            defaultValue={today > meeting.meetingDate ? today : meeting.meetingDate}
            error={fieldError(issue.error, 'issueDate')}
          />
          <TextField
            label={t.summary}
            name="summary"
            maxLength={1000}
            error={fieldError(issue.error, 'summary')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={issue.isPending}>
            {t.submitIssue}
          </button>
        </div>
      </form>
    </Section>
  );
}
