/**
 * The shared table every list uses: sortable headers (aria-sort), a choice
 * of visible columns remembered per table, Excel export of the whole
 * filtered view, an empty state, a loading skeleton and readable errors.
 * On a phone-sized screen each row becomes a card (styles.css).
 */
import type { ReactNode } from 'react';
import { useText } from '../../platform/i18n';
import { uiText } from '../text';
import { ErrorNotice } from '../ErrorNotice';
import { ColumnChooser } from './ColumnChooser';
import { ExportButton, type ExportSpec } from './ExportButton';
import { nextSort, useColumnChoice, type Column, type SortState } from './columns';

export interface DataTableProps<Row> {
  /** Stable id under which the column choice is remembered. */
  tableId: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string | number;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  sort?: SortState | undefined;
  onSortChange?: (sort: SortState) => void;
  emptyText?: ReactNode;
  exportSpec?: ExportSpec<Row>;
  /** Under the table: pagination. */
  footer?: ReactNode;
}

const SKELETON_ROWS = 5;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const t = useText(uiText);
  const { visible, hidden, toggle } = useColumnChoice(props.tableId, props.columns);
  const { rows, loading, error, sort } = props;
  const showSkeleton = loading && !rows;
  return (
    <div className="data-table-block">
      <div className="table-toolbar">
        <ColumnChooser columns={props.columns} hidden={hidden} onToggle={toggle} />
        {props.exportSpec && <ExportButton spec={props.exportSpec} columns={visible} />}
      </div>
      {error ? <ErrorNotice error={error} onRetry={props.onRetry} /> : null}
      {!error && (
        // A wide table scrolls inside its block (keyboard users focus it to scroll).
        <div className="table-scroll" tabIndex={0} role="region" aria-label={props.caption}>
          <table className="data-table" aria-busy={loading ? true : undefined}>
            <caption className="visually-hidden">{props.caption}</caption>
            <thead>
              <tr>
                {visible.map((c) => (
                  <HeaderCell key={c.id} column={c} sort={sort} onSortChange={props.onSortChange} />
                ))}
              </tr>
            </thead>
            <tbody>
              {showSkeleton &&
                Array.from({ length: SKELETON_ROWS }, (_, i) => (
                  <tr key={`skeleton-${i}`} className="skeleton-row">
                    {visible.map((c) => (
                      <td key={c.id} data-label={c.header}>
                        <span className="skeleton" />
                      </td>
                    ))}
                  </tr>
                ))}
              {rows?.map((row) => (
                <tr key={props.rowKey(row)}>
                  {visible.map((c) => (
                    <td
                      key={c.id}
                      data-label={c.header}
                      className={c.numeric ? 'numeric' : undefined}
                    >
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {showSkeleton && (
        <p className="visually-hidden" role="status">
          {t.loading}
        </p>
      )}
      {!error && rows && rows.length === 0 && (
        <p className="empty-state">{props.emptyText ?? t.empty}</p>
      )}
      {props.footer}
    </div>
  );
}

function HeaderCell<Row>({
  column,
  sort,
  onSortChange,
}: {
  column: Column<Row>;
  sort: SortState | undefined;
  onSortChange: ((sort: SortState) => void) | undefined;
}) {
  const t = useText(uiText);
  if (!column.sortable || !onSortChange) {
    return (
      <th scope="col" className={`th-static${column.numeric ? ' numeric' : ''}`}>
        {column.header}
      </th>
    );
  }
  const active = sort?.column === column.id;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={column.numeric ? 'numeric' : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSortChange(nextSort(sort, column.id))}
        title={t.sortBy(column.header)}
      >
        {column.header}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
