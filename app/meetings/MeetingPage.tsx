/**
 * One monthly review meeting: when, where, who; the agenda (from the task
 * data at the meeting date, refreshed on demand, items added or removed by
 * hand); the conclusions; and issuing the Thông báo kết luận, which turns
 * each conclusion into a task. Changes are for the office, while in draft.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { api } from '../platform/api-client';
import { formatDate, formatLocalTime } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { NotFoundPage } from '../shell/placeholders';
import { TASK_STATUSES } from '../tasks/labels';
import { taskLabels } from '../tasks/labels';
import { StatusChip } from '../tasks/StatusChip';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { uiText } from '../ui/text';
import type { TaskStatus } from '../../shared/tasks/status';
import {
  useMeeting,
  useMeetingWrite,
  type AgendaItem,
  type Conclusion,
  type MeetingView,
} from './api';
import { AgendaItemForm, ConclusionForm, IssueForm } from './MeetingForms';
import { meetingsText } from './text';

export function MeetingPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <MeetingDetail id={Number(id)} />;
}

function isTaskStatus(s: string | null): s is TaskStatus {
  return s !== null && (TASK_STATUSES as readonly string[]).includes(s);
}

function MeetingDetail({ id }: { id: number }) {
  const t = useText(meetingsText);
  const ui = useText(uiText);
  const user = useUser();
  const meeting = useMeeting(id);
  const back = (
    <Link href="/hoi-nghi" className="button button-secondary">
      {t.detail.back}
    </Link>
  );
  if (!meeting.data) {
    return (
      <Page title={t.list.title} actions={back}>
        {meeting.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={meeting.error} onRetry={() => void meeting.refetch()} />
        )}
      </Page>
    );
  }
  const m = meeting.data;
  const editable = m.status === 'draft' && canDo(user.role, 'meetings.manage');
  return (
    <Page title={m.title} actions={back}>
      <Section title={t.detail.info}>
        <MeetingInfo meeting={m} />
      </Section>
      {m.status === 'issued' && <p className="notice">{t.detail.frozen}</p>}
      <AgendaSection meeting={m} editable={editable} />
      {editable && <AgendaItemForm meeting={m} />}
      <ConclusionsSection meeting={m} editable={editable} />
      {editable && <ConclusionForm meeting={m} />}
      {editable && m.conclusions.length > 0 && <IssueForm meeting={m} />}
    </Page>
  );
}

function MeetingInfo({ meeting: m }: { meeting: MeetingView }) {
  const t = useText(meetingsText);
  const { lang } = useLang();
  return (
    <dl className="fields-list">
      <dt>{t.detail.time}</dt>
      <dd>
        {t.detail.timeValue(
          formatDate(m.meetingDate, lang),
          formatLocalTime(m.startsAtLocal),
          formatLocalTime(m.endsAtLocal),
        )}
      </dd>
      <dt>{t.detail.location}</dt>
      <dd>{m.location ?? '—'}</dd>
      <dt>{t.detail.chair}</dt>
      <dd>{m.chair.name}</dd>
      <dt>{t.detail.attendees}</dt>
      <dd>{m.attendees.map((a) => a.name).join(', ') || '—'}</dd>
      <dt>{t.detail.status}</dt>
      <dd>{t.status[m.status]}</dd>
      {m.conclusionDocument && (
        <>
          <dt>{t.detail.notice}</dt>
          <dd>
            <Link href={`/van-ban/${m.conclusionDocument.id}`}>
              {m.conclusionDocument.numberSymbol ?? `#${m.conclusionDocument.id}`}
            </Link>{' '}
            ({formatDate(m.conclusionDocument.issueDate, lang)})
          </dd>
        </>
      )}
    </dl>
  );
}

function AgendaSection({ meeting: m, editable }: { meeting: MeetingView; editable: boolean }) {
  const { lang } = useLang();
  const t = useText(meetingsText);
  const refresh = useMeetingWrite(() =>
    api.post<MeetingView & { changes: { added: number; updated: number; removed: number } }>(
      `/api/v1/meetings/${m.id}/agenda/refresh`,
    ),
  );
  const remove = useMeetingWrite((itemId: number) =>
    api.delete<MeetingView>(`/api/v1/meetings/${m.id}/agenda-items/${itemId}`),
  );
  const columns = useMemo<Column<AgendaItem>[]>(() => {
    const s = meetingsText[lang];
    const cols: Column<AgendaItem>[] = [
      {
        id: 'source',
        header: s.detail.source,
        cell: (a) => s.source[a.source] ?? a.source,
        value: (a) => s.source[a.source] ?? a.source,
      },
      {
        id: 'title',
        header: s.detail.item,
        alwaysVisible: true,
        cell: (a) => (
          <span className="summary-cell">
            {a.taskId ? <Link href={`/nhiem-vu/${a.taskId}`}>{a.title}</Link> : a.title}
            {a.note && <span className="task-note">{a.note}</span>}
          </span>
        ),
        value: (a) => a.title,
      },
      {
        id: 'leadUnit',
        header: s.detail.leadUnit,
        cell: (a) => a.leadUnit?.name ?? '',
        value: (a) => a.leadUnit?.name,
      },
      {
        id: 'deadline',
        header: s.detail.deadline,
        cell: (a) => <span className="nowrap">{formatDate(a.deadline, lang)}</span>,
        value: (a) => formatDate(a.deadline, lang),
      },
      {
        id: 'status',
        header: s.detail.status_,
        cell: (a) => (isTaskStatus(a.status) ? <StatusChip chip={a.status} /> : ''),
        // Excel gets the status in words, never its code.
        value: (a) => (isTaskStatus(a.status) ? taskLabels[lang].status[a.status] : ''),
      },
      {
        id: 'daysLate',
        header: s.detail.daysLate,
        numeric: true,
        cell: (a) => (a.daysLate ? a.daysLate : ''),
        value: (a) => a.daysLate,
      },
    ];
    if (editable)
      cols.push({
        id: 'actions',
        header: s.detail.actions,
        noExport: true,
        cell: (a) => (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={s.detail.removeItem(a.title)}
            onClick={() => remove.mutate(a.id)}
            disabled={remove.isPending}
          >
            {s.detail.remove}
          </button>
        ),
        value: () => null,
      });
    return cols;
  }, [lang, editable, remove]);
  return (
    <Section
      title={t.detail.agenda}
      actions={
        editable && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => refresh.mutate(undefined)}
            disabled={refresh.isPending}
          >
            {t.detail.refresh}
          </button>
        )
      }
    >
      {refresh.data && (
        <StatusNotice>
          {t.detail.refreshed(
            refresh.data.changes.added,
            refresh.data.changes.updated,
            refresh.data.changes.removed,
          )}
        </StatusNotice>
      )}
      <ErrorNotice error={refresh.error ?? remove.error} />
      {m.dismissedCount > 0 && <p className="field-hint">{t.detail.dismissed(m.dismissedCount)}</p>}
      <DataTable
        tableId="meeting-agenda"
        caption={t.detail.agendaCaption(formatDate(m.meetingDate, lang))}
        columns={columns}
        rows={m.agenda}
        rowKey={(a) => a.id}
        emptyText={t.detail.agendaEmpty}
        exportSpec={{
          fileName: `chuong-trinh-hoi-nghi-${m.meetingDate}`,
          sheetName: t.detail.agenda,
          fetchRows: () => Promise.resolve(m.agenda),
        }}
      />
    </Section>
  );
}

function ConclusionsSection({ meeting: m, editable }: { meeting: MeetingView; editable: boolean }) {
  const { lang } = useLang();
  const t = useText(meetingsText);
  const remove = useMeetingWrite((conclusionId: number) =>
    api.delete<MeetingView>(`/api/v1/meetings/${m.id}/conclusions/${conclusionId}`),
  );
  const columns = useMemo<Column<Conclusion>[]>(() => {
    const s = meetingsText[lang].detail;
    const cols: Column<Conclusion>[] = [
      {
        id: 'number',
        header: s.number,
        numeric: true,
        alwaysVisible: true,
        cell: (c) => c.number,
        value: (c) => c.number,
      },
      {
        id: 'content',
        header: s.content,
        cell: (c) => <span className="summary-cell">{c.content}</span>,
        value: (c) => c.content,
      },
      {
        id: 'leadUnit',
        header: s.leadUnit,
        cell: (c) => c.leadUnit.name,
        value: (c) => c.leadUnit.name,
      },
      {
        id: 'coordinating',
        header: s.coordinating,
        cell: (c) => c.coordinatingUnits.map((u) => u.name).join(', '),
        value: (c) => c.coordinatingUnits.map((u) => u.name).join(', '),
      },
      {
        id: 'deadline',
        header: s.deadline,
        cell: (c) => <span className="nowrap">{formatDate(c.deadline, lang)}</span>,
        value: (c) => formatDate(c.deadline, lang),
      },
      {
        id: 'leader',
        header: s.leader,
        cell: (c) => c.leader?.name ?? '',
        value: (c) => c.leader?.name,
      },
      {
        id: 'task',
        header: s.task,
        noExport: true,
        cell: (c) => (c.taskId ? <Link href={`/nhiem-vu/${c.taskId}`}>{s.openTask}</Link> : ''),
        value: () => null,
      },
    ];
    if (editable)
      cols.push({
        id: 'actions',
        header: s.actions,
        noExport: true,
        cell: (c) => (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={s.removeConclusion(c.number)}
            onClick={() => remove.mutate(c.id)}
            disabled={remove.isPending}
          >
            {s.remove}
          </button>
        ),
        value: () => null,
      });
    return cols;
  }, [lang, editable, remove]);
  return (
    <Section title={t.detail.conclusions}>
      <ErrorNotice error={remove.error} />
      <DataTable
        tableId="meeting-conclusions"
        caption={t.detail.conclusionsCaption}
        columns={columns}
        rows={m.conclusions}
        rowKey={(c) => c.id}
        emptyText={t.detail.conclusionsEmpty}
      />
    </Section>
  );
}
