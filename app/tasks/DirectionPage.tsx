/**
 * Ý kiến chỉ đạo on one incoming document (bút phê, ND 30/2020 Phụ lục IV
 * Mục VII): the direction's words, the lead unit and its deadline, the
 * coordinating units each with an optional deadline, the expected output. It
 * creates the handling task and records the handling unit on the entry.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useDocument, type DocumentDetail } from '../documents/api';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { NotFoundPage } from '../shell/placeholders';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional } from '../ui/form-data';
import { Page, Section, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import { useTaskPage, useTaskWrite, type TaskView } from './api';
import { TaskStatusChips } from './StatusChip';
import { TASK_UNIT_KINDS } from './TaskFiltersForm';
import { tasksText } from './text';
import { UnitMultiPicker, type PickedUnit } from './UnitMultiPicker';

export function DirectionPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <DirectionView id={Number(id)} />;
}

function DirectionView({ id }: { id: number }) {
  const t = useText(tasksText).direction;
  const ui = useText(uiText);
  const doc = useDocument(id);
  const back = (
    <Link href="/nhiem-vu/chi-dao" className="button button-secondary">
      {t.back}
    </Link>
  );
  if (!doc.data) {
    return (
      <Page title={t.title} actions={back}>
        {doc.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={doc.error} onRetry={() => void doc.refetch()} />
        )}
      </Page>
    );
  }
  return (
    <Page title={t.title} actions={back}>
      <Section title={t.document}>
        <IncomingSummary doc={doc.data} />
      </Section>
      {doc.data.direction === 'incoming' ? (
        <DirectionForm doc={doc.data} />
      ) : (
        <p className="notice notice-error">{t.notIncoming}</p>
      )}
    </Page>
  );
}

function IncomingSummary({ doc }: { doc: DocumentDetail }) {
  const { lang } = useLang();
  const h = useText(tasksText).handling;
  const date = (d: string | null | undefined) => formatDate(d, lang);
  return (
    <dl className="fields-list">
      <dt>{h.numberSymbol}</dt>
      <dd>
        <Link href={`/van-ban/${doc.id}`}>{doc.numberSymbol ?? `#${doc.id}`}</Link>
        {doc.issueDate ? ` (${date(doc.issueDate)})` : ''}
      </dd>
      <dt>{h.issuer}</dt>
      <dd>{doc.issuer.name}</dd>
      <dt>{h.summary}</dt>
      <dd>{doc.summary}</dd>
      <dt>{h.arrivalNumber}</dt>
      <dd>
        {doc.arrival?.number ?? ''}
        {doc.arrival?.date ? ` (${date(doc.arrival.date)})` : ''}
      </dd>
      <dt>{h.deadline}</dt>
      <dd>{date(doc.handling?.deadline) || '—'}</dd>
    </dl>
  );
}

interface DirectionBody {
  leadUnit?: number | undefined;
  deadline?: string | undefined;
  direction?: string | undefined;
  expectedOutput?: string | undefined;
  coordinatingUnits: { unit: number; deadline?: string | undefined }[];
}

function DirectionForm({ doc }: { doc: DocumentDetail }) {
  const t = useText(tasksText).direction;
  const { lang } = useLang();
  const today = useToday();
  const [lead, setLead] = useState('');
  const [coordinating, setCoordinating] = useState<PickedUnit[]>([]);
  const [deadlines, setDeadlines] = useState<Record<number, string>>({});
  const existing = useTaskPage({ sourceDocumentId: doc.id, topLevel: 'true', pageSize: 20 });
  const directed = existing.data?.items.filter((task) => task.source.kind === 'direction') ?? [];
  const direct = useTaskWrite((body: DirectionBody) =>
    api.post<TaskView>(`/api/v1/documents/${doc.id}/direction`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    direct.mutate({
      leadUnit: formNumber(data, 'leadUnit'),
      deadline: formOptional(data, 'deadline'),
      direction: formOptional(data, 'direction'),
      expectedOutput: formOptional(data, 'expectedOutput'),
      coordinatingUnits: coordinating.map((u) => ({
        unit: u.id,
        deadline: deadlines[u.id] || undefined,
      })),
    });
  };
  const err = (name: string) => fieldError(direct.error, name);
  const asOf = doc.arrival?.date ?? today;
  if (direct.data) {
    return (
      <StatusNotice>
        <p>{t.done}</p>
        <p>
          <Link href={`/nhiem-vu/${direct.data.id}`}>{t.openTask}</Link>
        </p>
      </StatusNotice>
    );
  }
  return (
    <Section title={t.title}>
      {directed.length > 0 && (
        <div className="notice">
          <p>{t.already}</p>
          <ul className="plain-list">
            {directed.map((task) => (
              <li key={task.id}>
                <Link href={`/nhiem-vu/${task.id}`}>{task.leadUnit.name}</Link>{' '}
                <TaskStatusChips task={task} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="form" onSubmit={submit} aria-label={t.title}>
        <ErrorNotice error={direct.error} />
        <TextAreaField
          label={t.directionText}
          name="direction"
          rows={3}
          maxLength={4000}
          hint={t.directionHint}
          error={err('direction')}
        />
        <div className="form-grid">
          <UnitSelect
            label={t.leadUnit}
            name="leadUnit"
            asOf={asOf}
            kinds={TASK_UNIT_KINDS}
            kindLabels={organisationText[lang].kind}
            emptyLabel={tasksText[lang].create.chooseUnit}
            value={lead}
            onChange={(v) => {
              setLead(v);
              setCoordinating((prev) => prev.filter((u) => String(u.id) !== v));
            }}
            required
            error={err('leadUnit')}
          />
          <TextField
            label={t.deadline}
            name="deadline"
            type="date"
            min={asOf}
            defaultValue={doc.handling?.deadline ?? ''}
            error={err('deadline')}
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
          hint={t.coordinatingHint}
          asOf={asOf}
          kinds={TASK_UNIT_KINDS}
          value={coordinating}
          onChange={setCoordinating}
          exclude={lead ? [Number(lead)] : []}
          renderExtra={(u) => (
            <TextField
              label={t.coordDeadline(u.name)}
              type="date"
              min={asOf}
              className="unit-picker-extra"
              value={deadlines[u.id] ?? ''}
              onChange={(e) => setDeadlines((prev) => ({ ...prev, [u.id]: e.target.value }))}
            />
          )}
        />
        {err('coordinatingUnits') && <p className="field-error">{err('coordinatingUnits')}</p>}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={direct.isPending}>
            {t.submit}
          </button>
        </div>
      </form>
    </Section>
  );
}
