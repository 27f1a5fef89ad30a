/**
 * /tim-kiem?q=… — every group of the global search in full tables (up to 50 items per kind, the
 * kind's total beside its title), with the query in a form that updates the address.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useLang, useText, type Lang } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { Page } from '../ui/Page';
import { ErrorNotice } from '../ui/ErrorNotice';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { searchable, useSearchResults, type SearchGroup, type SearchHit } from './api';
import { searchText } from './text';
import './search.css';

const PAGE_LIMIT = 50;

function columns(t: typeof searchText.vi, lang: Lang): Column<SearchHit>[] {
  return [
    {
      id: 'title',
      header: t.columns.title,
      alwaysVisible: true,
      cell: (h) => <Link href={h.href}>{h.title}</Link>,
      value: (h) => h.title,
    },
    {
      id: 'subtitle',
      header: t.columns.subtitle,
      cell: (h) => h.subtitle,
      value: (h) => h.subtitle,
    },
    {
      id: 'date',
      header: t.columns.date,
      cell: (h) => (h.date ? formatDate(h.date, lang) : ''),
      value: (h) => h.date,
    },
  ];
}

export function SearchPage() {
  const t = useText(searchText);
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const results = useSearchResults(q, PAGE_LIMIT);
  const cols = useMemo(() => columns(t, lang), [t, lang]);
  const groups = results.data?.groups ?? [];
  const total = groups.reduce((n, g) => n + g.total, 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ q: typed.trim() });
  };

  return (
    <Page title={t.pageTitle} intro={<p>{t.pageIntro}</p>}>
      <form className="search-page-form" role="search" onSubmit={submit}>
        <label htmlFor="search-page-q">{t.label}</label>
        <div className="search-page-row">
          <input
            id="search-page-q"
            type="search"
            value={typed}
            minLength={2}
            maxLength={200}
            placeholder={t.placeholder}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="button button-primary">
            {t.submit}
          </button>
        </div>
      </form>
      {!searchable(q) ? (
        <p className="search-status">{t.tooShort}</p>
      ) : results.error ? (
        <ErrorNotice error={results.error} onRetry={() => void results.refetch()} />
      ) : results.isPending ? (
        <p className="search-status" role="status">
          {t.loading}
        </p>
      ) : total === 0 ? (
        <p className="search-status" role="status">
          {t.empty(q.trim())}
        </p>
      ) : (
        <>
          <p className="search-status" role="status">
            {t.count(total)}
          </p>
          {groups
            .filter((g) => g.total > 0)
            .map((g) => (
              <ResultGroup key={g.kind} group={g} columns={cols} loading={results.isFetching} />
            ))}
        </>
      )}
    </Page>
  );
}

function ResultGroup({
  group,
  columns,
  loading,
}: {
  group: SearchGroup;
  columns: Column<SearchHit>[];
  loading: boolean;
}) {
  const t = useText(searchText);
  const headingId = `search-group-${group.kind}`;
  return (
    <section className="search-page-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t.kinds[group.kind]}{' '}
        <span className="search-group-count">{t.groupCount(group.items.length, group.total)}</span>
      </h2>
      <DataTable
        tableId={`search-${group.kind}`}
        caption={t.kinds[group.kind]}
        columns={columns}
        rows={group.items}
        rowKey={(h) => h.id}
        loading={loading}
        emptyText={t.empty('')}
      />
      {group.total > group.items.length && (
        <p className="search-more">{t.moreIn(group.total - group.items.length)}</p>
      )}
    </section>
  );
}
