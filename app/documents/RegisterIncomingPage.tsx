/** Vào sổ văn bản đến: records a received document with the next arrival number. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiError, api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { useToday, useUser } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { Page, StatusNotice } from '../ui/Page';
import type { DocumentDetail } from './api';
import { EntryFields } from './EntryFields';
import { entryBody, namesEntryField } from './form-values';
import { formNumber, formOptional } from '../ui/form-data';
import { documentsText } from './text';
import { TypeOptions } from './type-options';

const REGISTER_KINDS = [
  'provincial_committee',
  'agency',
  'district_committee',
  'commune_committee',
  'provincial_council',
] as const;
const ISSUER_KINDS = [
  'central_body',
  'party_committee',
  'provincial_committee',
  'provincial_council',
  'agency',
  'district_committee',
  'commune_committee',
  'other_body',
] as const;

export function RegisterIncomingPage() {
  const { lang } = useLang();
  const t = useText(documentsText).incoming;
  const common = useText(documentsText).issue;
  const kinds = organisationText[lang].kind;
  const today = useToday();
  const user = useUser();
  const client = useQueryClient();
  const register = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post<DocumentDetail>('/api/v1/documents/incoming', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
  const err = (name: string) => fieldError(register.error, name);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    register.mutate(
      {
        register: formNumber(data, 'register'),
        issuer: formNumber(data, 'issuer'),
        issuerName: formOptional(data, 'issuerName'),
        type: formOptional(data, 'type'),
        numberSymbol: formOptional(data, 'numberSymbol'),
        issueDate: formOptional(data, 'issueDate'),
        arrivalDate: formOptional(data, 'arrivalDate'),
        handlingUnit: formNumber(data, 'handlingUnit'),
        handlingDeadline: formOptional(data, 'handlingDeadline'),
        summary: formOptional(data, 'summary'),
        ...entryBody(data),
      },
      { onSuccess: () => form.reset() },
    );
  };
  const done = register.data;
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      {done && (
        <StatusNotice>
          <p>{t.registered(String(done.arrival?.number ?? ''))}</p>
          <Link href={`/van-ban/${done.id}`}>{t.openRegistered}</Link>
        </StatusNotice>
      )}
      <form className="form" onSubmit={submit}>
        <ErrorNotice error={register.error} />
        <div className="form-grid">
          <UnitSelect
            label={t.register}
            name="register"
            asOf={today}
            kinds={REGISTER_KINDS}
            kindLabels={kinds}
            defaultValue={user.unitId ? String(user.unitId) : undefined}
            required
            error={err('register')}
          />
          <TextField
            label={t.numberSymbol}
            name="numberSymbol"
            required
            hint={t.numberSymbolHint}
            error={err('numberSymbol')}
          />
          <UnitSelect
            label={t.issuer}
            name="issuer"
            asOf={today}
            kinds={ISSUER_KINDS}
            kindLabels={kinds}
            emptyLabel={t.issuerNone}
            error={err('issuer')}
          />
          <TextField
            label={t.issuerName}
            name="issuerName"
            hint={t.issuerNameHint}
            error={err('issuerName')}
          />
          <SelectField label={t.type} name="type" defaultValue="" error={err('type')}>
            <option value="">{t.anyType}</option>
            <TypeOptions lang={lang} />
          </SelectField>
          <TextField
            label={t.issueDate}
            name="issueDate"
            type="date"
            required
            error={err('issueDate')}
          />
          <TextField
            label={t.arrivalDate}
            name="arrivalDate"
            type="date"
            defaultValue={today}
            error={err('arrivalDate')}
          />
          <UnitSelect
            label={t.handlingUnit}
            name="handlingUnit"
            asOf={today}
            kinds={REGISTER_KINDS}
            kindLabels={kinds}
            emptyLabel={t.handlingNone}
            error={err('handlingUnit')}
          />
          <TextField
            label={t.handlingDeadline}
            name="handlingDeadline"
            type="date"
            error={err('handlingDeadline')}
          />
        </div>
        <TextAreaField
          label={common.summary}
          name="summary"
          required
          rows={3}
          error={err('summary')}
        />
        <details
          className="more-fields"
          open={
            (register.error instanceof ApiError && namesEntryField(register.error.field)) ||
            undefined
          }
        >
          <summary>{common.more}</summary>
          <EntryFields error={register.error} />
        </details>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={register.isPending}>
            {t.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
