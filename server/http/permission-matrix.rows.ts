import { REPORT_MATRIX } from '../reports/permission-rows';
import type { InjectOptions } from 'fastify';
import ExcelJS from 'exceljs';
import { ROLES, type Role } from '../access/tables';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { multipart, TEST_PASSWORD } from '../testing/http';
import { NOTIFICATION_MATRIX } from '../notifications/permission-rows';
import { TASK_MATRIX } from '../tasks/permission-rows';
import { MEETING_MATRIX } from '../meetings/permission-rows';
import { LEADER_CALENDAR_MATRIX } from '../leader-calendar/permission-rows';
import { INDICATOR_MATRIX } from '../indicators/permission-rows';
import { INVESTMENT_MATRIX } from '../investment/permission-rows';
import { EVALUATION_MATRIX } from '../evaluation/permission-rows';
import { PERIODIC_REPORT_MATRIX } from '../periodic-reports/permission-rows';
import { EXTRACTION_MATRIX } from '../extract/permission-rows';
import { CITIZEN_CASE_MATRIX } from '../citizens/permission-rows';
import { VOTER_PETITION_MATRIX } from '../citizens/petitions/permission-rows';
import { BUSINESS_MATRIX } from '../citizens/business/permission-rows';
import { UNIT_DASHBOARD_MATRIX } from '../unit-dashboard/permission-rows';
import { DASHBOARD_MATRIX } from '../dashboard/permission-rows';
import { SEARCH_MATRIX } from '../search/permission-rows';

/** Expected status for a resource of the actor's own scope and of another scope. */
export type Pair = [own: number, other: number];

/** One row of the permission matrix: a registered route, how to call it, and what each role gets. */
export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered (`/api/v1/documents/:id`). */
  route: string;
  /** Public routes are also called without a session and must answer `anonymous`. */
  anonymous?: number;
  /** Builds a request (fresh resources) for a side; `session: 'fresh'` asks for a new session. */
  build(
    f: PermissionFixture,
    side: Side,
  ): Promise<Omit<InjectOptions, 'method'> & { freshSession?: boolean }>;
  expect: Record<Role, Pair>;
}

const same = (status: number): Pair => [status, status];

/** Roles in `allowed` get `ok`; the others get 403 on both sides. */
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
const ADMIN = ['admin'] as const;
const WRITERS = ['admin', 'office'] as const;

async function registerWorkbook(f: PermissionFixture, side: Side): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ');
  ws.addRow([
    'Ngày đến',
    'Số đến',
    'Tác giả',
    'Số, ký hiệu',
    'Ngày tháng',
    'Tên loại và trích yếu nội dung',
    'Đơn vị hoặc người nhận',
    'Ghi chú',
  ]);
  const n = Math.floor(Math.random() * 1_000_000) + 1;
  ws.addRow([
    '10/07/2023',
    null,
    'Bộ Tài chính',
    `${n}/BTC-NSNN`,
    '05/07/2023',
    `Công văn ma trận ${side}`,
    null,
    null,
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const doc = (f: PermissionFixture, side: Side) => f.freshDocument(side);

/** Every API route with what each role may do. A new route without a row fails the test. */
export const MATRIX: MatrixRow[] = [
  ...REPORT_MATRIX,
  // --- system and session ---------------------------------------------------
  {
    method: 'GET',
    route: '/api/health',
    anonymous: 200,
    build: () => Promise.resolve({ url: '/api/health' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/openapi.json',
    anonymous: 200,
    build: () => Promise.resolve({ url: '/api/openapi.json' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/meta',
    anonymous: 200,
    build: () => Promise.resolve({ url: '/api/v1/meta' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/login',
    anonymous: 401,
    build: () =>
      Promise.resolve({
        url: '/api/v1/auth/login',
        payload: { username: 'khong-co', password: 'sai-mat-khau-1' },
      }),
    expect: everyone(same(401)),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/logout',
    anonymous: 204,
    build: () => Promise.resolve({ url: '/api/v1/auth/logout', freshSession: true }),
    expect: everyone(same(204)),
  },
  {
    method: 'GET',
    route: '/api/v1/auth/me',
    anonymous: 401,
    build: () => Promise.resolve({ url: '/api/v1/auth/me' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/auth/password',
    build: () =>
      Promise.resolve({
        url: '/api/v1/auth/password',
        payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
      }),
    expect: everyone(same(204)),
  },
  // --- users, tokens, audit -------------------------------------------------
  {
    method: 'GET',
    route: '/api/v1/users',
    build: () => Promise.resolve({ url: '/api/v1/users' }),
    expect: only(ADMIN, same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/users',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/users',
        payload: {
          username: `n${Math.random().toString(36).slice(2, 10)}`,
          fullName: 'Người mới',
          role: 'viewer',
          scope: f.ownUnit(side).code,
        },
      }),
    expect: only(ADMIN, [201, 403]),
  },
  {
    method: 'PATCH',
    route: '/api/v1/users/:id',
    build: async (f, side) => ({
      url: `/api/v1/users/${await f.freshUser(side)}`,
      payload: { role: 'unit_staff' },
    }),
    expect: only(ADMIN, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/users/:id/reset-password',
    build: async (f, side) => ({ url: `/api/v1/users/${await f.freshUser(side)}/reset-password` }),
    expect: only(ADMIN, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/api-tokens',
    build: async (f, side) => ({
      url: '/api/v1/api-tokens',
      payload: {
        name: 'Nguồn số liệu',
        userId: await f.freshUser(side),
        scopes: ['documents:read'],
      },
    }),
    expect: only(ADMIN, [201, 403]),
  },
  {
    method: 'DELETE',
    route: '/api/v1/api-tokens/:id',
    build: async (f, side) => ({ url: `/api/v1/api-tokens/${await f.freshToken(side)}` }),
    expect: only(ADMIN, [204, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/audit',
    build: () => Promise.resolve({ url: '/api/v1/audit?limit=5' }),
    expect: only(ADMIN, same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/audit/verify',
    build: () => Promise.resolve({ url: '/api/v1/audit/verify' }),
    expect: only(ADMIN, same(200)),
  },
  // --- organisation ---------------------------------------------------------
  {
    method: 'GET',
    route: '/api/v1/units',
    build: () => Promise.resolve({ url: '/api/v1/units' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/units/:id',
    build: (f, side) => Promise.resolve({ url: `/api/v1/units/${f.ownUnit(side).id}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/units',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/units',
        payload: {
          code: `N${Math.random().toString(36).slice(2, 10)}`,
          kind: 'division',
          parent: f.ownUnit(side).id,
          name: 'Phòng mới',
          validFrom: '2023-01-01',
        },
      }),
    expect: only(ADMIN, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/units/:id/rename',
    build: async (f, side) => ({
      url: `/api/v1/units/${(await f.freshUnit(side)).id}/rename`,
      payload: { from: '2024-01-01', name: 'Phòng đổi tên' },
    }),
    expect: only(ADMIN, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/units/:id/dissolve',
    build: async (f, side) => ({
      url: `/api/v1/units/${(await f.freshUnit(side)).id}/dissolve`,
      payload: { lastDay: '2025-06-30' },
    }),
    expect: only(ADMIN, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/people',
    build: () => Promise.resolve({ url: '/api/v1/people?q=nguyen' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/people',
    build: () => Promise.resolve({ url: '/api/v1/people', payload: { fullName: 'Lê Thị Mới' } }),
    expect: only(ADMIN, same(201)),
  },
  {
    method: 'GET',
    route: '/api/v1/positions',
    build: (f, side) => Promise.resolve({ url: `/api/v1/positions?unitId=${f.ownUnit(side).id}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/people/:id/positions',
    build: async (f, side) => ({
      url: `/api/v1/people/${await f.freshPerson()}/positions`,
      payload: {
        unit: f.ownUnit(side).id,
        title: 'Phó Giám đốc',
        rank: 'deputy',
        validFrom: '2023-01-01',
      },
    }),
    expect: only(ADMIN, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/council-terms',
    build: () => Promise.resolve({ url: '/api/v1/council-terms' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/council-sessions',
    build: () => Promise.resolve({ url: '/api/v1/council-sessions' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/council-terms',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/council-terms',
        payload: {
          council: (side === 'own' ? f.t : f.u).hdnd.code,
          number: f.nextTermNumber(side),
          startYear: 2021,
          endYear: 2026,
        },
      }),
    expect: only(WRITERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/council-sessions',
    build: async (f, side) => ({
      url: '/api/v1/council-sessions',
      payload: {
        termId: await f.councilTerm(side),
        number: 1,
        kind: 'regular',
        startsOn: '2023-07-12',
        endsOn: '2023-07-14',
      },
    }),
    expect: only(WRITERS, [201, 403]),
  },
  // --- calendar (national reference data: no scope) ------------------------
  {
    method: 'GET',
    route: '/api/v1/calendar',
    build: () => Promise.resolve({ url: '/api/v1/calendar?year=2023' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/add-working-days',
    build: () =>
      Promise.resolve({ url: '/api/v1/calendar/add-working-days?from=2023-04-14&days=10' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/calendar/entries',
    build: (f) =>
      Promise.resolve({
        url: '/api/v1/calendar/entries',
        payload: { date: f.nextDate(), kind: 'holiday', name: 'Ngày lễ thử' },
      }),
    expect: only(ADMIN, same(201)),
  },
  {
    method: 'DELETE',
    route: '/api/v1/calendar/entries/:date',
    build: async (f) => {
      const date = f.nextDate();
      await f.addCalendarDay(date);
      return { url: `/api/v1/calendar/entries/${date}` };
    },
    expect: only(ADMIN, same(204)),
  },
  // --- documents ------------------------------------------------------------
  {
    method: 'GET',
    route: '/api/v1/document-types',
    build: () => Promise.resolve({ url: '/api/v1/document-types' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/documents',
    build: () => Promise.resolve({ url: '/api/v1/documents?q=ma+tran' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/documents/statistics',
    build: (f, side) =>
      Promise.resolve({
        url: `/api/v1/documents/statistics?from=2023-01-01&to=2023-12-31&issuer=${f.ownUnit(side).id}`,
      }),
    expect: everyone([200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/documents/:id',
    build: async (f, side) => ({ url: `/api/v1/documents/${(await doc(f, side)).id}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/outgoing',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/documents/outgoing',
        payload: {
          issuer: f.ownUnit(side).code,
          type: 'CV',
          summary: 'V/v ma trận',
          issueDate: '2023-07-10',
        },
      }),
    expect: only(WRITERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/incoming',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/documents/incoming',
        payload: {
          register: f.ownUnit(side).code,
          issuerName: 'Bộ Tài chính',
          numberSymbol: `${Math.floor(Math.random() * 1e6) + 1}/BTC-NSNN`,
          issueDate: '2023-07-05',
          summary: 'V/v dự toán',
        },
      }),
    expect: only(WRITERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/external',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/documents/external',
        payload: {
          register: f.ownUnit(side).code,
          issuerName: 'Chính phủ',
          numberSymbol: `${Math.floor(Math.random() * 1e6) + 1}/NQ-CP`,
          issueDate: '2022-01-30',
          summary: 'Nghị quyết',
        },
      }),
    expect: only(WRITERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/:id/corrections',
    build: async (f, side) => ({
      url: `/api/v1/documents/${(await doc(f, side)).id}/corrections`,
      payload: { kind: 'recall', reason: 'Thu hồi' },
    }),
    expect: only(WRITERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/:id/links',
    build: async (f, side) => {
      const older = await f.freshDocument(side, { qppl: true });
      const newer = await f.freshDocument(side, { qppl: true });
      return {
        url: `/api/v1/documents/${newer.id}/links`,
        payload: { toDocumentId: older.id, kind: 'amends' },
      };
    },
    expect: only(WRITERS, [200, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/documents/:id/validity',
    build: async (f, side) => ({
      url: `/api/v1/documents/${(await f.freshDocument(side, { qppl: true })).id}/validity`,
      payload: { validity: 'expired', effectiveTo: '2024-01-01' },
    }),
    expect: only(WRITERS, [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/:id/files',
    build: async (f, side) => ({
      url: `/api/v1/documents/${(await doc(f, side)).id}/files`,
      ...multipart({ kind: 'scan' }, { name: 'scan.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') }),
    }),
    expect: only(WRITERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/documents/:id/files/:fileId',
    build: async (f, side) => {
      const file = await f.freshFile(side);
      return { url: `/api/v1/documents/${file.id}/files/${file.fileId}` };
    },
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/import',
    build: async (f, side) => ({
      url: '/api/v1/documents/import',
      ...multipart(
        { register: String(f.ownUnit(side).id) },
        { name: 'so-den.xlsx', bytes: await registerWorkbook(f, side) },
      ),
    }),
    expect: only(WRITERS, [200, 403]),
  },
  ...NOTIFICATION_MATRIX,
  ...TASK_MATRIX,
  ...MEETING_MATRIX,
  ...LEADER_CALENDAR_MATRIX,
  ...INDICATOR_MATRIX,
  ...INVESTMENT_MATRIX,
  ...EVALUATION_MATRIX,
  ...PERIODIC_REPORT_MATRIX,
  ...EXTRACTION_MATRIX,
  ...CITIZEN_CASE_MATRIX,
  ...VOTER_PETITION_MATRIX,
  ...BUSINESS_MATRIX,
  ...UNIT_DASHBOARD_MATRIX,
  ...DASHBOARD_MATRIX,
  ...SEARCH_MATRIX,
];
