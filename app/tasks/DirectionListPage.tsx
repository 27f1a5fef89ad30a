/**
 * Chỉ đạo giải quyết văn bản đến: the incoming documents of an arrival date
 * range (by default those still without a leader's direction), each with a
 * way to give the direction. The range lives in the address.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { CheckboxField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { useIncomingHandling, type IncomingHandlingLine } from './api';
import { defaultArrivalRange, incomingColumns } from './incoming-columns';
import { tasksText } from './text';

const SHOWN = ['arrivalNumber', 'arrivalDate', 'numberSymbol', 'issuer', 'summary', 'deadline'];

export function DirectionListPage() {
  const t = useText(tasksText).direction;
  const { lang } = useLang();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const range = defaultArrivalRange(today);
  const from = params.get('from') || range.from;
  const to = params.get('to') || range.to;
  const all = params.get('all') === '1';
  const lines = useIncomingHandling(from, to);
  const columns = useMemo<Column<IncomingHandlingLine>[]>(
    () => [
      ...incomingColumns(lang).filter((c) => SHOWN.includes(c.id) || (all && c.id === 'progress')),
      {
        id: 'direct',
        header: t.direct,
        noExport: true,
        cell: (line) =>
          line.task ? null : (
            <Link
              href={`/nhiem-vu/chi-dao/${line.documentId}`}
              className="button button-primary button-small"
              aria-label={t.directDoc(line.numberSymbol ?? `#${line.documentId}`)}
            >
              {t.direct}
            </Link>
          ),
        value: () => null,
      },
    ],
    [lang, t, all],
  );
  const [sort, setSort] = useState<SortState | undefined>({
    column: 'arrivalNumber',
    direction: 'desc',
  });
  const shown = lines.data?.filter((line) => all || line.task === null);
  const rows = shown ? sortRows(shown, columns, sort) : undefined;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Record<string, string> = { from: formText(data, 'from'), to: formText(data, 'to') };
    if (data.get('pending') !== 'on') next.all = '1';
    setParams(next);
  };
  return (
    <Page title={t.listTitle} intro={<p>{t.listIntro}</p>}>
      <form className="inline-form" onSubmit={submit} aria-label={t.listTitle}>
        <TextField label={t.from} name="from" type="date" defaultValue={from} required />
        <TextField label={t.to} name="to" type="date" defaultValue={to} required />
        <CheckboxField label={t.onlyPending} name="pending" defaultChecked={!all} />
        <button type="submit" className="button button-primary">
          {t.show}
        </button>
      </form>
      <DataTable
        tableId="direction-list"
        caption={t.caption}
        columns={columns}
        rows={rows}
        rowKey={(line) => line.documentId}
        loading={lines.isFetching}
        error={lines.error}
        onRetry={() => void lines.refetch()}
        sort={sort}
        onSortChange={setSort}
        emptyText={t.empty}
      />
    </Page>
  );
}
