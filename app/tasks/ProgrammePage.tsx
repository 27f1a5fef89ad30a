/**
 * A programme (chương trình hành động, chương trình công tác, e.g.
 * 17-CTr/TU): the roll-up of its items' statuses at a date — in the words of
 * a report ("đã hoàn thành 45/47…") and as a table — and its items.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { formatCount, formatDate, formatRate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { NotFoundPage } from '../shell/placeholders';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { Pagination } from '../ui/table/Pagination';
import type { Column } from '../ui/table/columns';
import { uiText } from '../ui/text';
import { useProgrammeRollup, useTaskPage, type StatRow } from './api';
import { TASK_STATUSES, taskLabels } from './labels';
import { StatusChip, type ChipKey } from './StatusChip';
import { taskColumns } from './task-columns';
import { tasksText } from './text';

export function ProgrammePage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <ProgrammeView id={Number(id)} />;
}

interface CountRow {
  key: ChipKey | 'total';
  count: number;
}

function ProgrammeView({ id }: { id: number }) {
  const t = useText(tasksText).programme;
  const ui = useText(uiText);
  const { lang } = useLang();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const at = params.get('at') || today;
  const rollup = useProgrammeRollup(id, at);
  // Who the awaiting items were submitted to ("Tỉnh ủy"). Completion clears the body, so
  // the items awaiting at `at` are those awaiting now and submitted by then (as the roll-up
  // counts them); the bodies are named only when that matches the roll-up's count.
  const awaitingNow = useTaskPage({ parentId: id, awaitingApproval: 'true', pageSize: 500 });
  const awaitingAt = (awaitingNow.data?.items ?? []).filter(
    (task) => task.submittedOn === null || task.submittedOn <= at,
  );
  const bodies =
    awaitingAt.length === rollup.data?.awaitingApproval
      ? [...new Set(awaitingAt.map((task) => task.awaitingBody ?? ''))].filter(Boolean).join(', ')
      : '';
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next = formText(new FormData(e.currentTarget), 'at');
    setParams(next && next !== today ? { at: next } : {});
  };
  if (!rollup.data) {
    return (
      <Page title={t.rollup}>
        {rollup.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={rollup.error} onRetry={() => void rollup.refetch()} />
        )}
      </Page>
    );
  }
  const { programme, counts } = rollup.data;
  return (
    <Page
      title={programme.content}
      intro={
        <p>
          {programme.source.documentId && (
            <>
              {t.document}:{' '}
              <Link href={`/van-ban/${programme.source.documentId}`}>
                {programme.source.numberSymbol ?? `#${programme.source.documentId}`}
              </Link>
              {' · '}
            </>
          )}
          {t.leadUnit}: {programme.leadUnit.name}
        </p>
      }
      actions={
        <Link href="/nhiem-vu" className="button button-secondary">
          {t.back}
        </Link>
      }
    >
      <form className="inline-form" onSubmit={submit} aria-label={t.at}>
        <TextField label={t.at} name="at" type="date" defaultValue={at} required />
        <button type="submit" className="button button-primary">
          {t.show}
        </button>
      </form>
      <Section title={`${t.rollup} — ${formatDate(rollup.data.at, lang)}`}>
        <RollupSummary counts={counts} awaiting={rollup.data.awaitingApproval} bodies={bodies} />
        <CountsTable counts={counts} />
      </Section>
      <ItemsSection programmeId={id} />
    </Page>
  );
}

function RollupSummary({
  counts,
  awaiting,
  bodies,
}: {
  counts: StatRow;
  awaiting: number;
  bodies: string;
}) {
  const t = useText(tasksText).programme;
  const { lang } = useLang();
  const n = (x: number) => formatCount(x, lang);
  return (
    <div className="rollup-summary">
      <p className="lead">
        {t.summary({
          total: n(counts.total),
          done: n(counts.HT_DUNG_HAN + counts.HT_QUA_HAN),
          onTime: n(counts.HT_DUNG_HAN),
          late: n(counts.HT_QUA_HAN),
          open: n(counts.CHT_TRONG_HAN + counts.CHT_QUA_HAN),
          openOnTime: n(counts.CHT_TRONG_HAN),
          openLate: n(counts.CHT_QUA_HAN),
          none: n(counts.KHONG_THOI_HAN),
        })}
      </p>
      {awaiting > 0 && (
        <p>{t.awaiting(n(awaiting), n(counts.CHT_TRONG_HAN + counts.CHT_QUA_HAN), bodies)}</p>
      )}
      <p>
        <strong>{t.onTimeRate}:</strong> {formatRate(counts.onTimeRate, lang)}
      </p>
    </div>
  );
}

function CountsTable({ counts }: { counts: StatRow }) {
  const t = useText(tasksText).programme;
  const stats = useText(tasksText).stats;
  const { lang } = useLang();
  const rows: CountRow[] = [
    ...TASK_STATUSES.map((s) => ({ key: s, count: counts[s] })),
    { key: 'DUE_SOON', count: counts.dueSoon },
    { key: 'total', count: counts.total },
  ];
  const columns = useMemo<Column<CountRow>[]>(() => {
    const l = taskLabels[lang];
    const label = (r: CountRow) =>
      r.key === 'total' ? stats.total : r.key === 'DUE_SOON' ? l.dueSoon : l.status[r.key];
    return [
      {
        id: 'status',
        header: t.status,
        alwaysVisible: true,
        cell: (r) =>
          r.key === 'total' ? <strong>{label(r)}</strong> : <StatusChip chip={r.key} />,
        value: label,
      },
      {
        id: 'count',
        header: t.count,
        numeric: true,
        cell: (r) => formatCount(r.count, lang),
        value: (r) => r.count,
      },
    ];
  }, [lang, t, stats]);
  return (
    <DataTable
      tableId="programme-counts"
      caption={t.countsCaption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}

function ItemsSection({ programmeId }: { programmeId: number }) {
  const t = useText(tasksText).programme;
  const { lang } = useLang();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(100);
  const items = useTaskPage({ parentId: programmeId, sort: 'deadline', page, pageSize });
  const columns = useMemo(() => taskColumns(lang).map((c) => ({ ...c, sortable: false })), [lang]);
  return (
    <Section title={t.items}>
      <DataTable
        tableId="programme-items"
        caption={t.itemsCaption}
        columns={columns}
        rows={items.data?.items}
        rowKey={(task) => task.id}
        loading={items.isFetching}
        error={items.error}
        onRetry={() => void items.refetch()}
        footer={
          items.data && (
            <Pagination
              total={items.data.total}
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
