/**
 * The work on a case: assigning the unit and handlers (the office), recording
 * a statutory step as done, extending a step within the law, closing the
 * case (the office or an assigned handler), and an administrator's
 * break-glass read of the protected applicants (reason audited).
 */
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { useUsers } from '../users/api';
import { UnitSelect } from '../organisation/UnitSelect';
import { organisationText } from '../organisation/text';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { CASE_UNIT_KINDS, useCitizenWrite, type CasePersonsResult, type CaseView } from './api';
import { PersonsTable } from './PersonsTable';
import { citizensText } from './text';

const casePath = (c: CaseView) => `/api/v1/citizens/cases/${c.id}`;

export function AssignForm({ c }: { c: CaseView }) {
  const t = useText(citizensText).detail;
  const user = useUser();
  const today = useToday();
  const kindLabels = useText(organisationText).kind;
  const assign = useCitizenWrite((body: Record<string, unknown>) =>
    api.post<CaseView>(`${casePath(c)}/assignment`, body),
  );
  const others = c.handlers.filter((h) => h.userId !== user.id);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const handlers = data
      .getAll('handler')
      .map((v) => Number(v))
      .filter((n) => Number.isInteger(n) && n > 0);
    assign.mutate({ unit: formNumber(data, 'unit'), handlers, version: c.version });
  };
  return (
    <Section title={t.assign}>
      {assign.isSuccess && <StatusNotice>{t.assigned}</StatusNotice>}
      <form className="form" aria-label={t.assign} onSubmit={submit}>
        <ErrorNotice error={assign.error} />
        <UnitSelect
          label={t.assignUnit}
          name="unit"
          asOf={today}
          kinds={CASE_UNIT_KINDS}
          kindLabels={kindLabels}
          emptyLabel={t.chooseUnit}
          required
          defaultValue={c.unit ? String(c.unit.id) : ''}
          error={fieldError(assign.error, 'unit')}
        />
        <fieldset className="panel">
          <legend>{t.assignHandlers}</legend>
          {others.map((h) => (
            <CheckboxField
              key={h.userId}
              label={h.name}
              name="handler"
              value={String(h.userId)}
              defaultChecked
            />
          ))}
          <CheckboxField
            label={t.assignMe}
            name="handler"
            value={String(user.id)}
            defaultChecked={c.handlers.some((h) => h.userId === user.id)}
          />
          {canDo(user.role, 'admin') && <OtherUsers c={c} />}
          {fieldError(assign.error, 'handlers') && (
            <p className="field-error">{fieldError(assign.error, 'handlers')}</p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={assign.isPending}>
            {t.assignSubmit}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** An administrator may give the case to any active user (the office lists no users). */
function OtherUsers({ c }: { c: CaseView }) {
  const t = useText(citizensText).detail;
  const user = useUser();
  const users = useUsers();
  const taken = new Set([user.id, ...c.handlers.map((h) => h.userId)]);
  const others = (users.data ?? []).filter((u) => u.active && !taken.has(u.id));
  if (others.length === 0) return null;
  return (
    <fieldset className="panel">
      <legend>{t.otherUsers}</legend>
      {others.map((u) => (
        <CheckboxField
          key={u.id}
          label={u.unitName ? `${u.fullName} (${u.unitName})` : u.fullName}
          name="handler"
          value={String(u.id)}
        />
      ))}
    </fieldset>
  );
}

function openSteps(c: CaseView) {
  return c.steps.filter((s) => s.completedOn === null);
}

export function CompleteStepForm({ c }: { c: CaseView }) {
  const t = useText(citizensText).detail;
  const today = useToday();
  const steps = openSteps(c);
  const [formKey, setFormKey] = useState(0);
  const complete = useCitizenWrite(({ step, ...body }: Record<string, unknown>) =>
    api.post<CaseView>(`${casePath(c)}/steps/${String(step)}/complete`, body),
  );
  if (steps.length === 0) return null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    complete.mutate(
      {
        step: formText(data, 'step'),
        completedOn: formText(data, 'completedOn'),
        decisionRef: formOptional(data, 'decisionRef'),
        version: c.version,
      },
      { onSuccess: () => setFormKey((k) => k + 1) },
    );
  };
  const err = (name: string) => fieldError(complete.error, name);
  return (
    <Section title={t.completeStep}>
      {complete.isSuccess && <StatusNotice>{t.completed}</StatusNotice>}
      <form className="form" aria-label={t.completeStep} onSubmit={submit} key={formKey}>
        <ErrorNotice error={complete.error} />
        <div className="form-grid">
          <SelectField label={t.whichStep} name="step" error={err('step')}>
            {steps.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.completedOn}
            name="completedOn"
            type="date"
            required
            max={today}
            defaultValue={today}
            error={err('completedOn')}
          />
          <TextField
            label={t.decisionRef}
            name="decisionRef"
            maxLength={200}
            error={err('decisionRef')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={complete.isPending}>
            {t.completeSubmit}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function ExtendStepForm({ c }: { c: CaseView }) {
  const t = useText(citizensText).detail;
  const today = useToday();
  const steps = openSteps(c).filter((s) => s.extensionAllowance !== null);
  const extend = useCitizenWrite(({ step, ...body }: Record<string, unknown>) =>
    api.post<CaseView>(`${casePath(c)}/steps/${String(step)}/extend`, body),
  );
  if (steps.length === 0) return null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    extend.mutate({
      step: formText(data, 'step'),
      days: formNumber(data, 'days'),
      decidedOn: formText(data, 'decidedOn'),
      decisionRef: formOptional(data, 'decisionRef'),
      version: c.version,
    });
  };
  const err = (name: string) => fieldError(extend.error, name);
  return (
    <Section title={t.extend}>
      {extend.isSuccess && <StatusNotice>{t.extended}</StatusNotice>}
      <form className="form" aria-label={t.extend} onSubmit={submit}>
        <ErrorNotice error={extend.error} />
        <div className="form-grid">
          <SelectField label={t.whichStep} name="step" error={err('step')}>
            {steps.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.extendDays}
            name="days"
            type="number"
            min={1}
            required
            error={err('days')}
          />
          <TextField
            label={t.decidedOn}
            name="decidedOn"
            type="date"
            required
            defaultValue={today}
            error={err('decidedOn')}
          />
          <TextField
            label={t.decisionRef}
            name="decisionRef"
            maxLength={200}
            error={err('decisionRef')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={extend.isPending}>
            {t.extendSubmit}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function CloseForm({ c }: { c: CaseView }) {
  const t = useText(citizensText).detail;
  const today = useToday();
  const close = useCitizenWrite((body: Record<string, unknown>) =>
    api.post<CaseView>(`${casePath(c)}/close`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    close.mutate({
      closedOn: formText(data, 'closedOn'),
      outcome: formText(data, 'outcome'),
      version: c.version,
    });
  };
  const err = (name: string) => fieldError(close.error, name);
  return (
    <Section title={t.close}>
      <form className="form" aria-label={t.close} onSubmit={submit}>
        <ErrorNotice error={close.error} />
        <TextField
          label={t.closedOn}
          name="closedOn"
          type="date"
          required
          max={today}
          defaultValue={today}
          error={err('closedOn')}
        />
        <TextAreaField
          label={t.outcomeField}
          name="outcome"
          required
          rows={3}
          maxLength={2000}
          error={err('outcome')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={close.isPending}>
            {t.closeSubmit}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function BreakGlassForm({ c }: { c: CaseView }) {
  const t = useText(citizensText).detail;
  const read = useMutation({
    mutationFn: (reason: string) =>
      api.post<CasePersonsResult>(`${casePath(c)}/persons/break-glass`, { reason }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    read.mutate(formText(new FormData(e.currentTarget), 'reason'));
  };
  if (read.data) return <PersonsTable persons={read.data.persons} />;
  return (
    <details className="filter-details">
      <summary>{t.breakGlass}</summary>
      <form className="form" aria-label={t.breakGlass} onSubmit={submit}>
        <ErrorNotice error={read.error} />
        <TextAreaField
          label={t.breakGlassReason}
          name="reason"
          required
          rows={2}
          minLength={10}
          maxLength={1000}
          hint={t.breakGlassHint}
          error={fieldError(read.error, 'reason')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={read.isPending}>
            {t.breakGlassSubmit}
          </button>
        </div>
      </form>
    </details>
  );
}
