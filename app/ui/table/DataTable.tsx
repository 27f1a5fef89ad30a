/**
 * The shared table every list uses: sortable headers (aria-sort), a choice
 * of visible columns remembered per table, Excel export of the whole
 * filtered view, an empty state, a loading skeleton and readable errors.
 * Optional: sorting in the browser (`localSort`), row headers
 * (`Column.rowHeader`), totals kept last in a `<tfoot>` (`footerRows`), a
 * full-width line under each row (`rowDetail`, e.g. an explanation behind a
 * disclosure), a visible caption and a class per row.
 * On a phone-sized screen each row becomes a card (styles.css).
 */
import { useState, type ReactNode } from 'react';
import { useText } from '../../platform/i18n';
import { uiText } from '../text';
import { ErrorNotice } from '../ErrorNotice';
import { ColumnChooser } from './ColumnChooser';
import { ExportButton, type ExportSpec } from './ExportButton';
import { nextSort, sortRows, useColumnChoice, type Column, type SortState } from './columns';

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
  /**
   * Sort in the browser: the table keeps the order itself (`true`, or the
   * order to start from). Without it the page sorts (`sort`/`onSortChange`).
   */
  localSort?: boolean | SortState;
  /** Rows kept last whatever the order (totals), in a `<tfoot>`; exported last. */
  footerRows?: readonly Row[];
  /** A full-width line under a row (an explanation); not exported. */
  rowDetail?: (row: Row) => ReactNode;
  /** A class for a row (a muted or a group row). */
  rowClassName?: (row: Row) => string | undefined;
  /** Show the caption above the table (otherwise only assistive technology reads it). */
  showCaption?: boolean;
  /** An extra class for the `<table>` (figures, statistics). */
  tableClassName?: string;
}

const SKELETON_ROWS = 5;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const t = useText(uiText);
  const { visible, hidden, toggle } = useColumnChoice(props.tableId, props.columns);
  const { loading, error, localSort, footerRows, rowDetail } = props;
  const [ownSort, setOwnSort] = useState<SortState | undefined>(
    typeof localSort === 'object' ? localSort : undefined,
  );
  const sort = localSort ? ownSort : props.sort;
  const onSortChange = localSort ? setOwnSort : props.onSortChange;
  const rows = localSort && props.rows ? sortRows(props.rows, props.columns, sort) : props.rows;
  const showSkeleton = loading && !rows;
  const row = (r: Row) => <RowCells row={r} columns={visible} />;
  return (
    <div className="data-table-block">
      <div className="table-toolbar">
        <ColumnChooser columns={props.columns} hidden={hidden} onToggle={toggle} />
        {props.exportSpec && (
          <ExportButton
            spec={props.exportSpec}
            columns={visible}
            shownRows={rows && [...rows, ...(footerRows ?? [])]}
          />
        )}
      </div>
      {error ? <ErrorNotice error={error} onRetry={props.onRetry} /> : null}
      {!error && (
        // A wide table scrolls inside its block (keyboard users focus it to scroll).
        <div className="table-scroll" tabIndex={0} role="region" aria-label={props.caption}>
          <table
            className={`data-table${props.tableClassName ? ` ${props.tableClassName}` : ''}`}
            aria-busy={loading ? true : undefined}
          >
            <caption className={props.showCaption ? 'table-caption' : 'visually-hidden'}>
              {props.caption}
            </caption>
            <thead>
              <tr>
                {visible.map((c) => (
                  <HeaderCell key={c.id} column={c} sort={sort} onSortChange={onSortChange} />
                ))}
              </tr>
            </thead>
            {(showSkeleton || !rowDetail) && (
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
                {!rowDetail &&
                  rows?.map((r) => (
                    <tr key={props.rowKey(r)} className={props.rowClassName?.(r)}>
                      {row(r)}
                    </tr>
                  ))}
              </tbody>
            )}
            {rowDetail &&
              rows?.map((r) => (
                // Each row and its detail line share a body, read together.
                <tbody key={props.rowKey(r)} className="row-with-detail">
                  <tr className={props.rowClassName?.(r)}>{row(r)}</tr>
                  <tr className="row-detail">
                    <td colSpan={visible.length}>{rowDetail(r)}</td>
                  </tr>
                </tbody>
              ))}
            {footerRows && footerRows.length > 0 && rows && rows.length > 0 && (
              <tfoot>
                {footerRows.map((r) => (
                  <tr key={props.rowKey(r)} className={props.rowClassName?.(r)}>
                    {row(r)}
                  </tr>
                ))}
              </tfoot>
            )}
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

function RowCells<Row>({ row, columns }: { row: Row; columns: readonly Column<Row>[] }) {
  return (
    <>
      {columns.map((c) => {
        const className = c.numeric ? 'numeric' : undefined;
        return c.rowHeader ? (
          <th key={c.id} scope="row" data-label={c.header} className={className}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.id} data-label={c.header} className={className}>
            {c.cell(row)}
          </td>
        );
      })}
    </>
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
