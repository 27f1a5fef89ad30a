/**
 * Danh sách nhiệm vụ: every task the user may see, filtered (status chips,
 * search, unit, leader, deadlines), sorted and paginated on the server,
 * exportable to Excel; the filters live in the address and can be saved
 * under a name.
 */
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
import { fetchTasks, useTaskPage } from './api';
import {
  filterSearch,
  filtersFromParams,
  filtersToParams,
  listQuery,
  type TaskFilters,
} from './filters';
import { SavedFiltersPanel } from './SavedFiltersPanel';
import { StatusChipFilter } from './StatusChipFilter';
import { TASK_SORT_KEYS, taskColumns } from './task-columns';
import { TaskFiltersForm } from './TaskFiltersForm';
import { tasksText } from './text';

function sortState(sort: string): SortState | undefined {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const key = sort.replace(/^-/, '');
  const column = Object.entries(TASK_SORT_KEYS).find(([, v]) => v === key)?.[0];
  return column ? { column, direction } : undefined;
}

export function TaskListPage() {
  const t = useText(tasksText).list;
  const { lang } = useLang();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = listQuery(filters);
  const list = useTaskPage(query);
  const columns = useMemo(() => taskColumns(lang), [lang]);
  const go = (f: TaskFilters) => setParams(filtersToParams(f));
  const update = (next: Partial<TaskFilters>) => go({ ...filters, page: 1, ...next });
  const formKey = JSON.stringify({ ...filters, status: [], dueSoon: false, page: 0 });
  const sourceLabel = list.data?.items[0]?.source.numberSymbol ?? `#${filters.source}`;

  return (
    <Page
      title={t.title}
      actions={
        canDo(user.role, 'tasks.create') && (
          <>
            <Link href="/nhiem-vu/trich-xuat" className="button button-secondary">
              {t.extract}
            </Link>
            <Link href="/nhiem-vu/giao" className="button button-primary">
              {t.create}
            </Link>
          </>
        )
      }
    >
      {(filters.source || filters.parent) && (
        <p className="active-condition">
          {filters.source ? t.bySource(sourceLabel) : t.byParent(Number(filters.parent))}{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => update({ source: '', parent: '' })}
          >
            {t.removeSource}
          </button>
        </p>
      )}
      {filters.counted && (
        <Condition
          text={t.counted}
          remove={t.removeSource}
          onRemove={() => update({ counted: false })}
        />
      )}
      {filters.leadUnit && (
        <Condition
          text={t.byLeadUnit(list.data?.items[0]?.leadUnit.name ?? `#${filters.leadUnit}`)}
          remove={t.removeSource}
          onRemove={() => update({ leadUnit: '' })}
        />
      )}
      {filters.noLeader && (
        <Condition
          text={t.noLeader}
          remove={t.removeSource}
          onRemove={() => update({ noLeader: false })}
        />
      )}
      <StatusChipFilter
        status={filters.status}
        dueSoon={filters.dueSoon}
        onChange={(next) => update(next)}
      />
      <TaskFiltersForm key={formKey} filters={filters} onApply={update} />
      <SavedFiltersPanel currentSearch={filterSearch(filters)} />
      <DataTable
        tableId="tasks"
        caption={t.caption}
        columns={columns}
        rows={list.data?.items}
        rowKey={(task) => task.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        sort={sortState(filters.sort)}
        onSortChange={(s) => {
          const key = TASK_SORT_KEYS[s.column];
          if (key) update({ sort: s.direction === 'desc' ? `-${key}` : key });
        }}
        emptyText={t.empty}
        exportSpec={{
          fileName: t.exportFile,
          sheetName: t.exportSheet,
          fetchRows: (onProgress) =>
            fetchAllPages(
              (page, pageSize) => fetchTasks(listQuery(filters, page, pageSize)),
              onProgress,
            ),
        }}
        footer={
          list.data && (
            <Pagination
              total={list.data.total}
              page={filters.page}
              pageSize={filters.pageSize}
              onPage={(page) => go({ ...filters, page })}
              onPageSize={(pageSize) => update({ pageSize })}
            />
          )
        }
      />
    </Page>
  );
}

/** One condition the address set (from a dashboard figure), with a button to drop it. */
function Condition({
  text,
  remove,
  onRemove,
}: {
  text: string;
  remove: string;
  onRemove: () => void;
}) {
  return (
    <p className="active-condition">
      {text}{' '}
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {remove}
      </button>
    </p>
  );
}
