/**
 * Tiếp nhận đơn: a citizen received at a reception session, or a letter by
 * post, hotline, portal or social network. The server numbers the case,
 * checks the complaint's filing period and starts the legal clocks; the
 * applicant's details go to the protected table.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { UnitSelect } from '../organisation/UnitSelect';
import { organisationText } from '../organisation/text';
import { ErrorNotice, fieldError, loadError } from '../ui/ErrorNotice';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Page, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import { addDays, addMonths, isLocalDate } from '../../shared/dates/local-date';
import { AREA, AreaTabs } from './AreaTabs';
import {
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  CASE_UNIT_KINDS,
  VARIANTS,
  useCitizenWrite,
  useReceptionSessions,
  type CaseView,
} from './api';
import { citizensText } from './text';

export function ReceiveCasePage() {
  const text = useText(citizensText);
  const t = text.receive;
  const { lang } = useLang();
  const user = useUser();
  const today = useToday();
  const kindLabels = useText(organisationText).kind;
  const ui = useText(uiText);
  const [classification, setClassification] = useState<string>('complaint');
  const [channel, setChannel] = useState<string>('reception');
  const [formKey, setFormKey] = useState(0);
  const sessions = useReceptionSessions(
    isLocalDate(today) ? addMonths(today, -3) : '',
    isLocalDate(today) ? addDays(today, 31) : '',
  );
  const receive = useCitizenWrite((body: Record<string, unknown>) =>
    api.post<CaseView>('/api/v1/citizens/cases', body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const person = {
      fullName: formOptional(data, 'fullName'),
      idNumber: formOptional(data, 'idNumber'),
      address: formOptional(data, 'address'),
      phone: formOptional(data, 'phone'),
      email: formOptional(data, 'email'),
    };
    const hasPerson = Object.values(person).some((v) => v !== undefined);
    const complaint = classification === 'complaint';
    receive.mutate(
      {
        receivedOn: formText(data, 'receivedOn'),
        channel,
        classification,
        competent: data.get('competent') !== null,
        instance: complaint ? formText(data, 'instance') || 'first' : undefined,
        variant: formText(data, 'variant') || 'normal',
        knownOn: complaint ? formOptional(data, 'knownOn') : undefined,
        lateReason: complaint ? formOptional(data, 'lateReason') : undefined,
        receptionSessionId: channel === 'reception' ? formNumber(data, 'session') : undefined,
        summary: formText(data, 'summary'),
        groupHeadcount: formNumber(data, 'groupHeadcount') ?? 0,
        unit: formNumber(data, 'unit'),
        handlers: data.get('handleMyself') ? [user.id] : [],
        persons: hasPerson ? [person] : [],
      },
      { onSuccess: () => setFormKey((k) => k + 1) },
    );
  };
  const err = (...names: string[]) => fieldError(receive.error, ...names);
  const allowed = canDo(user.role, 'citizens.manage');
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>}>
        {receive.data && (
          <StatusNotice>
            <p>{t.done(receive.data.caseNumber)}</p>
            <Link href={`${AREA}/don/${receive.data.id}`}>{t.open}</Link>
          </StatusNotice>
        )}
        {!allowed ? (
          <div className="notice notice-error" role="alert">
            <p>{ui.forbidden}</p>
          </div>
        ) : (
          <form className="form" aria-label={t.form} onSubmit={submit} key={formKey}>
            <ErrorNotice error={receive.error} />
            <div className="form-grid">
              <TextField
                label={t.receivedOn}
                name="receivedOn"
                type="date"
                required
                defaultValue={today}
                max={today}
                error={err('receivedOn')}
              />
              <SelectField
                label={t.channel}
                name="channel"
                value={channel}
                onChange={(e) => setChannel(e.target.value)}
                error={err('channel')}
              >
                {CASE_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {text.channel[c]}
                  </option>
                ))}
              </SelectField>
              {channel === 'reception' && (
                <SelectField
                  label={t.session}
                  name="session"
                  error={err('receptionSessionId') ?? loadError(sessions.error)}
                  aria-busy={sessions.isLoading ? true : undefined}
                  key={`sessions-${sessions.data?.length ?? 0}`}
                  defaultValue=""
                >
                  <option value="">{t.noSession}</option>
                  {[...(sessions.data ?? [])].reverse().map((s) => (
                    <option key={s.id} value={s.id}>
                      {formatDate(s.date, lang)} — {s.leader.name} ({s.unit.name})
                    </option>
                  ))}
                </SelectField>
              )}
              <SelectField
                label={t.classification}
                name="classification"
                value={classification}
                onChange={(e) => setClassification(e.target.value)}
                error={err('classification')}
              >
                {CASE_CLASSIFICATIONS.map((c) => (
                  <option key={c} value={c}>
                    {text.classification[c]}
                  </option>
                ))}
              </SelectField>
              {classification === 'complaint' && (
                <SelectField label={t.instance} name="instance" error={err('instance')}>
                  <option value="first">{text.instance.first}</option>
                  <option value="second">{text.instance.second}</option>
                </SelectField>
              )}
              <SelectField label={t.variant} name="variant" error={err('variant')}>
                {VARIANTS.map((v) => (
                  <option key={v} value={v}>
                    {text.variant[v]}
                  </option>
                ))}
              </SelectField>
              {classification === 'complaint' && (
                <TextField
                  label={t.knownOn}
                  name="knownOn"
                  type="date"
                  max={today}
                  hint={t.knownOnHint}
                  error={err('knownOn')}
                />
              )}
              <TextField
                label={t.groupHeadcount}
                name="groupHeadcount"
                type="number"
                min={0}
                defaultValue="0"
                error={err('groupHeadcount')}
              />
              <UnitSelect
                label={t.unit}
                name="unit"
                asOf={today}
                kinds={CASE_UNIT_KINDS}
                kindLabels={kindLabels}
                emptyLabel={t.noUnit}
                error={err('unit')}
              />
            </div>
            <CheckboxField label={t.competent} name="competent" defaultChecked />
            <CheckboxField label={t.handleMyself} name="handleMyself" defaultChecked />
            <TextAreaField
              label={t.summary}
              name="summary"
              required
              rows={4}
              maxLength={4000}
              hint={t.summaryHint}
              error={err('summary')}
            />
            {classification === 'complaint' && (
              <TextAreaField
                label={t.lateReason}
                name="lateReason"
                rows={2}
                maxLength={1000}
                error={err('lateReason')}
              />
            )}
            <fieldset className="panel">
              <legend>{t.person}</legend>
              <div className="form-grid">
                <TextField
                  label={t.fullName}
                  name="fullName"
                  maxLength={200}
                  autoComplete="off"
                  error={err('persons')}
                />
                <TextField label={t.idNumber} name="idNumber" maxLength={40} autoComplete="off" />
                <TextField label={t.address} name="address" maxLength={500} autoComplete="off" />
                <TextField
                  label={t.phone}
                  name="phone"
                  type="tel"
                  maxLength={40}
                  autoComplete="off"
                />
                <TextField
                  label={t.email}
                  name="email"
                  type="email"
                  maxLength={200}
                  autoComplete="off"
                />
              </div>
            </fieldset>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={receive.isPending}>
                {t.submit}
              </button>
            </div>
          </form>
        )}
      </Page>
    </>
  );
}
