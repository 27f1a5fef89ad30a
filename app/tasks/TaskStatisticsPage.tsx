/**
 * Thống kê nhiệm vụ: the Government Office's (VPCP) table at a report date —
 * done on time, done late, open within the deadline, open and overdue, no
 * deadline, due soon, on-time rate — by lead unit, leader in charge, source
 * document or month due, with the overdue tasks and their days late. The
 * choice lives in the address (`?at=…&by=…&year=…`).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { TaskStatus } from '../../shared/tasks/status';
import { formatCount, formatDate, formatRate } from '../platform/format';
import { useLang, useText, type Lang } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { useTaskStatistics, type StatDimension, type StatRow, type TaskStatistics } from './api';
import { TASK_STATUSES, taskLabels } from './labels';
import { tasksText } from './text';

const DIMENSIONS: readonly StatDimension[] = ['unit', 'leader', 'document', 'month'];

type Overdue = TaskStatistics['overdue'][number];

function statColumns(lang: Lang, by: StatDimension): Column<StatRow>[] {
  const t = tasksText[lang].stats;
  const l = taskLabels[lang];
  const isTotal = (r: StatRow) => r.key === 'total';
  const label = (r: StatRow) =>
    isTotal(r) ? t.totalRow : !r.label || r.label === '-' ? t.noKey : r.label;
  const count = (get: (r: StatRow) => number) => (r: StatRow) =>
    isTotal(r) ? <strong>{formatCount(get(r), lang)}</strong> : formatCount(get(r), lang);
  return [
    {
      id: 'label',
      header: t.dims[by] ?? by,
      alwaysVisible: true,
      sortable: true,
      cell: (r) => (isTotal(r) ? <strong>{label(r)}</strong> : label(r)),
      value: label,
    },
    ...TASK_STATUSES.map((s: TaskStatus): Column<StatRow> => ({
      id: s,
      header: l.status[s],
      numeric: true,
      sortable: true,
      cell: count((r) => r[s]),
      value: (r) => r[s],
    })),
    {
      id: 'total',
      header: t.total,
      numeric: true,
      sortable: true,
      cell: count((r) => r.total),
      value: (r) => r.total,
    },
    {
      id: 'dueSoon',
      header: t.dueSoon,
      numeric: true,
      sortable: true,
      cell: count((r) => r.dueSoon),
      value: (r) => r.dueSoon,
    },
    {
      id: 'onTimeRate',
      header: t.onTimeRate,
      numeric: true,
      sortable: true,
      cell: (r) =>
        isTotal(r) ? (
          <strong>{formatRate(r.onTimeRate, lang)}</strong>
        ) : (
          formatRate(r.onTimeRate, lang)
        ),
      value: (r) => r.onTimeRate,
    },
  ];
}

function overdueColumns(lang: Lang): Column<Overdue>[] {
  const t = tasksText[lang];
  return [
    {
      id: 'content',
      header: t.col.content,
      alwaysVisible: true,
      sortable: true,
      cell: (o) => (
        <span className="summary-cell">
          <Link href={`/nhiem-vu/${o.taskId}`}>{o.content}</Link>
        </span>
      ),
      value: (o) => o.content,
    },
    {
      id: 'leadUnit',
      header: t.col.leadUnit,
      sortable: true,
      cell: (o) => o.leadUnit,
      value: (o) => o.leadUnit,
    },
    {
      id: 'deadline',
      header: t.col.deadline,
      sortable: true,
      cell: (o) => <span className="nowrap">{formatDate(o.deadline, lang)}</span>,
      value: (o) => o.deadline,
    },
    {
      id: 'daysLate',
      header: t.stats.daysLate,
      numeric: true,
      sortable: true,
      cell: (o) => formatCount(o.daysLate, lang),
      value: (o) => o.daysLate,
    },
  ];
}

export function TaskStatisticsPage() {
  const t = useText(tasksText).stats;
  const today = useToday();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const at = params.get('at') || today;
  const byParam = params.get('by') as StatDimension | null;
  const by = byParam && DIMENSIONS.includes(byParam) ? byParam : 'unit';
  const year = Number(params.get('year')) || undefined;
  const [byChoice, setByChoice] = useState<StatDimension>(by);
  const stats = useTaskStatistics({ at, by, year: by === 'month' ? year : undefined });
  const [sort, setSort] = useState<SortState | undefined>();
  const [overdueSort, setOverdueSort] = useState<SortState | undefined>({
    column: 'daysLate',
    direction: 'desc',
  });
  const columns = useMemo(() => statColumns(lang, by), [lang, by]);
  const oColumns = useMemo(() => overdueColumns(lang), [lang]);
  const s = stats.data;
  // The total row stays last whatever the order.
  const rows = s ? [...sortRows(s.rows, columns, sort), s.total] : undefined;
  const overdue = s ? sortRows(s.overdue, oColumns, overdueSort) : undefined;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Record<string, string> = { at: formText(data, 'at') || today, by: byChoice };
    if (byChoice === 'month' && formText(data, 'year')) next.year = formText(data, 'year');
    setParams(next);
  };
  const atText = formatDate(s?.at ?? at, lang);
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      <form className="form" onSubmit={submit} aria-label={t.title}>
        <div className="form-grid">
          <TextField label={t.at} name="at" type="date" defaultValue={at} required />
          <SelectField
            label={t.by}
            name="by"
            value={byChoice}
            onChange={(e) => setByChoice(e.target.value as StatDimension)}
          >
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t.dims[d]}
              </option>
            ))}
          </SelectField>
          {byChoice === 'month' && (
            <TextField
              label={t.year}
              name="year"
              type="number"
              min={2000}
              max={2100}
              defaultValue={year ?? Number(at.slice(0, 4))}
            />
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.show}
          </button>
        </div>
      </form>
      <ErrorNotice error={stats.error} onRetry={() => void stats.refetch()} />
      {!stats.error && (
        <DataTable
          tableId={`task-stats-${by}`}
          caption={t.caption(t.dims[by] ?? by, atText)}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          loading={stats.isFetching}
          sort={sort}
          onSortChange={setSort}
          exportSpec={{
            fileName: `${t.exportFile}-${by}-${s?.at ?? at}`,
            sheetName: t.exportSheet,
            fetchRows: () => Promise.resolve(rows ?? []),
          }}
        />
      )}
      <p className="field-hint">{t.rateHint}</p>
      <Section title={t.overdue}>
        <DataTable
          tableId="task-stats-overdue"
          caption={t.overdueCaption(atText)}
          columns={oColumns}
          rows={overdue}
          rowKey={(o) => o.taskId}
          loading={stats.isFetching}
          error={stats.error}
          sort={overdueSort}
          onSortChange={setOverdueSort}
          emptyText={t.noOverdue}
          exportSpec={{
            fileName: `${t.overdueFile}-${s?.at ?? at}`,
            sheetName: t.overdueSheet,
            fetchRows: () => Promise.resolve(overdue ?? []),
          }}
        />
      </Section>
    </Page>
  );
}
