/**
 * Lên lịch tiếp công dân (the office): a leader's periodic or ad-hoc
 * reception day; the server refuses a periodic schedule published less than
 * 5 working days ahead, in a sentence naming the latest day.
 */
import { type FormEvent } from 'react';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { UnitSelect } from '../organisation/UnitSelect';
import { organisationText } from '../organisation/text';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { CASE_UNIT_KINDS, useCitizenWrite, type ReceptionSession } from './api';
import { citizensText } from './text';

const LEADER_KINDS = ['provincial_chair', 'district_chair', 'commune_chair', 'agency_head'];

export function ScheduleSessionForm() {
  const text = useText(citizensText);
  const t = text.reception;
  const { lang } = useLang();
  const today = useToday();
  const kindLabels = useText(organisationText).kind;
  const schedule = useCitizenWrite((body: Record<string, unknown>) =>
    api.post<ReceptionSession>('/api/v1/citizens/reception-sessions', body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const kind = formText(data, 'kind');
    schedule.mutate({
      leader: formText(data, 'leader'),
      leaderKind: formText(data, 'leaderKind'),
      unit: formNumber(data, 'unit'),
      date: formText(data, 'date'),
      startTime: formOptional(data, 'startTime'),
      endTime: formOptional(data, 'endTime'),
      kind,
      publishedOn: kind === 'periodic' ? formOptional(data, 'publishedOn') : undefined,
      location: formOptional(data, 'location'),
    });
  };
  const err = (name: string) => fieldError(schedule.error, name);
  return (
    <Section title={t.schedule}>
      <p className="field-hint">{t.scheduleHint}</p>
      {schedule.data && (
        <StatusNotice>{t.scheduled_(formatDate(schedule.data.date, lang))}</StatusNotice>
      )}
      <form className="form" aria-label={t.schedule} onSubmit={submit}>
        <ErrorNotice error={schedule.error} />
        <div className="form-grid">
          <TextField
            label={t.leaderName}
            name="leader"
            required
            maxLength={120}
            error={err('leader')}
          />
          <SelectField label={t.leaderKind} name="leaderKind" error={err('leaderKind')}>
            {LEADER_KINDS.map((k) => (
              <option key={k} value={k}>
                {text.leaderKind[k]}
              </option>
            ))}
          </SelectField>
          <UnitSelect
            label={t.place}
            name="unit"
            asOf={today}
            kinds={CASE_UNIT_KINDS}
            kindLabels={kindLabels}
            emptyLabel={t.chooseUnit}
            required
            error={err('unit')}
          />
          <TextField
            label={t.sessionDate}
            name="date"
            type="date"
            required
            min={today}
            error={err('date')}
          />
          <TextField
            label={t.start}
            name="startTime"
            type="time"
            defaultValue="07:30"
            error={err('startTime')}
          />
          <TextField
            label={t.end}
            name="endTime"
            type="time"
            defaultValue="11:30"
            error={err('endTime')}
          />
          <SelectField label={t.kind} name="kind" error={err('kind')}>
            <option value="periodic">{t.kinds.periodic}</option>
            <option value="ad_hoc">{t.kinds.ad_hoc}</option>
          </SelectField>
          <TextField
            label={t.publishedOn}
            name="publishedOn"
            type="date"
            defaultValue={today}
            error={err('publishedOn')}
          />
          <TextField label={t.location} name="location" maxLength={300} error={err('location')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={schedule.isPending}>
            {t.scheduleSubmit}
          </button>
        </div>
      </form>
    </Section>
  );
}
