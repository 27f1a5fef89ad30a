/**
 * Named filter sets of the task list, kept in localStorage per user (one
 * browser, one account): a name and the list's query string.
 */
import { useCallback, useState } from 'react';

export interface SavedFilter {
  name: string;
  /** The list address's query string, without the page. */
  search: string;
}

const storageKey = (userId: number) => `dieuhanh.tasks.savedFilters.${userId}`;

function read(userId: number): SavedFilter[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(userId)) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (x): x is SavedFilter =>
        typeof x === 'object' &&
        x !== null &&
        typeof (x as SavedFilter).name === 'string' &&
        typeof (x as SavedFilter).search === 'string',
    );
  } catch {
    return [];
  }
}

function write(userId: number, filters: SavedFilter[]): void {
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(filters));
  } catch {
    // Private mode or a full storage: the filters last for this page only.
  }
}

/** The user's saved filters, and saving (a name already used is replaced) and deleting. */
export function useSavedFilters(userId: number) {
  const [filters, setFilters] = useState<SavedFilter[]>(() => read(userId));
  const save = useCallback(
    (name: string, search: string) => {
      setFilters((prev) => {
        const next = [...prev.filter((f) => f.name !== name), { name, search }].sort((a, b) =>
          a.name.localeCompare(b.name, 'vi'),
        );
        write(userId, next);
        return next;
      });
    },
    [userId],
  );
  const remove = useCallback(
    (name: string) => {
      setFilters((prev) => {
        const next = prev.filter((f) => f.name !== name);
        write(userId, next);
        return next;
      });
    },
    [userId],
  );
  return { filters, save, remove };
}
