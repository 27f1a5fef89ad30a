import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { addDays } from '../../shared/dates/local-date';
import { taskStatusAt, type ExtensionRule } from '../../shared/tasks/status';
import { statusSql } from './status-sql';
import { timelineOf } from './task-view';

let ctx: TestContext;
let p: TestProvince;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2023-01-01', n));
const timeline = fc.record({
  deadline: fc.option(day, { nil: null }),
  extension: fc.option(fc.record({ deadline: day, approvedOn: day }), { nil: null }),
  completedOn: fc.option(day, { nil: null }),
  reopen: fc.option(fc.record({ first: day, reopened: day }), { nil: null }),
});

describe('status in SQL', () => {
  it('agrees with the pure status function on random timelines, for every extension rule', async () => {
    const samples = fc.sample(timeline, 300);
    const now = new Date().toISOString();
    const ids: number[] = [];
    await ctx.db.write(async (tx) => {
      for (const s of samples) {
        const first = s.reopen
          ? s.reopen.first <= s.reopen.reopened
            ? s.reopen.first
            : s.reopen.reopened
          : null;
        const reopened = s.reopen
          ? s.reopen.first <= s.reopen.reopened
            ? s.reopen.reopened
            : s.reopen.first
          : null;
        const { id } = await tx
          .insertInto('tasks')
          .values({
            source_kind: 'manual',
            source_document_id: null,
            source_item_label: null,
            content: 'x',
            expected_output: null,
            assigning_unit_id: p.ubnd.id,
            assigned_by_person_id: null,
            leader_person_id: null,
            lead_unit_id: p.skhdt.id,
            assigned_on: '2023-01-01',
            deadline: s.deadline,
            extended_deadline: s.extension?.deadline ?? null,
            extension_approved_on: s.extension?.approvedOn ?? null,
            completed_on:
              s.completedOn && (!reopened || s.completedOn >= reopened) ? s.completedOn : null,
            completion_document_id: null,
            first_completed_on: first,
            reopened_on: reopened,
            awaiting_body: null,
            submitted_on: null,
            recurrence: null,
            series_id: null,
            occurrence: null,
            search_text: 'x',
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(id);
      }
    });
    const rows = await ctx.db.q
      .selectFrom('tasks')
      .selectAll()
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const rule of ['if_approved_before_deadline', 'always', 'never'] as ExtensionRule[]) {
      for (const d of ['2023-01-15', '2023-03-01', '2023-05-20', '2023-07-19']) {
        const fromSql = await ctx.db.q
          .selectFrom('tasks')
          .select(['id', statusSql(d, rule, 'tasks').as('s')])
          .where('id', 'in', ids)
          .orderBy('id')
          .execute();
        const expected = rows.map(
          (r) => taskStatusAt(timelineOf(r), d, { extensionRule: rule }).status,
        );
        expect(fromSql.map((r) => r.s)).toEqual(expected);
      }
    }
  });
});
