import ExcelJS from 'exceljs';
import { ROLES, type Role } from '../access/tables';
import type { MatrixRow, Pair } from '../http/permission-matrix.rows';
import type { PermissionFixture, Side } from '../testing/permission-fixture';
import { multipart } from '../testing/http';
import { INDICATOR_IMPORT_COLUMNS as C } from './import-indicator-values';

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);
/** The office and administrators manage the catalogue, targets, locks and unit settings. */
const MANAGERS = ['admin', 'office'] as const;
/** Unit staff and leaders enter their unit's figures (administrators too). */
const ENTERERS = ['admin', 'unit_leader', 'unit_staff'] as const;

const province = (f: PermissionFixture, side: Side) => (side === 'own' ? f.t : f.u).province;

async function valuesBook(code: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow([C.code, C.unit, C.year, C.period, C.value, C.estimate, C.note]);
  ws.addRow([code, null, 2023, 'Tháng 6', 12.5, null, 'Nhập từ tệp']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Permission-matrix rows of the indicator routes. An indicator belongs to its
 * owner unit — the fixture's indicators are owned by the side's Sở KH&ĐT,
 * the unit-scoped roles' own unit — and its province-wide figures belong to
 * the owner too; locks belong to the province.
 */
export const INDICATOR_MATRIX: MatrixRow[] = [
  {
    method: 'GET',
    route: '/api/v1/indicators',
    build: () => Promise.resolve({ url: '/api/v1/indicators' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/indicators',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/indicators',
        payload: {
          code: `MOI.${side}.${f.nextDate()}`,
          nameVi: 'Chỉ tiêu mới',
          nameEn: 'New indicator',
          category: 'economy',
          unitOfMeasure: 'tỷ đồng',
          frequency: 'monthly',
          ownerUnit: f.ownUnit(side).id,
        },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/indicators/table',
    build: () => Promise.resolve({ url: '/api/v1/indicators/table?period=2023-06' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/indicators/revenue-by-source',
    build: () => Promise.resolve({ url: '/api/v1/indicators/revenue-by-source?period=2023-H1' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/indicators/import',
    build: async (f, side) => {
      const ind = await f.indicators.freshIndicator(side);
      return {
        url: '/api/v1/indicators/import',
        ...multipart(
          { province: String(province(f, side).id) },
          { name: 'chi-tieu.xlsx', bytes: await valuesBook(ind.code) },
        ),
      };
    },
    expect: only(ENTERERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/indicators/:id',
    build: async (f, side) => ({
      url: `/api/v1/indicators/${(await f.indicators.freshIndicator(side)).id}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'PATCH',
    route: '/api/v1/indicators/:id',
    build: async (f, side) => ({
      url: `/api/v1/indicators/${(await f.indicators.freshIndicator(side)).id}`,
      payload: { nameEn: 'Renamed indicator' },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/indicators/:id/targets',
    build: async (f, side) => ({
      url: `/api/v1/indicators/${(await f.indicators.freshIndicator(side)).id}/targets`,
      payload: { year: 2023, kind: 'plan', value: 1000 },
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/indicators/:id/values',
    build: async (f, side) => ({
      url: `/api/v1/indicators/${(await f.indicators.freshIndicator(side)).id}/values?history=true`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/indicators/:id/values',
    build: async (f, side) => ({
      url: `/api/v1/indicators/${(await f.indicators.freshIndicator(side)).id}/values`,
      payload: { period: '2023-06', value: 15.5 },
    }),
    expect: only(ENTERERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/indicators/:id/explanations',
    build: async (f, side) => ({
      url: `/api/v1/indicators/${(await f.indicators.freshIndicator(side, { red: true })).id}/explanations`,
      payload: { period: '2023-06', dueOn: '2023-07-20', message: 'Đề nghị giải trình' },
    }),
    expect: only(['admin', 'leader'], [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/indicator-values',
    build: () => Promise.resolve({ url: '/api/v1/indicator-values?status=pending' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/indicator-values',
    build: async (f, side) => ({
      url: '/api/v1/indicator-values',
      payload: {
        province: province(f, side).id,
        values: [
          {
            indicator: (await f.indicators.freshIndicator(side)).code,
            period: '2023-06',
            value: 3,
          },
        ],
      },
    }),
    expect: only(ENTERERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/indicator-values/:id/decision',
    build: async (f, side) => ({
      url: `/api/v1/indicator-values/${await f.indicators.freshPendingValue(side)}/decision`,
      payload: { approve: true },
    }),
    expect: only(['admin', 'unit_leader'], [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/indicator-locks',
    build: () => Promise.resolve({ url: '/api/v1/indicator-locks' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/indicator-locks',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/indicator-locks',
        payload: { province: province(f, side).id, period: f.indicators.nextLockPeriod() },
      }),
    expect: only(MANAGERS, [201, 403]),
  },
  {
    method: 'DELETE',
    route: '/api/v1/indicator-locks/:id',
    build: async (f, side) => ({
      url: `/api/v1/indicator-locks/${await f.indicators.freshLock(side)}`,
    }),
    expect: only(MANAGERS, [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/indicator-explanations',
    build: () => Promise.resolve({ url: '/api/v1/indicator-explanations' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/indicator-explanations/:id',
    build: async (f, side) => ({
      url: `/api/v1/indicator-explanations/${await f.indicators.freshExplanation(side)}`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/indicator-explanations/:id/drafts',
    build: async (f, side) => ({
      url: `/api/v1/indicator-explanations/${await f.indicators.freshExplanation(side)}/drafts`,
      payload: { body: 'Dự thảo: do thị trường bất động sản trầm lắng' },
    }),
    expect: only(ENTERERS, [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/indicator-explanations/:id/answer',
    build: async (f, side) => ({
      url: `/api/v1/indicator-explanations/${await f.indicators.freshExplanation(side)}/answer`,
      payload: { body: 'Giải trình: nguồn thu chưa phát sinh' },
    }),
    expect: only(['admin', 'unit_leader'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/indicator-explanations/:id/close',
    build: async (f, side) => ({
      url: `/api/v1/indicator-explanations/${await f.indicators.freshExplanation(side)}/close`,
      payload: { note: 'Đã nắm tình hình' },
    }),
    expect: only(['admin', 'leader'], [200, 403]),
  },
  {
    method: 'PUT',
    route: '/api/v1/indicator-unit-settings/:id',
    build: (f, side) =>
      Promise.resolve({
        url: `/api/v1/indicator-unit-settings/${f.ownUnit(side).id}`,
        payload: { requiresApproval: true },
      }),
    expect: only(MANAGERS, [200, 403]),
  },
];
