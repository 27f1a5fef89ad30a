/**
 * Sổ theo dõi giải quyết văn bản đến (ND 30/2020 Phụ lục IV Mục VIII): the
 * register's incoming entries of an arrival date range with their handling
 * unit, deadline, the handling task's status and progress, and the reply.
 * The range lives in the address (`?from=…&to=…`).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type SortState } from '../ui/table/columns';
import { useIncomingHandling } from './api';
import { defaultArrivalRange, incomingColumns } from './incoming-columns';
import { tasksText } from './text';

export function IncomingHandlingPage() {
  const t = useText(tasksText).handling;
  const { lang } = useLang();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const range = defaultArrivalRange(today);
  const from = params.get('from') || range.from;
  const to = params.get('to') || range.to;
  const lines = useIncomingHandling(from, to);
  const columns = useMemo(() => incomingColumns(lang), [lang]);
  const [sort, setSort] = useState<SortState | undefined>({
    column: 'arrivalNumber',
    direction: 'asc',
  });
  const rows = lines.data ? sortRows(lines.data, columns, sort) : undefined;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setParams({ from: formText(data, 'from'), to: formText(data, 'to') });
  };
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      <form className="inline-form" onSubmit={submit} aria-label={t.title}>
        <TextField label={t.from} name="from" type="date" defaultValue={from} required />
        <TextField label={t.to} name="to" type="date" defaultValue={to} required />
        <button type="submit" className="button button-primary">
          {t.show}
        </button>
      </form>
      <DataTable
        tableId="incoming-handling"
        caption={t.caption(formatDate(from, lang), formatDate(to, lang))}
        columns={columns}
        rows={rows}
        rowKey={(line) => line.documentId}
        loading={lines.isFetching}
        error={lines.error}
        onRetry={() => void lines.refetch()}
        sort={sort}
        onSortChange={setSort}
        emptyText={t.empty}
        exportSpec={{
          fileName: `${t.exportFile}-${from}-${to}`,
          sheetName: t.exportSheet,
          fetchRows: () => Promise.resolve(rows ?? []),
        }}
      />
    </Page>
  );
}
