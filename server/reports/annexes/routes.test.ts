/**
 * The annexes through their two entry points: the API (XLSX download with its
 * file name, the Vietnamese refusal of an empty period, bad query strings,
 * a Sở's user kept out of the province's disbursement) and the command line
 * (the file written whole, or nothing at all, exit 2 on bad input).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { buildProvince, type TestProvince } from '../../testing/factories';
import { buildUser, call, signIn, type Session } from '../../testing/http';
import { buildApp } from '../../http/build-app';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { createTask } from '../../tasks/create-task';
import { issueDocument } from '../../documents/issue-document';
import { buildPlan, buildProject, pay, TY } from '../../investment/testing/investment-factories';
import { buildIndicator, enterSeries } from '../../indicators/testing/kit';
import { createReport } from '../manage-reports';
import { readWorkbook, sheet, table } from './testing/read-workbook';

const MAIN = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let viewer: Session;
let unitStaff: Session;
let out: string;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx, 'T');
  await buildUser(ctx, { username: 'xem', role: 'viewer', scope: 'T' });
  await buildUser(ctx, {
    username: 'so.cv',
    role: 'unit_staff',
    unit: p.skhdt.code,
    scope: p.skhdt.code,
  });
  viewer = await signIn(app, 'xem');
  unitStaff = await signIn(app, 'so.cv');
  await createTask(ctx, {
    actor,
    input: {
      content: 'Trình phương án giải ngân',
      assigningUnit: p.ubnd.id,
      leadUnit: p.skhdt.id,
      deadline: '2023-06-30',
      assignedOn: '2023-06-01',
    },
  });
  const project = await buildProject(ctx, { province: 'T', investor: p.skhdt.code });
  await buildPlan(ctx, { projectId: project.id, year: 2023, pm: 100 * TY, local: 100 * TY });
  await pay(ctx, { projectId: project.id, paidOn: '2023-06-01', amount: 40 * TY });
  const ind = await buildIndicator(ctx, { ownerUnit: p.skhdt.id });
  await enterSeries(ctx, ind.id, 2023, [10, 10, 10, 10, 10, 10]);
  await issueDocument(ctx, {
    actor,
    input: {
      issuer: p.ubnd.code,
      type: 'KH',
      summary: 'Thực hiện giải ngân',
      issueDate: '2023-07-03',
    },
  });
  out = mkdtempSync(join(tmpdir(), 'dieuhanh-annex-'));
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
  rmSync(out, { recursive: true, force: true });
});

const get = (session: Session, url: string, headers: Record<string, string> = {}) =>
  call(app, session, { method: 'GET', url, headers });

describe('the annex API', () => {
  it('downloads each annex as an XLSX file with its name', async () => {
    const cases: Array<[string, string, string]> = [
      ['tasks?at=2023-07-10', 'nhiem-vu-2023-07-10.xlsx', 'Nhiệm vụ (mẫu VPCP)'],
      [
        'disbursement?year=2023&at=2023-07-10&province=T',
        'giai-ngan-2023-2023-07-10.xlsx',
        'Giải ngân theo dự án',
      ],
      ['indicators?year=2023&period=2023-Q2', 'chi-tieu-2023-Q2.xlsx', 'Chỉ tiêu KT-XH'],
      [
        'register?direction=outgoing&from=2023-07-01&to=2023-07-31',
        'so-van-ban-di-2023-07-01-2023-07-31.xlsx',
        'Sổ văn bản đi',
      ],
    ];
    for (const [query, fileName, first] of cases) {
      const res = await get(viewer, `/api/v1/reports/annexes/${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${fileName}`);
      const sheets = await readWorkbook(res.rawPayload);
      expect(sheets[0]?.name).toBe(first);
    }
    const res = await get(viewer, '/api/v1/reports/annexes/disbursement?year=2023&at=2023-07-10');
    const t = table(sheet(await readWorkbook(res.rawPayload), 'Giải ngân theo dự án'));
    expect(t.rows.at(-1)?.slice(5, 10)).toEqual([100_000, 100_000, 40_000, 40, 40]);
  });

  it('refuses an empty period with a Vietnamese message naming it, in English on request', async () => {
    const url = '/api/v1/reports/annexes/register?direction=incoming&from=2023-07-01&to=2023-07-31';
    const res = await get(viewer, url);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      code: 'REPORT_NO_DATA',
      field: 'from',
      message:
        'Không có số liệu cho kỳ từ ngày 01/7/2023 đến ngày 31/7/2023: sổ văn bản đến của Ủy ban nhân dân tỉnh Thử T không có văn bản nào',
    });
    const en = await get(viewer, url, { 'accept-language': 'en' });
    expect(en.json<{ message: string }>().message).toMatch(/^There is no data for the period/);
    const tasks = await get(viewer, '/api/v1/reports/annexes/tasks?at=2023-05-01');
    expect(tasks.json()).toMatchObject({ code: 'REPORT_NO_DATA', field: 'at' });
  });

  it('refuses bad query strings and a province outside the scope', async () => {
    const bad = [
      'register?direction=sideways&from=2023-07-01&to=2023-07-31',
      'register?direction=outgoing&from=2023-07-31&to=2023-07-01',
      'disbursement?year=hai-nghin',
      'disbursement?year=2023&at=2023-02-30',
      'indicators?year=2023&period=2023-Q7',
      'tasks?at=2023-07-10&by=month',
    ];
    for (const query of bad) {
      const res = await get(viewer, `/api/v1/reports/annexes/${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json<{ message: string }>().message, query).toBeTruthy();
    }
    const foreign = await get(
      unitStaff,
      '/api/v1/reports/annexes/disbursement?year=2023&at=2023-07-10&province=T',
    );
    expect(foreign.statusCode).toBe(403);
    // The Sở's own register is its to print (here: nothing in it yet).
    const own = await get(
      unitStaff,
      `/api/v1/reports/annexes/register?direction=outgoing&from=2023-07-01&to=2023-07-31&register=${p.skhdt.code}`,
    );
    expect(own.json()).toMatchObject({ code: 'REPORT_NO_DATA' });
  });
});

describe("a report's XLSX export", () => {
  it('carries the indicator, disbursement and register sheets after its own', async () => {
    await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'TTr',
        summary: 'Đề nghị bổ sung vốn',
        issueDate: '2023-05-16',
      },
    });
    // The first half on the calendar basis: 01/01 to 30/6/2023.
    const report = await createReport(ctx, {
      actor,
      input: {
        template: 'ad-hoc',
        kind: 'thematic',
        year: 2023,
        basis: 'calendar',
        issuer: p.ubnd.id,
      },
    });
    const res = await get(viewer, `/api/v1/reports/${report.id}/export?format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const sheets = await readWorkbook(res.rawPayload);
    expect(sheets.map((s) => s.name)).toEqual([
      'Văn bản ban hành',
      'Nhiệm vụ (mẫu VPCP)',
      'Nhiệm vụ quá hạn',
      'Nội dung báo cáo',
      'Chỉ tiêu KT-XH',
      'Giải ngân theo dự án',
      'Sổ văn bản đi',
      'Sổ văn bản đến',
    ]);
    const plans = table(sheet(sheets, 'Giải ngân theo dự án'));
    expect(plans.rows.at(-1)?.slice(5, 8)).toEqual([100_000, 100_000, 40_000]);
    const outgoing = table(sheet(sheets, 'Sổ văn bản đi'));
    expect(outgoing.rows.map((r) => r[0])).toEqual(['01/TTr-UBND']);
    // No incoming document in the window: the sheet stays, saying so.
    expect(table(sheet(sheets, 'Sổ văn bản đến')).rows[0]?.[0]).toBe(
      'Không có văn bản đến nào trong kỳ.',
    );
  });
});

/** Runs the real CLI in a child process against the test database. */
function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: { ...process.env, ...ctx.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

// Each case spawns the CLI through tsx: slow on a loaded two-core machine.
describe('dieuhanh report … -o FILE', { timeout: 240_000 }, () => {
  it('writes the workbook whole', async () => {
    const file = join(out, 'nhiem-vu.xlsx');
    const r = await cli('report', 'tasks', '--at', '10/7/2023', '--by', 'leader', '-o', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Đã ghi ${file}`);
    const sheets = await readWorkbook(readFileSync(file));
    expect(table(sheet(sheets, 'Nhiệm vụ (mẫu VPCP)')).headers[1]).toBe('Lãnh đạo phụ trách');
    expect(readdirSync(out)).toEqual(['nhiem-vu.xlsx']);
  });

  it('exits with 2, a readable message and no file on an empty period or bad input', async () => {
    const file = join(out, 'so-den.xlsx');
    const empty = await cli(
      'report',
      'register',
      '--direction',
      'incoming',
      '--from',
      '2023-07-01',
      '--to',
      '2023-07-31',
      '-o',
      file,
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(
      'Lỗi [REPORT_NO_DATA]: Không có số liệu cho kỳ từ ngày 01/7/2023',
    );
    const badYear = await cli(
      'report',
      'disbursement',
      '--year',
      '23',
      '--at',
      '2023-07-10',
      '-o',
      file,
    );
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year');
    const nowhere = await cli(
      'report',
      'indicators',
      '--year',
      '2023',
      '-o',
      join(out, 'khong-co', 'chi-tieu.xlsx'),
    );
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('không ghi được tệp');
    expect(existsSync(file)).toBe(false);
    // Nothing half-written: not the file, not a temporary one.
    expect(readdirSync(out)).toEqual(['nhiem-vu.xlsx']);
  });
});
