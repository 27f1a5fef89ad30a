/** Sổ văn bản: the register, filtered, sorted and paginated on the server; exportable to Excel. */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { Pagination } from '../ui/table/Pagination';
import { fetchAllPages } from '../ui/table/export';
import type { SortState } from '../ui/table/columns';
import { shellText } from '../shell/text';
import {
  fetchDocuments,
  filtersFromParams,
  filtersToParams,
  listQuery,
  useDocuments,
  type DocumentFilters as Filters,
} from './api';
import { documentColumns, SORT_KEYS } from './document-columns';
import { DocumentFilters } from './DocumentFilters';
import { documentsText } from './text';

function sortState(sort: string): SortState | undefined {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const key = sort.replace(/^-/, '');
  const column = Object.entries(SORT_KEYS).find(([, v]) => v === key)?.[0];
  return column ? { column, direction } : undefined;
}

export function DocumentListPage() {
  const t = useText(documentsText).list;
  const nav = useText(shellText).nav;
  const { lang } = useLang();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const list = useDocuments(filters);
  const columns = useMemo(() => documentColumns(lang), [lang]);
  const update = (next: Partial<Filters>) =>
    setParams(filtersToParams({ ...filters, page: 1, ...next }));
  const filterKey = JSON.stringify({ ...filters, sort: '', page: 0, pageSize: 0 });

  return (
    <Page
      title={t.title}
      actions={
        <>
          {canDo(user.role, 'documents.issue') && (
            <Link href="/van-ban/cap-so" className="button button-primary">
              {nav.issue}
            </Link>
          )}
          {canDo(user.role, 'documents.registerIncoming') && (
            <Link href="/van-ban/vao-so" className="button button-secondary">
              {nav.incoming}
            </Link>
          )}
        </>
      }
    >
      <DocumentFilters key={filterKey} filters={filters} onApply={update} />
      <DataTable
        tableId="documents"
        caption={t.caption}
        columns={columns}
        rows={list.data?.items}
        rowKey={(d) => d.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        sort={sortState(filters.sort)}
        onSortChange={(s) => {
          const key = SORT_KEYS[s.column];
          if (key) update({ sort: s.direction === 'desc' ? `-${key}` : key });
        }}
        emptyText={t.empty}
        exportSpec={{
          fileName: t.exportFile,
          sheetName: t.exportSheet,
          fetchRows: (onProgress) =>
            fetchAllPages(
              (page, pageSize) => fetchDocuments(listQuery(filters, page, pageSize)),
              onProgress,
            ),
        }}
        footer={
          list.data && (
            <Pagination
              total={list.data.total}
              page={filters.page}
              pageSize={filters.pageSize}
              onPage={(page) => setParams(filtersToParams({ ...filters, page }))}
              onPageSize={(pageSize) => update({ pageSize })}
            />
          )
        }
      />
    </Page>
  );
}
