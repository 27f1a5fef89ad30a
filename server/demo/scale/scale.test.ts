import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { buildUser, call, signIn } from '../../testing/http';
import { buildApp } from '../../http/build-app';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { issueDocument } from '../../documents/issue-document';
import { createTask } from '../../tasks/create-task';
import { taskStatistics, type TaskStatistics } from '../../tasks/task-statistics';
import { TASK_STATUSES } from '../../../shared/tasks/status';
import { createScaleData, InsufficientDiskError, scalePlan } from './create-scale';
import { rawTaskStatistics, type RawStatRow } from './raw-statistics';
import { SCALE_ROOT_CODE } from './generate-scale';

/** A digest of the generated documents, tasks, assignments and events, in id order. */
async function contentDigest(c: TestContext): Promise<string> {
  const hash = createHash('sha256');
  const add = (rows: unknown[]) => hash.update(JSON.stringify(rows));
  add(await c.db.q.selectFrom('documents').selectAll().orderBy('id').execute());
  add(await c.db.q.selectFrom('tasks').selectAll().orderBy('id').execute());
  add(await c.db.q.selectFrom('task_assignments').selectAll().orderBy('id').execute());
  add(
    await c.db.q
      .selectFrom('task_events')
      .select(['task_id', 'kind', 'on_date', 'at', 'actor_name', 'details'])
      .orderBy('task_id')
      .orderBy('id')
      .execute(),
  );
  return hash.digest('hex');
}

/** A tiny scale CI can afford: two provinces of 500 tasks. */
const TASKS = 500;
const AT = '2023-07-10';

let ctx: TestContext;
let app: FastifyInstance;

beforeAll(async () => {
  ctx = await createTestContext();
  // One province, then one more next to it (S02 continues after S01).
  for (let i = 0; i < 2; i += 1)
    await createScaleData(ctx, { provinces: 1, tasksPerProvince: TASKS, reset: false });
  app = await buildApp(ctx, { webRoot: null });
  await buildUser(ctx, { username: 'qt.scale', role: 'admin', scope: SCALE_ROOT_CODE });
  await buildUser(ctx, { username: 'qt.s01', role: 'admin', scope: 'S01' });
}, 120_000);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

/** The app's table as lead unit × status → count, without empty cells. */
function cells(s: TaskStatistics): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of s.rows)
    for (const status of TASK_STATUSES) if (r[status] > 0) out.set(`${r.key}|${status}`, r[status]);
  return out;
}

function rawCells(rows: readonly RawStatRow[]): Map<string, number> {
  return new Map(rows.map((r) => [`${r.unitId}|${r.status}`, r.n]));
}

describe('synthetic provinces (demo --scale)', () => {
  it('writes the requested tasks per province with their documents and assignments', async () => {
    const perProvince = await ctx.db.q
      .selectFrom('tasks as t')
      .innerJoin('units as u', 'u.id', 't.assigning_unit_id')
      .select(['u.code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('u.code')
      .orderBy('u.code')
      .execute();
    expect(perProvince.map((r) => [r.code, Number(r.n)])).toEqual([
      ['S01.UBND', TASKS],
      ['S02.UBND', TASKS],
    ]);
    // Exactly one lead assignment per task, on the task's lead unit.
    const leads = await ctx.db.q
      .selectFrom('task_assignments as a')
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.role', '=', 'lead')
      .whereRef('a.unit_id', '=', 't.lead_unit_id')
      .executeTakeFirstOrThrow();
    expect(Number(leads.n)).toBe(2 * TASKS);
    const created = await ctx.db.q
      .selectFrom('task_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'created')
      .executeTakeFirstOrThrow();
    expect(Number(created.n)).toBe(2 * TASKS);
    const docs = await ctx.db.q
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(docs.n)).toBeGreaterThan(TASKS / 4);
    expect(scalePlan('x10', 2_000_000)).toEqual({ provinces: 10, tasksPerProvince: 200_000 });
  });

  it('gives the same table through the app as the hand-written SQL aggregate', async () => {
    const app1 = await taskStatistics(ctx, { actor: SYSTEM_ACTOR, input: { at: AT, by: 'unit' } });
    const raw = await rawTaskStatistics(ctx.db.q, AT);
    expect(cells(app1)).toEqual(rawCells(raw));
    for (const s of TASK_STATUSES) expect(app1.total[s], s).toBeGreaterThan(0);

    // Through the HTTP route, as a signed-in administrator of one province.
    const session = await signIn(app, 'qt.s01');
    const res = await call(app, session, {
      method: 'GET',
      url: `/api/v1/tasks/statistics?by=unit&at=${AT}`,
    });
    expect(res.statusCode).toBe(200);
    const s01 = await ctx.db.q
      .selectFrom('units')
      .select('path')
      .where('code', '=', 'S01')
      .executeTakeFirstOrThrow();
    const scoped = rawCells(await rawTaskStatistics(ctx.db.q, AT, s01.path));
    expect(cells(res.json<TaskStatistics>())).toEqual(scoped);
    expect(res.json<TaskStatistics>().total.total).toBeLessThan(app1.total.total);
  });

  it('leaves the register and the tasks usable by the use cases', async () => {
    const last = await ctx.db.q
      .selectFrom('number_series as s')
      .innerJoin('units as u', 'u.id', 's.register_unit_id')
      .select('s.last_number')
      .where('u.code', '=', 'S01.UBND')
      .where('s.series_key', '=', 'admin:CV')
      .where('s.year', '=', 2023)
      .executeTakeFirstOrThrow();
    const leader = await ctx.db.q
      .selectFrom('positions as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select('p.person_id')
      .where('u.code', '=', 'S01.UBND')
      .where('p.rank', '=', 'head')
      .executeTakeFirstOrThrow();
    const doc = await issueDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        issuer: 'S01.UBND',
        type: 'CV',
        fieldCode: 'TH',
        issueDate: AT,
        summary: 'V/v kiểm tra sau khi tạo dữ liệu mô phỏng',
        signer: leader.person_id,
        signerTitle: 'Chủ tịch',
      },
    });
    expect(doc.numberSymbol).toBe(`${last.last_number + 1}/UBND-TH`);
    const task = await createTask(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        sourceDocumentId: doc.id,
        content: 'Nhiệm vụ giao sau khi tạo dữ liệu mô phỏng',
        assigningUnit: 'S01.UBND',
        leadUnit: 'S01.SKHDT',
        deadline: '2023-07-31',
      },
    });
    const max = await ctx.db.q
      .selectFrom('tasks')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    expect(task.id).toBe(Number(max.id));
    expect(task.assignments).toHaveLength(1);
  });

  it('refuses, before writing anything, when the disk cannot hold the estimate', async () => {
    const before = await ctx.db.q
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const attempt = createScaleData(ctx, {
      provinces: 1,
      tasksPerProvince: 1e13,
      reset: false,
    });
    await expect(attempt).rejects.toBeInstanceOf(InsufficientDiskError);
    await expect(attempt).rejects.toThrow(/^Không đủ dung lượng đĩa để tạo/);
    const after = await ctx.db.q
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('is deterministic: the same rows on two fresh databases', async () => {
    const digests: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const fresh = await createTestContext();
      try {
        const made = await createScaleData(fresh, {
          provinces: 1,
          tasksPerProvince: 300,
          reset: false,
        });
        expect(made.tasks).toBe(300);
        digests.push(await contentDigest(fresh));
      } finally {
        await fresh.cleanup();
      }
    }
    expect(digests[1]).toBe(digests[0]);
  }, 60_000);
});
