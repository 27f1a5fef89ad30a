/**
 * Giao nhiệm vụ: the office records the tasks a document (a directive, a
 * conclusion…) assigns, one after another: the document stays chosen, and
 * the tasks already recorded from it are listed below the form.
 * `?vanBan=ID` opens with the document chosen (from its register page).
 */
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useDocument, type DocumentView } from '../documents/api';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Page, Section, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import { useTaskWrite, type TaskView } from './api';
import { DocumentPicker } from './DocumentPicker';
import { TasksOfDocument } from './TasksOfDocument';
import { PRIORITIES, taskLabels } from './labels';
import { LeaderSelect } from './LeaderSelect';
import { TASK_UNIT_KINDS } from './TaskFiltersForm';
import { tasksText } from './text';
import { UnitMultiPicker, type PickedUnit } from './UnitMultiPicker';

export function CreateTaskPage() {
  const t = useText(tasksText).create;
  const ui = useText(uiText);
  const user = useUser();
  const [params] = useSearchParams();
  const initialId = Number(params.get('vanBan'));
  const initial = useDocument(Number.isInteger(initialId) && initialId > 0 ? initialId : 0);
  if (!canDo(user.role, 'tasks.create')) {
    return (
      <Page title={t.title}>
        <p className="notice notice-error">{ui.forbidden}</p>
      </Page>
    );
  }
  if (initialId > 0 && initial.isLoading) {
    return (
      <Page title={t.title}>
        <p role="status">{ui.loading}</p>
      </Page>
    );
  }
  return <CreateTaskView initial={initialId > 0 ? (initial.data ?? null) : null} />;
}

interface CreateBody {
  sourceDocumentId?: number | undefined;
  itemLabel?: string | undefined;
  content: string;
  leadUnit?: number | undefined;
  coordinatingUnits: number[];
  leader?: number | undefined;
  deadline?: string | undefined;
  expectedOutput?: string | undefined;
  priority: string;
}

function CreateTaskView({ initial }: { initial: DocumentView | null }) {
  const t = useText(tasksText).create;
  const { lang } = useLang();
  const l = taskLabels[lang];
  const today = useToday();
  const [doc, setDoc] = useState<DocumentView | null>(initial);
  const [lead, setLead] = useState('');
  const [coordinating, setCoordinating] = useState<PickedUnit[]>([]);
  const [formKey, setFormKey] = useState(0);
  const create = useTaskWrite((body: CreateBody) => api.post<TaskView>('/api/v1/tasks', body));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    create.mutate(
      {
        sourceDocumentId: doc?.id,
        itemLabel: formOptional(data, 'itemLabel'),
        content: formText(data, 'content'),
        leadUnit: formNumber(data, 'leadUnit'),
        coordinatingUnits: coordinating.map((u) => u.id),
        leader: formNumber(data, 'leader'),
        deadline: formOptional(data, 'deadline'),
        expectedOutput: formOptional(data, 'expectedOutput'),
        priority: formText(data, 'priority') || 'normal',
      },
      {
        onSuccess: () => {
          // A fresh form for the next task of the same document.
          setLead('');
          setCoordinating([]);
          setFormKey((k) => k + 1);
        },
      },
    );
  };
  const err = (name: string) => fieldError(create.error, name);
  const unitKinds = organisationText[lang].kind;
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      {create.data && (
        <StatusNotice>
          <p>{t.created(create.data.id)}</p>
          <p>
            <Link href={`/nhiem-vu/${create.data.id}`}>{t.openCreated}</Link>
          </p>
          {doc && <p>{t.another}</p>}
        </StatusNotice>
      )}
      <Section title={t.sourceDocument}>
        <DocumentPicker chosen={doc} onChoose={setDoc} />
      </Section>
      <form key={formKey} className="form" onSubmit={submit} aria-label={t.title}>
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <TextField
            label={t.itemLabel}
            name="itemLabel"
            maxLength={40}
            hint={t.itemLabelHint}
            error={err('itemLabel')}
          />
          <SelectField label={t.priority} name="priority" defaultValue="normal">
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {l.priority[p]}
              </option>
            ))}
          </SelectField>
        </div>
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
            asOf={today}
            kinds={TASK_UNIT_KINDS}
            kindLabels={unitKinds}
            emptyLabel={t.chooseUnit}
            value={lead}
            onChange={(v) => {
              setLead(v);
              setCoordinating((prev) => prev.filter((u) => String(u.id) !== v));
            }}
            required
            error={err('leadUnit')}
          />
          <LeaderSelect
            label={t.leader}
            name="leader"
            asOf={today}
            emptyLabel={t.noLeader}
            error={err('leader')}
          />
          <TextField
            label={t.deadline}
            name="deadline"
            type="date"
            hint={t.deadlineHint}
            error={err('deadline')}
          />
          <TextField
            label={t.expectedOutput}
            name="expectedOutput"
            maxLength={500}
            hint={t.expectedOutputHint}
            error={err('expectedOutput')}
          />
        </div>
        <UnitMultiPicker
          legend={t.coordinating}
          asOf={today}
          kinds={TASK_UNIT_KINDS}
          value={coordinating}
          onChange={setCoordinating}
          exclude={lead ? [Number(lead)] : []}
        />
        {fieldError(create.error, 'coordinatingUnits') && (
          <p className="field-error">{fieldError(create.error, 'coordinatingUnits')}</p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t.submit}
          </button>
        </div>
      </form>
      {doc && <TasksOfDocument documentId={doc.id} />}
    </Page>
  );
}
