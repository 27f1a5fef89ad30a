/**
 * Lịch ngày làm việc: a year's holidays, compensatory days off and weekend
 * days worked, month by month; the province adds or removes its own days.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isoWeekday } from '../../shared/dates/local-date';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { formatCount, formatDate } from '../platform/format';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { Page, Section, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import { calendarText } from './text';
import { formNumber, formText } from '../ui/form-data';

interface CalendarEntry {
  date: string;
  kind: 'holiday' | 'day_off' | 'working_day';
  name: string;
  source: 'shipped' | 'admin';
}

interface CalendarYear {
  year: number;
  entries: CalendarEntry[];
  workingDays: number;
}

export function CalendarPage() {
  const today = useToday();
  const t = useText(calendarText);
  if (!today) return <Page title={t.title}>{null}</Page>;
  return <CalendarView initialYear={Number(today.slice(0, 4))} />;
}

function CalendarView({ initialYear }: { initialYear: number }) {
  const { lang } = useLang();
  const t = useText(calendarText);
  const ui = useText(uiText);
  const client = useQueryClient();
  const [year, setYear] = useState(initialYear);
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => api.get<CalendarYear>('/api/v1/calendar', { year }, signal),
  });
  const remove = useMutation({
    mutationFn: (date: string) => api.delete(`/api/v1/calendar/entries/${date}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const entries = calendar.data?.entries ?? [];
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      <form
        className="inline-form"
        aria-label={t.year}
        onSubmit={(e) => {
          e.preventDefault();
          const y = formNumber(new FormData(e.currentTarget), 'year');
          if (y !== undefined && Number.isInteger(y) && y >= 1900 && y <= 2200) setYear(y);
        }}
      >
        <TextField
          label={t.year}
          name="year"
          type="number"
          min={1900}
          max={2200}
          defaultValue={year}
        />
        <button type="submit" className="button button-secondary">
          {t.show}
        </button>
      </form>
      {calendar.data && (
        <p className="lead">
          {t.workingDays(calendar.data.year, formatCount(calendar.data.workingDays, lang))}
        </p>
      )}
      {remove.isSuccess && (
        <StatusNotice>{t.removed(formatDate(remove.variables, lang))}</StatusNotice>
      )}
      <ErrorNotice error={remove.error} />
      {calendar.isLoading && <p role="status">{ui.loading}</p>}
      <ErrorNotice error={calendar.error} onRetry={() => void calendar.refetch()} />
      {calendar.data && (
        <div className="year-grid">
          {t.months.map((month, i) => {
            const inMonth = entries.filter((e) => Number(e.date.slice(5, 7)) === i + 1);
            return (
              <section key={month} className="month-card" aria-label={`${month} ${year}`}>
                <h2>{month}</h2>
                {inMonth.length === 0 ? (
                  <p className="muted">{t.noEntries}</p>
                ) : (
                  <ul className="calendar-entries">
                    {inMonth.map((e) => (
                      <li key={e.date} className={`calendar-entry kind-${e.kind}`}>
                        <span className="calendar-date">
                          {t.weekdays[isoWeekday(e.date) - 1]}, {formatDate(e.date, lang)}
                        </span>
                        <span className={`badge badge-${e.kind}`}>{t.kind[e.kind]}</span>
                        <span>{e.name}</span>
                        <span className="muted">{t.source[e.source]}</span>
                        {e.source === 'admin' && (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            aria-label={t.remove(formatDate(e.date, lang))}
                            onClick={() => remove.mutate(e.date)}
                          >
                            {t.removeShort}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      <AddEntryForm year={year} />
    </Page>
  );
}

function AddEntryForm({ year }: { year: number }) {
  const t = useText(calendarText);
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: (body: { date: string; kind: string; name: string }) =>
      api.post('/api/v1/calendar/entries', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    add.mutate(
      {
        date: formText(data, 'date'),
        kind: formText(data, 'kind'),
        name: formText(data, 'name'),
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Section title={t.add}>
      <form className="form" onSubmit={submit}>
        {add.isSuccess && <StatusNotice>{t.added}</StatusNotice>}
        <ErrorNotice error={add.error} />
        <div className="form-grid">
          <TextField
            label={t.date}
            name="date"
            type="date"
            required
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            error={fieldError(add.error, 'date')}
          />
          <SelectField
            label={t.kindLabel}
            name="kind"
            defaultValue="day_off"
            error={fieldError(add.error, 'kind')}
          >
            {(['holiday', 'day_off', 'working_day'] as const).map((k) => (
              <option key={k} value={k}>
                {t.kind[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.name}
            name="name"
            required
            hint={t.nameHint}
            error={fieldError(add.error, 'name')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {t.add}
          </button>
        </div>
      </form>
    </Section>
  );
}
