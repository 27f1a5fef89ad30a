/**
 * The global search's API (`GET /api/v1/search`, server/search/routes.ts): the response shape
 * and the React Query hook, which waits until the query holds at least 2 characters.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../platform/api-client';

export const SEARCH_KINDS = ['documents', 'tasks', 'projects', 'cases', 'people', 'units'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One item found. */
export interface SearchHit {
  id: number;
  title: string;
  subtitle: string;
  date: string | null;
  href: string;
  match: 'exact' | 'prefix' | 'unit' | 'words';
}

/** One kind's total and first items. */
export interface SearchGroup {
  kind: SearchKind;
  total: number;
  items: SearchHit[];
}

export interface SearchResult {
  q: string;
  groups: SearchGroup[];
}

/** The shortest query the server accepts. */
export const MIN_QUERY = 2;

/** Whether a typed query is long enough to send. */
export function searchable(q: string): boolean {
  return q.trim().length >= MIN_QUERY;
}

/** The results for `q` (trimmed), `limit` per kind; idle while `q` is too short. */
export function useSearchResults(q: string, limit: number) {
  const query = q.trim();
  return useQuery({
    queryKey: ['search', query, limit],
    queryFn: ({ signal }) => api.get<SearchResult>('/api/v1/search', { q: query, limit }, signal),
    enabled: searchable(query),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** `value`, once it has stopped changing for `ms` milliseconds (as-you-type search). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
