/**
 * Hội nghị đánh giá hàng tháng: the meetings, newest first, and (for the
 * office) convening the next one — its agenda is built from the task data.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../platform/api-client';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { useUnits } from '../organisation/api';
import { LeaderSelect } from '../tasks/LeaderSelect';
import { UnitMultiPicker, type PickedUnit } from '../tasks/UnitMultiPicker';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { CheckboxField, TextField } from '../ui/fields';
import { formNumber, formOptional, formText } from '../ui/form-data';
import { Page, Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useMeetings, useMeetingWrite, type MeetingSummary, type MeetingView } from './api';
import { meetingsText } from './text';

const ATTENDEE_KINDS = ['agency', 'district_committee'] as const;

export function MeetingsPage() {
  const t = useText(meetingsText);
  const { lang } = useLang();
  const user = useUser();
  const meetings = useMeetings();
  const columns = useMemo<Column<MeetingSummary>[]>(() => {
    const s = meetingsText[lang];
    return [
      {
        id: 'date',
        header: s.list.date,
        cell: (m) => <span className="nowrap">{formatDate(m.meetingDate, lang)}</span>,
        value: (m) => m.meetingDate,
      },
      {
        id: 'title',
        header: s.list.meeting,
        alwaysVisible: true,
        cell: (m) => (
          <span className="summary-cell">
            <Link href={`/hoi-nghi/${m.id}`}>{m.title}</Link>
          </span>
        ),
        value: (m) => m.title,
      },
      { id: 'chair', header: s.list.chair, cell: (m) => m.chair.name, value: (m) => m.chair.name },
      {
        id: 'status',
        header: s.list.status,
        cell: (m) => s.status[m.status],
        value: (m) => s.status[m.status],
      },
      {
        id: 'agenda',
        header: s.list.agenda,
        numeric: true,
        cell: (m) => formatCount(m.agendaCount, lang),
        value: (m) => m.agendaCount,
      },
      {
        id: 'conclusions',
        header: s.list.conclusions,
        numeric: true,
        cell: (m) => formatCount(m.conclusionCount, lang),
        value: (m) => m.conclusionCount,
      },
      {
        id: 'notice',
        header: s.list.notice,
        cell: (m) =>
          m.conclusionDocument ? (
            <Link href={`/van-ban/${m.conclusionDocument.id}`} className="nowrap">
              {m.conclusionDocument.numberSymbol ?? `#${m.conclusionDocument.id}`}
            </Link>
          ) : (
            ''
          ),
        value: (m) => m.conclusionDocument?.numberSymbol,
      },
    ];
  }, [lang]);
  return (
    <Page title={t.list.title} intro={<p>{t.list.intro}</p>}>
      <DataTable
        tableId="meetings"
        caption={t.list.caption}
        columns={columns}
        rows={meetings.data}
        rowKey={(m) => m.id}
        loading={meetings.isFetching}
        error={meetings.error}
        onRetry={() => void meetings.refetch()}
        emptyText={t.list.empty}
      />
      {canDo(user.role, 'meetings.manage') && <ConveneForm />}
    </Page>
  );
}

function ConveneForm() {
  const t = useText(meetingsText).create;
  const today = useToday();
  const [date, setDate] = useState(today);
  const [attendees, setAttendees] = useState<PickedUnit[]>([]);
  const [all, setAll] = useState(true);
  const units = useUnits({ asOf: date || today });
  const convene = useMeetingWrite((body: Record<string, unknown>) =>
    api.post<MeetingView>('/api/v1/meetings', body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const invited = all
      ? (units.data ?? []).filter((u) => (ATTENDEE_KINDS as readonly string[]).includes(u.kind))
      : attendees;
    convene.mutate({
      meetingDate: formText(data, 'meetingDate'),
      startTime: formOptional(data, 'startTime'),
      endTime: formOptional(data, 'endTime'),
      location: formOptional(data, 'location'),
      title: formOptional(data, 'title'),
      chair: formNumber(data, 'chair'),
      attendees: invited.map((u) => u.id),
    });
  };
  const err = (name: string) => fieldError(convene.error, name);
  return (
    <Section title={t.title}>
      {convene.data && (
        <StatusNotice>
          <p>{t.created}</p>
          <Link href={`/hoi-nghi/${convene.data.id}`}>{t.open}</Link>
        </StatusNotice>
      )}
      <form className="form" onSubmit={submit} aria-label={t.title}>
        <ErrorNotice error={convene.error} />
        <div className="form-grid">
          <TextField
            label={t.date}
            name="meetingDate"
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={err('meetingDate')}
          />
          <TextField
            label={t.start}
            name="startTime"
            type="time"
            defaultValue="08:00"
            error={err('startTime')}
          />
          <TextField
            label={t.end}
            name="endTime"
            type="time"
            defaultValue="11:30"
            error={err('endTime')}
          />
          <LeaderSelect
            label={t.chair}
            name="chair"
            asOf={date || today}
            emptyLabel={t.chooseChair}
            error={err('chair')}
          />
          <TextField label={t.location} name="location" maxLength={300} error={err('location')} />
          <TextField label={t.titleField} name="title" maxLength={500} error={err('title')} />
        </div>
        <CheckboxField
          label={t.allUnits}
          checked={all}
          onChange={(e) => setAll(e.target.checked)}
        />
        {!all && (
          <UnitMultiPicker
            legend={t.attendees}
            asOf={date || today}
            kinds={[...ATTENDEE_KINDS, 'provincial_committee', 'other_body']}
            value={attendees}
            onChange={setAttendees}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={convene.isPending}>
            {t.submit}
          </button>
        </div>
      </form>
    </Section>
  );
}
