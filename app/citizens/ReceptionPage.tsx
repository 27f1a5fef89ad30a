/**
 * Tiếp công dân: the leaders' reception sessions of a range of months
 * (periodic or ad hoc, published ahead or late, held in person, delegated or
 * not held, people and cases received) and the compliance view — for each
 * leader and month, the reception days against the legal minimum, met or not.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { daysInMonth } from '../../shared/dates/local-date';
import { AreaTabs } from './AreaTabs';
import { ScheduleSessionForm } from './ScheduleSessionForm';
import {
  useCompliance,
  useReceptionSessions,
  type ComplianceLine,
  type ReceptionSession,
} from './api';
import { citizensText } from './text';

function monthParam(value: string | null): string | undefined {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(daysInMonth(y ?? 2000, m ?? 1)).padStart(2, '0')}`;
}

export function ReceptionPage() {
  const t = useText(citizensText).reception;
  const { lang } = useLang();
  const today = useToday();
  const user = useUser();
  // A dashboard figure opens the page on its months (`?tu=2023-07&den=2023-07`).
  const [params] = useSearchParams();
  const [range, setRange] = useState(() => ({
    from: monthParam(params.get('tu')) ?? `${today.slice(0, 4)}-01`,
    to: monthParam(params.get('den')) ?? today.slice(0, 7),
  }));
  const sessions = useReceptionSessions(`${range.from}-01`, lastDay(range.to));
  const compliance = useCompliance(range.from, range.to);
  const [sort, setSort] = useState<SortState | undefined>();
  const sessionColumns = useMemo<Column<ReceptionSession>[]>(() => {
    const s = citizensText[lang];
    const r = s.reception;
    const result = (x: ReceptionSession) =>
      !x.held
        ? `${r.notHeld}${x.notHeldReason ? `: ${x.notHeldReason}` : ''}`
        : x.inPerson
          ? r.heldInPerson
          : r.delegated(x.delegate?.name ?? '');
    return [
      {
        id: 'date',
        header: r.date,
        alwaysVisible: true,
        sortable: true,
        cell: (x) => <span className="nowrap">{formatDate(x.date, lang)}</span>,
        value: (x) => x.date,
      },
      {
        id: 'time',
        header: r.time,
        cell: (x) => `${x.startTime}–${x.endTime}`,
        value: (x) => `${x.startTime}–${x.endTime}`,
      },
      {
        id: 'leader',
        header: r.leader,
        sortable: true,
        cell: (x) => x.leader.name,
        value: (x) => x.leader.name,
      },
      {
        id: 'leaderKind',
        header: r.leaderKind,
        cell: (x) => s.leaderKind[x.leaderKind] ?? x.leaderKind,
        value: (x) => s.leaderKind[x.leaderKind] ?? x.leaderKind,
      },
      { id: 'kind', header: r.kind, cell: (x) => r.kinds[x.kind], value: (x) => r.kinds[x.kind] },
      {
        id: 'published',
        header: r.publishedOn,
        cell: (x) =>
          x.publishedOn ? (
            <span className="nowrap">
              {formatDate(x.publishedOn, lang)}
              {x.publishedOn > x.publishDeadline ? ` (${r.publishedLate})` : ''}
            </span>
          ) : (
            ''
          ),
        value: (x) => x.publishedOn,
      },
      { id: 'held', header: r.held, cell: result, value: result },
      {
        id: 'persons',
        header: r.persons,
        numeric: true,
        cell: (x) => formatCount(x.personsReceived, lang),
        value: (x) => x.personsReceived,
      },
      {
        id: 'cases',
        header: r.cases,
        numeric: true,
        cell: (x) => formatCount(x.casesReceived, lang),
        value: (x) => x.casesReceived,
      },
      {
        id: 'groups',
        header: r.groups,
        numeric: true,
        cell: (x) => formatCount(x.groupDelegations, lang),
        value: (x) => x.groupDelegations,
      },
      {
        id: 'unit',
        header: r.location,
        defaultHidden: true,
        cell: (x) => x.location ?? x.unit.name,
        value: (x) => x.location ?? x.unit.name,
      },
    ];
  }, [lang]);
  const complianceColumns = useMemo<Column<ComplianceLine>[]>(() => {
    const s = citizensText[lang];
    const r = s.reception;
    return [
      {
        id: 'leader',
        header: r.leader,
        alwaysVisible: true,
        cell: (x) => x.leader.name,
        value: (x) => x.leader.name,
      },
      {
        id: 'kind',
        header: r.leaderKind,
        cell: (x) => s.leaderKind[x.leaderKind] ?? x.leaderKind,
        value: (x) => s.leaderKind[x.leaderKind] ?? x.leaderKind,
      },
      { id: 'month', header: r.month, cell: (x) => monthLabel(x.month), value: (x) => x.month },
      {
        id: 'days',
        header: r.days,
        numeric: true,
        cell: (x) => formatCount(x.days, lang),
        value: (x) => x.days,
      },
      {
        id: 'required',
        header: r.required,
        numeric: true,
        cell: (x) => formatCount(x.required, lang),
        value: (x) => x.required,
      },
      {
        id: 'met',
        header: r.met,
        cell: (x) => (
          <span className={`task-chip task-chip-${x.met ? 'HT_DUNG_HAN' : 'CHT_QUA_HAN'}`}>
            <span className="task-chip-mark" aria-hidden="true">
              {x.met ? '✓' : '!'}
            </span>
            {x.met ? r.metYes : r.metNo}
          </span>
        ),
        value: (x) => (x.met ? r.metYes : r.metNo),
      },
      {
        id: 'scheduled',
        header: r.scheduled,
        numeric: true,
        cell: (x) => formatCount(x.scheduled, lang),
        value: (x) => x.scheduled,
      },
      {
        id: 'delegated',
        header: r.delegatedCount,
        numeric: true,
        cell: (x) => formatCount(x.delegated, lang),
        value: (x) => x.delegated,
      },
      {
        id: 'notHeld',
        header: r.notHeldCount,
        numeric: true,
        cell: (x) => formatCount(x.notHeld, lang),
        value: (x) => x.notHeld,
      },
    ];
  }, [lang]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const from = formText(data, 'from');
    const to = formText(data, 'to');
    if (/^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to)) setRange({ from, to });
  };
  const shownSessions = sessions.data ? sortRows(sessions.data, sessionColumns, sort) : undefined;
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>}>
        <form className="inline-form" aria-label={t.period} onSubmit={submit}>
          <TextField label={t.from} name="from" type="month" defaultValue={range.from} required />
          <TextField label={t.to} name="to" type="month" defaultValue={range.to} required />
          <button type="submit" className="button button-primary">
            {t.show}
          </button>
        </form>
        <Section title={t.compliance}>
          <DataTable
            tableId="reception-compliance"
            caption={t.complianceCaption}
            columns={complianceColumns}
            rows={compliance.data}
            rowKey={(x) => `${x.leader.personId}-${x.leaderKind}-${x.month}`}
            loading={compliance.isFetching}
            error={compliance.error}
            onRetry={() => void compliance.refetch()}
            emptyText={t.complianceEmpty}
            exportSpec={{
              fileName: t.exportCompliance,
              sheetName: t.compliance.slice(0, 31),
              fetchRows: () => Promise.resolve(compliance.data ?? []),
            }}
          />
        </Section>
        <Section title={t.sessions}>
          <DataTable
            tableId="reception-sessions"
            caption={t.sessionsCaption}
            columns={sessionColumns}
            rows={shownSessions}
            rowKey={(x) => x.id}
            loading={sessions.isFetching}
            error={sessions.error}
            onRetry={() => void sessions.refetch()}
            sort={sort}
            onSortChange={setSort}
            emptyText={t.sessionsEmpty}
            exportSpec={{
              fileName: t.exportSessions,
              sheetName: t.sessions.slice(0, 31),
              fetchRows: () => Promise.resolve(shownSessions ?? []),
            }}
          />
        </Section>
        {canDo(user.role, 'citizens.manage') && <ScheduleSessionForm />}
      </Page>
    </>
  );
}

/** `2023-06` as `6/2023`. */
function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${Number(m)}/${y}`;
}
