/**
 * Column definitions of the shared table, the choice of visible columns
 * (remembered per table in localStorage) and local sorting.
 */
import { useCallback, useState, type ReactNode } from 'react';

/** One column: how to show a cell, and its plain value for sorting and Excel. */
export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The plain value written to Excel (and compared by local sorting). */
  value: (row: Row) => string | number | null | undefined;
  /** Whether the header offers sorting. */
  sortable?: boolean;
  /** Hidden until the user shows it. */
  defaultHidden?: boolean;
  /** The column cannot be hidden (the row's identity). */
  alwaysVisible?: boolean;
  numeric?: boolean;
  /** Left out of Excel exports (row actions). */
  noExport?: boolean;
  /** The cell names its row (rendered as `<th scope="row">`, e.g. a unit or a category). */
  rowHeader?: boolean;
}

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  column: string;
  direction: SortDirection;
}

const storageKey = (tableId: string) => `dieuhanh.table.${tableId}.hidden`;

function readHidden(tableId: string): string[] | null {
  try {
    const raw = localStorage.getItem(storageKey(tableId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : null;
  } catch {
    return null;
  }
}

/** The visible columns of a table and a toggle that remembers the choice. */
export function useColumnChoice<Row>(tableId: string, columns: readonly Column<Row>[]) {
  const [hidden, setHidden] = useState<string[]>(
    () => readHidden(tableId) ?? columns.filter((c) => c.defaultHidden).map((c) => c.id),
  );
  const toggle = useCallback(
    (id: string) => {
      setHidden((prev) => {
        const next = prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id];
        try {
          localStorage.setItem(storageKey(tableId), JSON.stringify(next));
        } catch {
          // Without storage the choice lasts for this page only.
        }
        return next;
      });
    },
    [tableId],
  );
  const visible = columns.filter((c) => c.alwaysVisible || !hidden.includes(c.id));
  return { visible, hidden, toggle };
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Sorts rows in the browser by a column's value (Vietnamese collation; empty values last). */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  sort: SortState | undefined,
): Row[] {
  const column = sort && columns.find((c) => c.id === sort.column);
  if (!sort || !column) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    const emptyA = va === null || va === undefined || va === '';
    const emptyB = vb === null || vb === undefined || vb === '';
    if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
    if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
    return sign * collator.compare(String(va), String(vb));
  });
}

/** The next sort state when a header is pressed: ascending first, then descending. */
export function nextSort(current: SortState | undefined, column: string): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: 'asc' };
}
