/**
 * The document register's API (`/api/v1/documents…`): response shapes
 * (mirroring server/documents/document-view.ts), list filters as they
 * travel in the page address and the query string, and the React Query hooks.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '../platform/api-client';
import type { PageOf } from '../ui/table/export';
import type { Direction, DocumentStatus, Regime, Secrecy, Urgency } from './labels';

/** A register entry (DocumentView). */
export interface DocumentView {
  id: number;
  registerUnitId: number;
  direction: Direction;
  regime: Regime;
  type: { key: string; code: string; name: string };
  status: DocumentStatus;
  number: number | null;
  numberSymbol: string | null;
  symbolCode: string | null;
  title: string | null;
  summary: string;
  issueDate: string | null;
  issuer: { unitId: number | null; name: string; capacity: 'body' | 'head' | null };
  signer: {
    personId: number | null;
    name: string | null;
    title: string | null;
    authority: string | null;
  };
  recipients: string[];
  urgency: Urgency;
  secrecy: Secrecy;
  content: string | null;
  arrival: { number: number | null; date: string | null } | null;
  handling: { unitId: number | null; deadline: string | null; handledOn: string | null } | null;
  validity: {
    status: string | null;
    effectiveFrom: string | null;
    effectiveTo: string | null;
  } | null;
  pageCount: number | null;
  copyCount: number | null;
  notes: string | null;
  tags: { tag: string; label: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentFileView {
  id: number;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

/** DocumentDetail: the entry with its files, links and corrections. */
export interface DocumentDetail extends DocumentView {
  files: DocumentFileView[];
  links: {
    kind: string;
    direction: 'from' | 'to';
    documentId: number;
    numberSymbol: string | null;
    summary: string;
  }[];
  corrections: {
    kind: string;
    reason: string;
    correctedOn: string;
    erratumDocumentId: number | null;
  }[];
}

/** `GET /api/v1/documents/statistics`. */
export interface DocumentStatistics {
  issuer: { id: number; name: string };
  from: string;
  to: string;
  qpplDecisions: number;
  directives: number;
  individualDecisions: number;
  plans: number;
  submissions: number;
  other: number;
  total: number;
}

/** The register list's filters, as kept in the page address. */
export interface DocumentFilters {
  q: string;
  type: string;
  direction: string;
  regime: string;
  issuer: string;
  register: string;
  from: string;
  to: string;
  tag: string;
  status: string;
  sort: string;
  page: number;
  pageSize: number;
}

/** Sorts the API offers (server/documents/document-queries.ts DOCUMENT_SORTS). */
export const SORTABLE = ['issueDate', 'number', 'arrivalDate', 'createdAt'] as const;
export const DEFAULT_SORT = '-issueDate';
export const DEFAULT_PAGE_SIZE = 50;

const FILTER_KEYS = [
  'q',
  'type',
  'direction',
  'regime',
  'issuer',
  'register',
  'from',
  'to',
  'tag',
  'status',
] as const;

/** Filters from the address's search parameters. */
export function filtersFromParams(params: URLSearchParams): DocumentFilters {
  const text = (k: string) => params.get(k) ?? '';
  const positive = (k: string, fallback: number) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    q: text('q'),
    type: text('type'),
    direction: text('direction'),
    regime: text('regime'),
    issuer: text('issuer'),
    register: text('register'),
    from: text('from'),
    to: text('to'),
    tag: text('tag'),
    status: text('status'),
    sort: text('sort') || DEFAULT_SORT,
    page: positive('page', 1),
    pageSize: Math.min(500, positive('pageSize', DEFAULT_PAGE_SIZE)),
  };
}

/** Search parameters for the address (defaults left out). */
export function filtersToParams(f: Partial<DocumentFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) if (f[k]) out[k] = String(f[k]);
  if (f.sort && f.sort !== DEFAULT_SORT) out.sort = f.sort;
  if (f.page && f.page > 1) out.page = String(f.page);
  if (f.pageSize && f.pageSize !== DEFAULT_PAGE_SIZE) out.pageSize = String(f.pageSize);
  return out;
}

/** The API query of a list request. */
export function listQuery(f: DocumentFilters, page = f.page, pageSize = f.pageSize): Query {
  return {
    q: f.q.trim(),
    type: f.type,
    direction: f.direction,
    regime: f.regime,
    issuer: f.issuer,
    register: f.register,
    from: f.from,
    to: f.to,
    tag: f.tag,
    status: f.status,
    sort: f.sort,
    page,
    pageSize,
  };
}

export function fetchDocuments(query: Query, signal?: AbortSignal) {
  return api.get<PageOf<DocumentView>>('/api/v1/documents', query, signal);
}

/** One page of the register. */
export function useDocuments(f: DocumentFilters) {
  return useQuery({
    queryKey: ['documents', 'list', f],
    queryFn: ({ signal }) => fetchDocuments(listQuery(f), signal),
    placeholderData: keepPreviousData,
  });
}

export const documentKey = (id: number) => ['documents', 'detail', id] as const;

/** One entry with its files, links and corrections. */
export function useDocument(id: number) {
  return useQuery({
    queryKey: documentKey(id),
    queryFn: ({ signal }) => api.get<DocumentDetail>(`/api/v1/documents/${id}`, undefined, signal),
    // Id 0: no document asked for (an optional one, e.g. `?vanBan=` absent).
    enabled: id > 0,
  });
}

/** Where a stored file is downloaded from (the session cookie authorises it). */
export function fileUrl(documentId: number, fileId: number): string {
  return `/api/v1/documents/${documentId}/files/${fileId}`;
}
