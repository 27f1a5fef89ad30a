/**
 * Việc của đơn vị: the inbox of a unit's people — the open tasks the unit
 * leads (to update), urgings the user has not read, and what waits for the
 * unit leader (progress reports to approve, extension requests to forward).
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useUser } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { Pagination } from '../ui/table/Pagination';
import type { Column } from '../ui/table/columns';
import { uiText } from '../ui/text';
import { useTaskPage, useUnitUrgings } from './api';
import { usePendingApprovals, type PendingApproval } from './pending-approvals';
import { taskColumns } from './task-columns';
import { UrgingList } from './TaskUrgings';
import { tasksText } from './text';

const OPEN = ['CHT_QUA_HAN', 'CHT_TRONG_HAN', 'KHONG_THOI_HAN'];
const INBOX_COLUMNS = ['content', 'status', 'deadline', 'daysLate', 'progress', 'source'];

export function MyUnitPage() {
  const t = useText(tasksText).inbox;
  const user = useUser();
  if (user.unitId === null) {
    return (
      <Page title={t.title}>
        <p className="notice">{t.noUnit}</p>
      </Page>
    );
  }
  return <MyUnitView unitId={user.unitId} unitName={user.unitName ?? ''} />;
}

function MyUnitView({ unitId, unitName }: { unitId: number; unitName: string }) {
  const t = useText(tasksText).inbox;
  return (
    <Page title={`${t.title}: ${unitName}`} intro={<p>{t.intro(unitName)}</p>}>
      <ApprovalsSection unitId={unitId} />
      <UrgingsSection unitId={unitId} />
      <ToUpdateSection unitId={unitId} />
    </Page>
  );
}

function ToUpdateSection({ unitId }: { unitId: number }) {
  const t = useText(tasksText).inbox;
  const { lang } = useLang();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useTaskPage({
    unitId,
    role: 'lead',
    status: OPEN,
    sort: 'deadline',
    page,
    pageSize,
  });
  const columns = useMemo(
    () =>
      taskColumns(lang)
        .filter((c) => INBOX_COLUMNS.includes(c.id))
        .map((c) => ({ ...c, sortable: false })),
    [lang],
  );
  return (
    <Section title={t.toUpdate}>
      <p className="field-hint">{t.toUpdateHint}</p>
      <DataTable
        tableId="unit-inbox-tasks"
        caption={t.toUpdateCaption}
        columns={columns}
        rows={list.data?.items}
        rowKey={(task) => task.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        emptyText={t.emptyToUpdate}
        footer={
          list.data && (
            <Pagination
              total={list.data.total}
              page={page}
              pageSize={pageSize}
              onPage={setPage}
              onPageSize={(n) => {
                setPageSize(n);
                setPage(1);
              }}
            />
          )
        }
      />
    </Section>
  );
}

function UrgingsSection({ unitId }: { unitId: number }) {
  const t = useText(tasksText).inbox;
  const ui = useText(uiText);
  const user = useUser();
  const urgings = useUnitUrgings(unitId);
  // Kept in view after "đã đọc" until the page is left, so the confirmation is seen.
  const [seen] = useState(() => new Set<number>());
  const unread = (urgings.data ?? []).filter((u) => {
    const read = u.reads.some((r) => r.userId === user.id);
    if (!read) seen.add(u.id);
    return !read || seen.has(u.id);
  });
  return (
    <Section title={t.urgings}>
      {urgings.isLoading && <p role="status">{ui.loading}</p>}
      <ErrorNotice error={urgings.error} onRetry={() => void urgings.refetch()} />
      {urgings.data &&
        (unread.length === 0 ? (
          <p className="empty-state">{t.noUrgings}</p>
        ) : (
          <UrgingList urgings={unread} canMarkRead={(id) => id === unitId} showTaskLink />
        ))}
    </Section>
  );
}

function ApprovalsSection({ unitId }: { unitId: number }) {
  const t = useText(tasksText).inbox;
  const { lang } = useLang();
  const pending = usePendingApprovals(unitId);
  const columns = useMemo<Column<PendingApproval>[]>(() => {
    const what = (p: PendingApproval): string =>
      p.kind === 'progress'
        ? t.progressWhat(p.percent ?? 0, p.narrative ?? '')
        : t.extensionWhat(formatDate(p.requestedDeadline ?? '', lang), p.reason ?? '');
    return [
      {
        id: 'kind',
        header: t.kind,
        alwaysVisible: true,
        cell: (p) => (p.kind === 'progress' ? t.progressReport : t.extensionRequest),
        value: (p) => (p.kind === 'progress' ? t.progressReport : t.extensionRequest),
      },
      {
        id: 'task',
        header: t.task,
        cell: (p) => (
          <span className="summary-cell">
            <Link href={`/nhiem-vu/${p.taskId}`}>{p.taskContent}</Link>
          </span>
        ),
        value: (p) => p.taskContent,
      },
      {
        id: 'on',
        header: t.on,
        cell: (p) => <span className="nowrap">{formatDate(p.on, lang)}</span>,
        value: (p) => formatDate(p.on, lang),
      },
      {
        id: 'what',
        header: t.what,
        cell: what,
        value: what,
      },
    ];
  }, [t, lang]);
  return (
    <Section title={t.approvals}>
      <p className="field-hint">{t.approvalsHint}</p>
      {pending.isFetching && pending.progress.total > 0 && (
        <p role="status" className="muted">
          {t.scanning(pending.progress.done, pending.progress.total)}
        </p>
      )}
      <DataTable
        tableId="unit-inbox-approvals"
        caption={t.approvalsCaption}
        columns={columns}
        rows={pending.data}
        rowKey={(p) => `${p.kind}-${p.id}`}
        loading={pending.isFetching}
        error={pending.error}
        onRetry={() => void pending.refetch()}
        emptyText={t.noApprovals}
      />
    </Section>
  );
}
