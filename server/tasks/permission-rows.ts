import type { MatrixRow } from '../http/permission-matrix.rows';
import { ROLES, type Role } from '../access/tables';
import type { Pair } from '../http/permission-matrix.rows';
import ExcelJS from 'exceljs';
import { multipart } from '../testing/http';

async function taskBook(leadUnit: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn']);
  ws.addRow(['Nhiệm vụ nhập từ tệp', leadUnit, '31/12/2023']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const same = (s: number): Pair => [s, s];
function only(allowed: readonly Role[], ok: Pair): Record<Role, Pair> {
  return Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : same(403)])) as Record<
    Role,
    Pair
  >;
}
const everyone = (ok: Pair) => only(ROLES, ok);

/** Permission-matrix rows of the task routes. */
export const TASK_MATRIX: MatrixRow[] = [
  {
    method: 'POST',
    route: '/api/v1/tasks/import',
    build: async (f, side) => ({
      url: '/api/v1/tasks/import',
      ...multipart(
        { assigningUnit: String((side === 'own' ? f.t : f.u).ubnd.id) },
        { name: 'nv.xlsx', bytes: await taskBook(side === 'own' ? 'T.SKHDT' : 'U.SKHDT') },
      ),
    }),
    expect: only(['admin', 'office'], [200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/tasks',
    build: () => Promise.resolve({ url: '/api/v1/tasks?pageSize=5' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/tasks/statistics',
    build: () => Promise.resolve({ url: '/api/v1/tasks/statistics?at=2023-07-10&by=unit' }),
    expect: everyone(same(200)),
  },
  {
    method: 'GET',
    route: '/api/v1/tasks/:id',
    build: async (f, side) => ({ url: `/api/v1/tasks/${(await f.tasks.freshTask(side)).id}` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/tasks',
    build: (f, side) =>
      Promise.resolve({
        url: '/api/v1/tasks',
        payload: {
          content: 'Nhiệm vụ mới',
          assigningUnit: (side === 'own' ? f.t : f.u).ubnd.id,
          leadUnit: f.ownUnit(side).id,
          deadline: '2023-12-31',
        },
      }),
    expect: only(['admin', 'office'], [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/tasks/:id/progress',
    build: async (f, side) => {
      const t = await f.tasks.freshTask(side);
      return {
        url: `/api/v1/tasks/${t.id}/progress`,
        payload: { assignmentId: t.leadAssignmentId, percent: 30, narrative: 'Đang triển khai' },
      };
    },
    expect: only(['admin', 'office', 'unit_leader', 'unit_staff'], [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/task-progress/:id/decision',
    build: async (f, side) => ({
      url: `/api/v1/task-progress/${await f.tasks.freshPendingReport(side)}/decision`,
      payload: { approve: true },
    }),
    expect: only(['admin', 'unit_leader'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/tasks/:id/complete',
    build: async (f, side) => ({
      url: `/api/v1/tasks/${(await f.tasks.freshTask(side)).id}/complete`,
      payload: { completedOn: '2023-07-05' },
    }),
    expect: only(['admin', 'office', 'unit_leader'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/tasks/:id/reopen',
    build: async (f, side) => ({
      url: `/api/v1/tasks/${(await f.tasks.freshTask(side, { completed: true })).id}/reopen`,
      payload: { reason: 'Chưa đạt yêu cầu' },
    }),
    expect: only(['admin', 'office'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/tasks/:id/submit-for-approval',
    build: async (f, side) => ({
      url: `/api/v1/tasks/${(await f.tasks.freshTask(side)).id}/submit-for-approval`,
      payload: { body: 'Tỉnh ủy' },
    }),
    expect: only(['admin', 'office'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/tasks/:id/extensions',
    build: async (f, side) => ({
      url: `/api/v1/tasks/${(await f.tasks.freshTask(side)).id}/extensions`,
      payload: { requestedDeadline: '2024-03-31', reason: 'Chờ ý kiến Bộ' },
    }),
    expect: only(['admin', 'office', 'unit_leader', 'unit_staff'], [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/task-extensions/:id/forward',
    build: async (f, side) => ({
      url: `/api/v1/task-extensions/${await f.tasks.freshExtension(side, 'requested')}/forward`,
    }),
    expect: only(['admin', 'unit_leader'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/task-extensions/:id/decision',
    build: async (f, side) => ({
      url: `/api/v1/task-extensions/${await f.tasks.freshExtension(side, 'forwarded')}/decision`,
      payload: { approve: true },
    }),
    expect: only(['admin', 'leader'], [200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/task-assignments/:id/urgings',
    build: async (f, side) => ({
      url: `/api/v1/task-assignments/${(await f.tasks.freshTask(side)).leadAssignmentId}/urgings`,
      payload: { kind: 'nhac_nho', message: 'Đề nghị báo cáo tiến độ' },
    }),
    expect: only(['admin', 'office', 'leader'], [201, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/urgings/:id/read',
    build: async (f, side) => ({ url: `/api/v1/urgings/${await f.tasks.freshUrging(side)}/read` }),
    expect: everyone([200, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/urgings',
    build: () => Promise.resolve({ url: '/api/v1/urgings' }),
    expect: everyone(same(200)),
  },
  {
    method: 'POST',
    route: '/api/v1/programmes',
    build: async (f, side) => ({
      url: '/api/v1/programmes',
      payload: {
        documentId: await f.tasks.freshDocumentId(side),
        title: 'Chương trình công tác',
        assigningUnit: (side === 'own' ? f.t : f.u).ubnd.id,
        leadUnit: f.ownUnit(side).id,
      },
    }),
    expect: only(['admin', 'office'], [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/programmes/:id/rollup',
    build: async (f, side) => ({
      url: `/api/v1/programmes/${await f.tasks.freshProgramme(side)}/rollup`,
    }),
    expect: everyone([200, 403]),
  },
  {
    method: 'POST',
    route: '/api/v1/documents/:id/direction',
    build: async (f, side) => ({
      url: `/api/v1/documents/${await f.tasks.freshIncoming(side)}/direction`,
      payload: {
        leadUnit: f.ownUnit(side).id,
        deadline: '2023-07-20',
        direction: 'Giao Sở chủ trì tham mưu',
      },
    }),
    expect: only(['admin', 'leader'], [201, 403]),
  },
  {
    method: 'GET',
    route: '/api/v1/incoming-handling',
    build: () =>
      Promise.resolve({ url: '/api/v1/incoming-handling?from=2023-07-01&to=2023-07-31' }),
    expect: everyone(same(200)),
  },
];
