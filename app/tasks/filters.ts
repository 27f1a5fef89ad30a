/**
 * The task list's filters as they travel in the page address (so a filter
 * can be bookmarked, shared and saved under a name) and as the API query of
 * `GET /api/v1/tasks` (server/tasks/routes.ts).
 */
import type { Query } from '../platform/api-client';
import { TASK_STATUSES, type TaskStatus } from '../../shared/tasks/status';

export const TASK_SORTS = ['-assignedOn', 'assignedOn', 'deadline', '-deadline', '-id'] as const;
export const DEFAULT_SORT = '-assignedOn';
export const DEFAULT_PAGE_SIZE = 50;

/** The list's filters. Ids are kept as text (empty = no filter). */
export interface TaskFilters {
  q: string;
  status: TaskStatus[];
  dueSoon: boolean;
  unit: string;
  role: string;
  leader: string;
  source: string;
  parent: string;
  from: string;
  to: string;
  topLevel: boolean;
  awaiting: boolean;
  /** Only the tasks statistics count (the dashboard's figures): no programme roots, no parents. */
  counted: boolean;
  /** The lead unit (đơn vị chủ trì) as statistics group tasks. */
  leadUnit: string;
  /** Tasks without a leader in charge. */
  noLeader: boolean;
  sort: string;
  page: number;
  pageSize: number;
}

const TEXT_KEYS = [
  'q',
  'unit',
  'role',
  'leader',
  'source',
  'parent',
  'from',
  'to',
  'leadUnit',
] as const;
const FLAG_KEYS = ['dueSoon', 'topLevel', 'awaiting', 'counted', 'noLeader'] as const;

/** Filters from the address's search parameters. */
export function filtersFromParams(params: URLSearchParams): TaskFilters {
  const text = (k: string) => params.get(k) ?? '';
  const positive = (k: string, fallback: number) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  const sort = text('sort');
  return {
    q: text('q'),
    status: params
      .getAll('status')
      .filter((s): s is TaskStatus => (TASK_STATUSES as readonly string[]).includes(s)),
    dueSoon: params.get('dueSoon') === '1',
    unit: text('unit'),
    role: text('role'),
    leader: text('leader'),
    source: text('source'),
    parent: text('parent'),
    from: text('from'),
    to: text('to'),
    topLevel: params.get('topLevel') === '1',
    awaiting: params.get('awaiting') === '1',
    counted: params.get('counted') === '1',
    leadUnit: text('leadUnit'),
    noLeader: params.get('noLeader') === '1',
    sort: (TASK_SORTS as readonly string[]).includes(sort) ? sort : DEFAULT_SORT,
    page: positive('page', 1),
    pageSize: Math.min(500, positive('pageSize', DEFAULT_PAGE_SIZE)),
  };
}

/** Search parameters for the address (defaults left out; statuses repeated). */
export function filtersToParams(f: TaskFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of TEXT_KEYS) if (f[k]) out.set(k, f[k]);
  for (const s of f.status) out.append('status', s);
  for (const k of FLAG_KEYS) if (f[k]) out.set(k, '1');
  if (f.sort !== DEFAULT_SORT) out.set('sort', f.sort);
  if (f.page > 1) out.set('page', String(f.page));
  if (f.pageSize !== DEFAULT_PAGE_SIZE) out.set('pageSize', String(f.pageSize));
  return out;
}

/** The filters without the page (what a saved filter keeps), as a query string. */
export function filterSearch(f: TaskFilters): string {
  return filtersToParams({ ...f, page: 1 }).toString();
}

/** The API query of a list request. */
export function listQuery(f: TaskFilters, page = f.page, pageSize = f.pageSize): Query {
  return {
    q: f.q.trim(),
    status: f.status,
    dueSoon: f.dueSoon ? 'true' : undefined,
    unitId: f.unit,
    role: f.unit ? f.role : undefined,
    leaderPersonId: f.leader,
    sourceDocumentId: f.source,
    parentId: f.parent,
    deadlineFrom: f.from,
    deadlineTo: f.to,
    topLevel: f.topLevel ? 'true' : undefined,
    awaitingApproval: f.awaiting ? 'true' : undefined,
    counted: f.counted ? 'true' : undefined,
    leadUnitId: f.leadUnit,
    withoutLeader: f.noLeader ? 'true' : undefined,
    sort: f.sort,
    page,
    pageSize,
  };
}
