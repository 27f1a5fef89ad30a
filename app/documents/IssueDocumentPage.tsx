/**
 * Cấp số văn bản đi: the office takes the next number of the issuer's series.
 * The form stays for the next document; the issued number is announced with
 * a link to the new entry.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ApiError, api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { usePositions, useUnits } from '../organisation/api';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { Page, StatusNotice } from '../ui/Page';
import type { DocumentDetail } from './api';
import { EntryFields } from './EntryFields';
import { entryBody, namesEntryField } from './form-values';
import { formNumber, formOptional } from '../ui/form-data';
import { documentLabels, type Regime } from './labels';
import { documentsText } from './text';
import { TypeOptions } from './type-options';

const ISSUER_KINDS = ['provincial_committee', 'agency', 'district_committee'] as const;

export function IssueDocumentPage() {
  const { lang } = useLang();
  const t = useText(documentsText).issue;
  const l = documentLabels[lang];
  const today = useToday();
  const client = useQueryClient();
  const units = useUnits({ asOf: today });
  const committee = units.data?.find((u) => u.kind === 'provincial_committee');
  const [issuerChoice, setIssuer] = useState<string>('');
  const issuer = issuerChoice || (committee ? String(committee.id) : '');
  const [regime, setRegime] = useState<Regime>('state_admin');
  const positions = usePositions(today, issuer ? Number(issuer) : undefined);
  const signerNames = [...new Set((positions.data ?? []).map((p) => p.fullName))];
  const issue = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post<DocumentDetail>('/api/v1/documents/outgoing', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
  const err = (name: string) => fieldError(issue.error, name);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    issue.mutate(
      {
        issuer: formNumber(data, 'issuer'),
        issuerCapacity: formOptional(data, 'issuerCapacity'),
        regime,
        type: formOptional(data, 'type'),
        fieldCode: formOptional(data, 'fieldCode'),
        issueDate: formOptional(data, 'issueDate'),
        title: formOptional(data, 'title'),
        summary: formOptional(data, 'summary'),
        ...entryBody(data),
      },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      {issue.data && (
        <StatusNotice>
          <p>{t.issued(issue.data.numberSymbol ?? String(issue.data.number ?? ''))}</p>
          <Link href={`/van-ban/${issue.data.id}`}>{t.openIssued}</Link>
        </StatusNotice>
      )}
      <form className="form" onSubmit={submit}>
        <ErrorNotice error={issue.error} />
        <div className="form-grid">
          <UnitSelect
            label={t.issuer}
            name="issuer"
            asOf={today}
            kinds={ISSUER_KINDS}
            kindLabels={organisationText[lang].kind}
            value={issuer}
            onChange={setIssuer}
            required
            error={err('issuer')}
          />
          <SelectField
            label={t.capacity}
            name="issuerCapacity"
            defaultValue="body"
            error={err('issuerCapacity')}
          >
            <option value="body">{l.capacity.body}</option>
            <option value="head">{l.capacity.head}</option>
          </SelectField>
          <SelectField
            label={t.regime}
            name="regime"
            value={regime}
            onChange={(e) => setRegime(e.target.value as Regime)}
            error={err('regime')}
          >
            <option value="state_admin">{l.regime.state_admin}</option>
            <option value="state_qppl">{l.regime.state_qppl}</option>
          </SelectField>
          <SelectField label={t.type} name="type" required defaultValue="" error={err('type')}>
            <option value="">{t.chooseType}</option>
            <TypeOptions lang={lang} regime={regime} />
          </SelectField>
          <TextField
            label={t.issueDate}
            name="issueDate"
            type="date"
            defaultValue={today}
            required
            error={err('issueDate')}
          />
          <TextField
            label={t.fieldCode}
            name="fieldCode"
            hint={t.fieldCodeHint}
            error={err('fieldCode')}
          />
        </div>
        <TextField label={t.titleField} name="title" error={err('title')} />
        <TextAreaField label={t.summary} name="summary" required rows={3} error={err('summary')} />
        <details
          className="more-fields"
          open={
            (issue.error instanceof ApiError && namesEntryField(issue.error.field)) || undefined
          }
        >
          <summary>{t.more}</summary>
          <EntryFields error={issue.error} signerNames={signerNames} />
        </details>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={issue.isPending}>
            {t.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
