import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../testing/test-context';
import { SYSTEM_ACTOR } from '../../../platform/actor';
import type { Tx } from '../../../platform/db/database';
import { getSetting } from '../../../platform/settings';
import { loadWorkingCalendar } from '../../../calendar/load-working-calendar';
import { programmeRollup } from '../../../tasks/programmes';
import { taskStatistics } from '../../../tasks/task-statistics';
import { TASK_STATUSES } from '../../../../shared/tasks/status';
import { createDemo } from '../../create-demo';
import { seedBinhPhuoc } from '../seed';
import { findPartBTasks, PART_B_DEADLINE } from './part-b';
import { MASTER_PLAN_CONTENT } from './master-plan';
import { PROGRAMME_17_CTR_TITLE } from './programme-17-ctr';

const NOW = '2023-07-10T08:00:00+07:00';
/**
 * Creating the whole demo takes about a minute on SQLite and two on PostgreSQL on a quiet
 * 2-core machine; several times that on a busy one.
 */
const SEED_TIMEOUT = 600_000;
/** The determinism check replays the register's first documents (January 2023). */
const REPLAYED_DOCUMENTS = 800;

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ now: NOW });
  await createDemo(ctx, { reset: false });
}, SEED_TIMEOUT);
afterAll(async () => ctx.cleanup());

async function programmeId(q: Tx, title: string): Promise<number> {
  const row = await q
    .selectFrom('tasks')
    .select('id')
    .where('kind', '=', 'programme')
    .where('content', '=', title)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function unitCode(q: Tx, id: number): Promise<string> {
  return (await q.selectFrom('units').select('code').where('id', '=', id).executeTakeFirstOrThrow())
    .code;
}

describe('the demo’s tasks', () => {
  it('rolls up 17-CTr/TU at 14/6/2023: 45 completed, 2 open awaiting the Tỉnh ủy', async () => {
    const id = await programmeId(ctx.db.q, PROGRAMME_17_CTR_TITLE);
    for (const at of ['2023-06-14', '2023-07-10']) {
      const roll = await programmeRollup(ctx, { actor: SYSTEM_ACTOR, programmeId: id, at });
      expect(roll.counts.total, at).toBe(47);
      expect(roll.counts.HT_DUNG_HAN + roll.counts.HT_QUA_HAN, at).toBe(45);
      expect(roll.counts.CHT_TRONG_HAN + roll.counts.CHT_QUA_HAN, at).toBe(2);
      expect(roll.awaitingApproval, at).toBe(2);
    }
    const stats = await taskStatistics(ctx, {
      actor: SYSTEM_ACTOR,
      input: { at: '2023-06-14', by: 'none', parentId: id },
    });
    expect(stats.total.HT_DUNG_HAN + stats.total.HT_QUA_HAN).toBe(45);
    expect(stats.total.CHT_TRONG_HAN + stats.total.CHT_QUA_HAN).toBe(2);
    const items = await ctx.db.q
      .selectFrom('tasks')
      .select(['completed_on', 'awaiting_body', 'progress_percent', 'source_document_id'])
      .where('parent_id', '=', id)
      .execute();
    const done = items.map((t) => t.completed_on).filter((d): d is string => d !== null);
    expect(done).toHaveLength(45);
    expect(done.every((d) => d >= '2021-10-01' && d <= '2023-06-14')).toBe(true);
    const open = items.filter((t) => t.completed_on === null);
    expect(open.map((t) => [t.awaiting_body, t.progress_percent])).toEqual([
      ['Tỉnh ủy', 100],
      ['Tỉnh ủy', 100],
    ]);
    const source = await ctx.db.q
      .selectFrom('documents')
      .select('number_symbol')
      .where('id', '=', items[0]?.source_document_id ?? -1)
      .executeTakeFirstOrThrow();
    expect(source.number_symbol).toBe('17-CTr/TU');
  });

  it('holds part B as items B.1–B.7 with their lead units, due 31/12/2023', async () => {
    const byLabel = await findPartBTasks(ctx.db.q);
    expect([...byLabel.keys()]).toEqual(['B.1', 'B.2', 'B.3', 'B.4', 'B.5', 'B.6', 'B.7']);
    const leads: Record<string, string> = {
      'B.1': 'BP.STC',
      'B.2': 'BP.SKHDT',
      'B.3': 'BP.SKHDT',
      'B.4': 'BP.SKHDT',
      'B.5': 'BP.SNV',
      'B.6': 'BP.SNV',
      'B.7': 'BP.VPUBND',
    };
    const coordinating: Record<string, string[]> = {
      'B.1': ['BP.CUCTHUE'],
      'B.4': ['BP.UBND.TOPHANUNGNHANH'],
      'B.6': ['BP.STTTT'],
    };
    for (const [label, id] of byLabel) {
      const t = await ctx.db.q
        .selectFrom('tasks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(await unitCode(ctx.db.q, t.lead_unit_id), label).toBe(leads[label]);
      expect(t.deadline, label).toBe(PART_B_DEADLINE);
      expect(t.completed_on, label).toBeNull();
      const others = await ctx.db.q
        .selectFrom('task_assignments as a')
        .innerJoin('units as u', 'u.id', 'a.unit_id')
        .select('u.code')
        .where('a.task_id', '=', id)
        .where('a.role', '=', 'coordinate')
        .orderBy('a.id')
        .execute();
      expect(
        others.map((o) => o.code),
        label,
      ).toEqual(coordinating[label] ?? []);
    }
    const b1 = await ctx.db.q
      .selectFrom('tasks')
      .select('content')
      .where('id', '=', byLabel.get('B.1') ?? -1)
      .executeTakeFirstOrThrow();
    expect(b1.content).toMatch(/^Tập trung quyết liệt công tác thu ngân sách/);
  });

  it('completes the provincial master plan on 17/5/2023 with 40/TTr-UBND', async () => {
    const rows = await ctx.db.q
      .selectFrom('tasks as t')
      .leftJoin('documents as d', 'd.id', 't.completion_document_id')
      .innerJoin('units as u', 'u.id', 't.lead_unit_id')
      .select(['t.completed_on', 'd.number_symbol', 'u.code', 't.deadline'])
      .where('t.content', '=', MASTER_PLAN_CONTENT)
      .execute();
    expect(rows).toEqual([
      {
        completed_on: '2023-05-17',
        number_symbol: '40/TTr-UBND',
        code: 'BP.SKHDT',
        deadline: '2023-05-31',
      },
    ]);
  });

  it('gives a realistic table at 10/7/2023: every status, mostly done on time', async () => {
    const stats = await taskStatistics(ctx, {
      actor: SYSTEM_ACTOR,
      input: { at: '2023-07-10', by: 'unit' },
    });
    const t = stats.total;
    for (const s of TASK_STATUSES) expect(t[s], s).toBeGreaterThan(0);
    expect(t.total).toBeGreaterThan(1300);
    expect(t.total).toBeLessThan(1900);
    expect(t.onTimeRate).toBeGreaterThan(0.6);
    expect(t.onTimeRate).toBeLessThan(0.95);
    const share = (n: number) => n / t.total;
    expect(share(t.HT_DUNG_HAN + t.HT_QUA_HAN)).toBeGreaterThan(0.6);
    expect(share(t.HT_DUNG_HAN + t.HT_QUA_HAN)).toBeLessThan(0.8);
    expect(share(t.CHT_QUA_HAN)).toBeGreaterThan(0.05);
    expect(share(t.CHT_QUA_HAN)).toBeLessThan(0.15);
    // Agencies and districts alike lead tasks.
    expect(stats.rows.length).toBeGreaterThan(25);
    expect(stats.overdue.length).toBeGreaterThan(0);
  });

  it('splits instructions to every district under the Văn phòng UBND tỉnh', async () => {
    expect(await getSetting(ctx.db.q, 'officeUnitCode')).toBe('BP.VPUBND');
    const parents = await ctx.db.q
      .selectFrom('tasks as p')
      .innerJoin('units as u', 'u.id', 'p.lead_unit_id')
      .select(['p.id', 'u.code'])
      .where('p.kind', '=', 'task')
      .where('p.recurrence', 'is', null)
      .where((eb) =>
        eb.exists(eb.selectFrom('tasks as c').select('c.id').whereRef('c.parent_id', '=', 'p.id')),
      )
      .execute();
    expect(parents.length).toBeGreaterThan(15);
    expect(new Set(parents.map((p) => p.code))).toEqual(new Set(['BP.VPUBND']));
    const children = await ctx.db.q
      .selectFrom('tasks as c')
      .innerJoin('units as u', 'u.id', 'c.lead_unit_id')
      .select('u.code')
      .where('c.parent_id', '=', parents[0]?.id ?? -1)
      .execute();
    expect(children.length).toBeGreaterThan(1);
    expect(children.every((c) => c.code !== 'BP.VPUBND')).toBe(true);
  });

  it('records periodic duties, standing tasks and re-openings', async () => {
    const series = await ctx.db.q
      .selectFrom('tasks')
      .select(['id', 'recurrence'])
      .where('recurrence', 'is not', null)
      .execute();
    expect(series.length).toBeGreaterThanOrEqual(3);
    const reopened = await ctx.db.q
      .selectFrom('tasks')
      .select(['first_completed_on', 'reopened_on'])
      .where('reopened_on', 'is not', null)
      .execute();
    expect(reopened.length).toBeGreaterThan(0);
    for (const r of reopened)
      expect((r.reopened_on ?? '') >= (r.first_completed_on ?? '')).toBe(true);
  });

  it('holds extension requests in every state and urgings with rising attempts and read receipts', async () => {
    const ext = await ctx.db.q
      .selectFrom('task_extensions')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const byStatus = Object.fromEntries(ext.map((e) => [e.status, Number(e.n)]));
    expect(byStatus.approved ?? 0).toBeGreaterThan(byStatus.refused ?? 0);
    expect(byStatus.refused ?? 0).toBeGreaterThan(0);
    expect(byStatus.forwarded ?? 0).toBeGreaterThan(0);
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(40);
    expect(total).toBeLessThan(100);

    const urgings = await ctx.db.q
      .selectFrom('task_urgings as g')
      .innerJoin('task_assignments as a', 'a.id', 'g.assignment_id')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select([
        'g.assignment_id',
        'g.kind',
        'g.attempt',
        'g.sent_on',
        'g.addressed_to_name',
        'u.kind as unitKind',
      ])
      .orderBy('g.assignment_id')
      .orderBy('g.id')
      .execute();
    expect(urgings.length).toBeGreaterThan(80);
    expect(urgings.length).toBeLessThan(180);
    expect(new Set(urgings.map((u) => u.kind))).toEqual(
      new Set(['nhac_nho', 'phe_binh', 'kiem_diem']),
    );
    const last = new Map<number, { attempt: number; on: string }>();
    for (const u of urgings) {
      const prev = last.get(u.assignment_id);
      expect(u.attempt).toBe((prev?.attempt ?? 0) + 1);
      expect(u.sent_on >= (prev?.on ?? '')).toBe(true);
      // Addressed to the head of the unit; the demo has no people in the bodies outside the UBND.
      expect(u.addressed_to_name === null).toBe(u.unitKind === 'other_body');
      last.set(u.assignment_id, { attempt: u.attempt, on: u.sent_on });
    }
    const reads = await ctx.db.q
      .selectFrom('urging_reads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(reads.n)).toBeGreaterThan(0);
  });

  it('dates everything on working days up to 10/7/2023', async () => {
    const cal = await loadWorkingCalendar(ctx.db.q);
    const events = await ctx.db.q.selectFrom('task_events').select(['kind', 'on_date']).execute();
    expect(events.length).toBeGreaterThan(3000);
    for (const e of events) {
      expect(e.on_date <= '2023-07-10', `${e.kind} ${e.on_date}`).toBe(true);
      expect(cal.isWorkingDay(e.on_date), `${e.kind} ${e.on_date}`).toBe(true);
    }
    const tasks = await ctx.db.q
      .selectFrom('tasks')
      .select(['assigned_on', 'completed_on'])
      .execute();
    for (const t of tasks) {
      expect(cal.isWorkingDay(t.assigned_on), t.assigned_on).toBe(true);
      if (t.completed_on) expect(t.completed_on >= t.assigned_on).toBe(true);
    }
  });

  it('puts June–July 2023 on the leaders’ calendar', async () => {
    const events = await ctx.db.q
      .selectFrom('leader_events')
      .select(['kind', 'leader_person_id', 'starts_at'])
      .execute();
    expect(events.length).toBeGreaterThanOrEqual(40);
    expect(new Set(events.map((e) => e.kind))).toEqual(
      new Set(['meeting', 'field_trip', 'review_meeting', 'citizen_reception']),
    );
    expect(new Set(events.map((e) => e.leader_person_id)).size).toBe(5);
    // The Chair's reception sessions of the half-year are on the calendar too (citizen-cases.ts).
    for (const e of events.filter((x) => x.kind !== 'citizen_reception'))
      expect(e.starts_at >= '2023-05-31' && e.starts_at < '2023-08-01').toBe(true);
  });

  it(
    'creates the same tasks on a second run on a fresh database',
    async () => {
      // Always SQLite, as the seed test: each document's tasks depend on that document only, so
      // replaying the register's first documents must give the same tasks for them.
      const other = await createTestContext({ now: NOW, engine: 'sqlite' });
      try {
        await seedBinhPhuoc(other, () => undefined, { outgoingLimit: REPLAYED_DOCUMENTS });
        const [first, second] = await Promise.all([
          taskSnapshot(ctx.db.q, REPLAYED_DOCUMENTS),
          taskSnapshot(other.db.q, REPLAYED_DOCUMENTS),
        ]);
        expect(second.count).toBeGreaterThan(150);
        expect(second).toEqual(first);
      } finally {
        await other.cleanup();
      }
    },
    SEED_TIMEOUT,
  );
});

/**
 * The tasks of 17-CTr/TU and of the register's first `limit` outgoing documents: a hash of
 * their content, deadline, lead unit, completion and extension, with how many there are.
 */
async function taskSnapshot(q: Tx, limit: number): Promise<{ count: number; hash: string }> {
  const firstDocs = q
    .selectFrom('documents')
    .select('id')
    .where('direction', '=', 'outgoing')
    .orderBy('id')
    .limit(limit);
  const rows = await q
    .selectFrom('tasks as t')
    .innerJoin('documents as d', 'd.id', 't.source_document_id')
    .innerJoin('units as u', 'u.id', 't.lead_unit_id')
    .select([
      'd.number_symbol',
      't.source_item_label',
      't.content',
      't.deadline',
      'u.code',
      't.completed_on',
      't.first_completed_on',
      't.reopened_on',
      't.extended_deadline',
      't.extension_approved_on',
      't.progress_percent',
    ])
    .where((eb) => eb.or([eb('d.id', 'in', firstDocs), eb('d.number_symbol', '=', '17-CTr/TU')]))
    .orderBy('t.id')
    .execute();
  const hash = createHash('sha256');
  for (const r of rows) hash.update(JSON.stringify(Object.values(r)));
  return { count: rows.length, hash: hash.digest('hex') };
}
