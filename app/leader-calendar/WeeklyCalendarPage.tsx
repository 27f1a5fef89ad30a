/**
 * Lịch công tác tuần: the Chair's and Vice-Chairs' events of one ISO week
 * (Monday to Sunday, local time), for all of them or one, with clashes
 * marked in words; the office adds and removes events, a leader their own.
 * `?week=2023-W28&leader=2` keeps the choice; the week of the product's
 * today comes first.
 */
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { addDays, isoWeekday as weekdayOf } from '../../shared/dates/local-date';
import { api } from '../platform/api-client';
import { formatDate, formatLocalTime } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { LeaderSelect } from '../tasks/LeaderSelect';
import { UnitMultiPicker, type PickedUnit } from '../tasks/UnitMultiPicker';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Page, Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import {
  ADDABLE_KINDS,
  isoWeekOf,
  useCalendarWrite,
  useWeeklyCalendar,
  type LeaderEvent,
} from './api';
import { calendarText } from './text';

const UNIT_KINDS = ['agency', 'district_committee', 'provincial_committee', 'other_body'] as const;

/** `+07:00`: the zone's offset on a date (Việt Nam has no daylight saving, but ask anyway). */
function zoneOffset(date: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T05:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+07:00';
}

export function WeeklyCalendarPage() {
  const t = useText(calendarText);
  const { lang } = useLang();
  const today = useToday();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const week = params.get('week') || isoWeekOf(today);
  const leader = params.get('leader') ?? '';
  const calendar = useWeeklyCalendar(week, leader);
  const remove = useCalendarWrite((id: number) =>
    api.delete<void>(`/api/v1/leader-calendar/events/${id}`),
  );
  const manages = canDo(user.role, 'leaderCalendar.manage');
  const canRemove = manages || canDo(user.role, 'leaderCalendar.addOwn');
  // A leader removes only their own events (the server checks too).
  const removable = useCallback(
    (e: LeaderEvent) => e.meetingId === null && (manages || e.leader.name === user.fullName),
    [manages, user.fullName],
  );
  const go = (next: { week?: string; leader?: string }) => {
    const merged = { week, leader, ...next };
    const out: Record<string, string> = {};
    if (merged.week !== isoWeekOf(today)) out.week = merged.week;
    if (merged.leader) out.leader = merged.leader;
    setParams(out);
  };
  const data = calendar.data;
  const columns = useMemo<Column<LeaderEvent>[]>(() => {
    const s = calendarText[lang];
    const titles = new Map((data?.events ?? []).map((e) => [e.id, e.title] as const));
    const participants = (e: LeaderEvent) =>
      [
        ...e.participants.people.map((p) => p.name),
        ...e.participants.units.map((u) => u.name),
        e.participants.note ?? '',
      ]
        .filter(Boolean)
        .join(', ');
    const cols: Column<LeaderEvent>[] = [
      {
        id: 'day',
        header: s.day,
        cell: (e) => (
          <span className="nowrap">
            {s.weekday(weekdayOf(e.date))}, {formatDate(e.date, lang)}
          </span>
        ),
        value: (e) => `${s.weekday(weekdayOf(e.date))} ${formatDate(e.date, lang)}`,
      },
      {
        id: 'time',
        header: s.time,
        cell: (e) => (
          <span className="nowrap">
            {formatLocalTime(e.startsAtLocal)}–{formatLocalTime(e.endsAtLocal)}
          </span>
        ),
        value: (e) => `${formatLocalTime(e.startsAtLocal)}–${formatLocalTime(e.endsAtLocal)}`,
      },
      { id: 'leader', header: s.leader, cell: (e) => e.leader.name, value: (e) => e.leader.name },
      {
        id: 'content',
        header: s.content,
        alwaysVisible: true,
        cell: (e) => (
          <span className="summary-cell">
            <span className={`event-kind event-kind-${e.kind}`}>{s.kind[e.kind] ?? e.kind}</span>{' '}
            {e.meetingId ? <Link href={`/hoi-nghi/${e.meetingId}`}>{e.title}</Link> : e.title}
            {e.conflictsWith.length > 0 && (
              <span className="event-conflict">
                <span aria-hidden="true">⚠ </span>
                {s.conflictWith(e.conflictsWith.map((id) => titles.get(id) ?? `#${id}`).join('; '))}
              </span>
            )}
          </span>
        ),
        value: (e) => `${s.kind[e.kind] ?? e.kind}: ${e.title}`,
      },
      {
        id: 'location',
        header: s.location,
        cell: (e) => e.location ?? '',
        value: (e) => e.location,
      },
      { id: 'participants', header: s.participants, cell: participants, value: participants },
    ];
    if (canRemove)
      cols.push({
        id: 'actions',
        header: s.actions,
        noExport: true,
        cell: (e) =>
          !removable(e) ? null : (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={s.removeEvent(e.title)}
              disabled={remove.isPending}
              onClick={() => remove.mutate(e.id)}
            >
              {s.remove}
            </button>
          ),
        value: () => null,
      });
    return cols;
  }, [lang, data, canRemove, remove, removable]);
  const submitLeader = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go({ leader: formText(new FormData(e.currentTarget), 'leader') });
  };
  const from = data?.from ?? '';
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      <div className="week-bar">
        {from && (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go({ week: isoWeekOf(addDays(from, -7)) })}
            >
              <span aria-hidden="true">← </span>
              {t.previous}
            </button>
            <p className="week-label" aria-live="polite">
              {t.week(data?.week ?? week, formatDate(from, lang), formatDate(data?.to ?? '', lang))}
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go({ week: isoWeekOf(addDays(from, 7)) })}
            >
              {t.next}
              <span aria-hidden="true"> →</span>
            </button>
            {week !== isoWeekOf(today) && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => go({ week: isoWeekOf(today) })}
              >
                {t.thisWeek}
              </button>
            )}
          </>
        )}
      </div>
      <form className="inline-form" onSubmit={submitLeader} aria-label={t.leader}>
        <LeaderSelect
          key={leader}
          label={t.leader}
          name="leader"
          asOf={from || today}
          emptyLabel={t.everyone}
          defaultValue={leader}
        />
        <button type="submit" className="button button-primary">
          {t.show}
        </button>
      </form>
      {remove.isSuccess && <StatusNotice>{t.removed}</StatusNotice>}
      <ErrorNotice error={remove.error} />
      {data && data.conflicts.length > 0 && (
        <p className="notice notice-error">{t.conflicts(data.conflicts.length)}</p>
      )}
      <DataTable
        tableId="leader-calendar"
        caption={t.caption(formatDate(from, lang), formatDate(data?.to ?? '', lang))}
        columns={columns}
        rows={data?.events}
        rowKey={(e) => e.id}
        loading={calendar.isFetching}
        error={calendar.error}
        onRetry={() => void calendar.refetch()}
        emptyText={t.empty}
      />
      {(canDo(user.role, 'leaderCalendar.manage') || canDo(user.role, 'leaderCalendar.addOwn')) &&
        data && <AddEventForm from={data.from} timeZone={data.timeZone} />}
    </Page>
  );
}

function AddEventForm({ from, timeZone }: { from: string; timeZone: string }) {
  const t = useText(calendarText);
  const user = useUser();
  const today = useToday();
  const own = !canDo(user.role, 'leaderCalendar.manage');
  const [units, setUnits] = useState<PickedUnit[]>([]);
  const [formKey, setFormKey] = useState(0);
  const add = useCalendarWrite((body: Record<string, unknown>) =>
    api.post<LeaderEvent>('/api/v1/leader-calendar/events', body),
  );
  const defaultDate = today >= from && today <= addDays(from, 6) ? today : from;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const date = formText(data, 'date');
    const offset = zoneOffset(date, timeZone);
    add.mutate(
      {
        leader: own ? user.fullName : formNumber(data, 'leader'),
        kind: formText(data, 'kind'),
        title: formText(data, 'title'),
        location: formOptional(data, 'location'),
        startsAt: `${date}T${formText(data, 'start')}:00${offset}`,
        endsAt: `${date}T${formText(data, 'end')}:00${offset}`,
        participantUnits: units.map((u) => u.id),
        participantNote: formOptional(data, 'note'),
      },
      {
        onSuccess: () => {
          setUnits([]);
          setFormKey((k) => k + 1);
        },
      },
    );
  };
  const err = (name: string) => fieldError(add.error, name);
  return (
    <Section title={t.add}>
      {add.data && (
        <StatusNotice>{add.data.conflictsWith.length > 0 ? t.addedConflict : t.added}</StatusNotice>
      )}
      <form key={formKey} className="form" onSubmit={submit} aria-label={t.add}>
        <ErrorNotice error={add.error} />
        <div className="form-grid">
          {own ? (
            <TextField label={t.addLeader} value={user.fullName} readOnly />
          ) : (
            <LeaderSelect
              label={t.addLeader}
              name="leader"
              asOf={from}
              emptyLabel={t.chooseLeader}
              error={err('leader')}
            />
          )}
          <SelectField label={t.kindLabel} name="kind" defaultValue="meeting" error={err('kind')}>
            {ADDABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kind[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.date}
            name="date"
            type="date"
            required
            defaultValue={defaultDate}
            error={err('startsAt')}
          />
          <TextField label={t.start} name="start" type="time" required defaultValue="08:00" />
          <TextField
            label={t.end}
            name="end"
            type="time"
            required
            defaultValue="10:00"
            error={err('endsAt')}
          />
          <TextField label={t.location} name="location" maxLength={300} />
        </div>
        <TextField
          label={t.titleField}
          name="title"
          required
          maxLength={500}
          error={err('title')}
        />
        <UnitMultiPicker
          legend={t.units}
          asOf={from}
          kinds={UNIT_KINDS}
          value={units}
          onChange={setUnits}
        />
        <TextField label={t.note} name="note" maxLength={1000} error={err('participantNote')} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {t.submit}
          </button>
        </div>
      </form>
    </Section>
  );
}
