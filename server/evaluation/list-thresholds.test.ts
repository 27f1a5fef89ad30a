import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { buildApp } from '../http/build-app';
import { createTask } from '../tasks/create-task';
import { completeTask } from '../tasks/complete-task';
import type { EvaluationInputs, EvaluationResult } from './evaluation-model';
import type { EvaluationRunView } from './http-schemas';
import {
  LIST_THRESHOLD_KEYS,
  ruleSetByKey,
  type EvaluationRuleSet,
  type ListRules,
  type Weights,
} from './rule-sets';
import { scoreEvaluation } from './score-evaluation';
import { setListThresholds } from './set-list-thresholds';
import type { ListThresholdsView } from './show-list-thresholds';

/**
 * The thresholds of the commendation and criticism lists as a setting per
 * year, on a small world evaluated for 2026 in January 2027: the Sở KH&ĐT did
 * its ten tasks on time, the Sở Tài chính seven (three still overdue), the
 * district four (six overdue).
 */
let ctx: TestContext;
let app: FastifyInstance;
let t: TestProvince;
let office: Session;
let staff: Session;

const DEFAULTS = (ruleSetByKey('nd335-2025') as EvaluationRuleSet).lists;

/** Ten tasks due 31/3/2026 led by the unit, `onTime` of them done by 20/3, the rest still open. */
async function tenTasks(unitId: number, onTime: number): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    const task = await createTask(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        content: `Nhiệm vụ ${unitId}.${i}`,
        leadUnit: unitId,
        assignedOn: '2026-01-05',
        deadline: '2026-03-31',
      },
    });
    if (i < onTime)
      await completeTask(ctx, {
        actor: SYSTEM_ACTOR,
        input: { taskId: task.id, completedOn: '2026-03-20' },
      });
  }
}

async function put(session: Session, payload: Record<string, unknown>) {
  return call(app, session, { method: 'PUT', url: '/api/v1/evaluation/list-thresholds', payload });
}

async function shown(year: number): Promise<ListThresholdsView> {
  const res = await call(app, staff, {
    method: 'GET',
    url: `/api/v1/evaluation/list-thresholds?year=${year}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ListThresholdsView>();
}

async function run(): Promise<EvaluationRunView> {
  const res = await call(app, office, {
    method: 'POST',
    url: '/api/v1/evaluation/runs',
    payload: { province: 'T', year: 2026 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<EvaluationRunView>();
}

const reasonsOf = (entries: EvaluationRunView['criticisms']) =>
  entries.map((e) => [e.unit.code, e.reasons.map((r) => r.criterion)]);

beforeAll(async () => {
  ctx = await createTestContext({ now: '2027-01-15T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  t = await buildProvince(ctx, 'T');
  const district = await buildUnit(ctx, {
    code: 'T.HA',
    kind: 'district_committee',
    parent: t.province.id,
    name: 'UBND huyện A',
  });
  await tenTasks(t.skhdt.id, 10);
  await tenTasks(t.stc.id, 7);
  await tenTasks(district.id, 4);
  await buildUser(ctx, {
    username: 'vp',
    role: 'office',
    unit: t.ubnd.code,
    scope: t.province.code,
  });
  await buildUser(ctx, {
    username: 'kh.cv',
    role: 'unit_staff',
    unit: t.skhdt.code,
    scope: t.skhdt.code,
  });
  office = await signIn(app, 'vp');
  staff = await signIn(app, 'kh.cv');
}, 180_000);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe(`thresholds of the commendation and criticism lists (${TEST_ENGINE})`, () => {
  it("defaults to the rule set's thresholds", async () => {
    const view = await shown(2026);
    expect(view).toMatchObject({ year: 2026, isDefault: true, thresholds: DEFAULTS });
    expect(view.ruleSet.key).toBe('nd335-2025');
    expect(DEFAULTS).toEqual({
      onTimeAllMinDue: 5,
      overdueAtLeast: 8,
      urgingsWeightedAtLeast: 10,
      revenueBelow: 0.9,
      missingReportsAtLeast: 1,
    });
    expect(view.rules.map((r) => [r.key, r.value, r.defaultValue])).toEqual(
      LIST_THRESHOLD_KEYS.map((k) => [k, DEFAULTS[k], DEFAULTS[k]]),
    );
    for (const r of view.rules) expect(r.label.length).toBeGreaterThan(20);
  });

  it('refuses a bad threshold naming the field and the rule, and stores nothing', async () => {
    const cases: Array<[Partial<ListRules>, string, number, string, RegExp]> = [
      [
        { revenueBelow: 1.2 },
        'thresholds.revenueBelow',
        400,
        'FIELD_INVALID',
        /không được vượt quá 1/,
      ],
      [{ revenueBelow: 0 }, 'thresholds.revenueBelow', 400, 'FIELD_INVALID', /phải lớn hơn 0/],
      [{ overdueAtLeast: 2.5 }, 'thresholds.overdueAtLeast', 400, 'FIELD_INVALID', /số nguyên/],
      [{ onTimeAllMinDue: 0 }, 'thresholds.onTimeAllMinDue', 400, 'FIELD_INVALID', /từ 1 trở lên/],
      [
        { urgingsWeightedAtLeast: -1 },
        'thresholds.urgingsWeightedAtLeast',
        400,
        'FIELD_INVALID',
        /phải lớn hơn 0/,
      ],
    ];
    for (const [change, field, status, code, message] of cases) {
      const res = await put(office, { year: 2026, thresholds: { ...DEFAULTS, ...change } });
      expect(res.statusCode, res.body).toBe(status);
      const body = res.json<{ code: string; field: string; message: string }>();
      expect(body).toMatchObject({ code, field });
      expect(body.message).toContain(field);
      expect(body.message).toMatch(message);
    }
    const { missingReportsAtLeast: _, ...missing } = DEFAULTS;
    const absent = await put(office, { year: 2026, thresholds: missing });
    expect(absent.statusCode).toBe(400);
    expect(absent.json()).toMatchObject({ field: 'thresholds.missingReportsAtLeast' });
    const unknown = await put(office, { year: 2026, thresholds: { ...DEFAULTS, extra: 1 } });
    expect(unknown.statusCode).toBe(400);
    // Through the use case too.
    await expect(
      setListThresholds(ctx, {
        actor: SYSTEM_ACTOR,
        input: { year: 2026, thresholds: { ...DEFAULTS, revenueBelow: 2 } },
      }),
    ).rejects.toSatisfy(
      (e) => isAppError(e, 'FIELD_INVALID') && e.field === 'thresholds.revenueBelow',
    );
    expect(await getSetting(ctx.db.q, 'evaluationListThresholds')).toEqual({});
    expect((await shown(2026)).isDefault).toBe(true);
  });

  it('draws the lists with the thresholds of the year: a changed threshold changes them', async () => {
    const before = await run();
    expect(before.units.map((u) => [u.unit.code, u.rank, u.level])).toEqual([
      ['T.SKHDT', 1, 'HTXSNV'],
      ['T.STC', 2, 'HTTNV'],
      ['T.HA', 3, 'HTNV'],
    ]);
    expect(before.listThresholds).toEqual(DEFAULTS);
    // Six and three open overdue tasks stay under the default of eight.
    expect(before.criticisms).toEqual([]);
    expect(reasonsOf(before.commendations)).toEqual([['T.SKHDT', ['score', 'taskOnTime']]]);

    const changed = { ...DEFAULTS, overdueAtLeast: 3, onTimeAllMinDue: 11 };
    const set = await put(office, { year: 2026, thresholds: changed });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ isDefault: false, thresholds: changed });
    expect(await shown(2025)).toMatchObject({ isDefault: true, thresholds: DEFAULTS });

    const after = await run();
    expect(after.listThresholds).toEqual(changed);
    // The scores and ranks do not move; the lists do.
    expect(after.units.map((u) => [u.unit.code, u.score])).toEqual(
      before.units.map((u) => [u.unit.code, u.score]),
    );
    expect(reasonsOf(after.criticisms)).toEqual([
      ['T.HA', ['overdueTasks']],
      ['T.STC', ['overdueTasks']],
    ]);
    expect(after.criticisms[1]?.reasons[0]?.text).toBe('Còn 3 nhiệm vụ quá hạn chưa hoàn thành');
    // Ten tasks due is below the new minimum of eleven: commended for the score alone.
    expect(reasonsOf(after.commendations)).toEqual([['T.SKHDT', ['score']]]);
    expect(after.notes.join(' ')).toContain('có từ 3 nhiệm vụ quá hạn chưa hoàn thành');

    // The run keeps its thresholds: scoring its stored inputs again gives its stored result.
    const row = await ctx.db.q
      .selectFrom('evaluation_runs')
      .selectAll()
      .where('id', '=', after.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.parse(row.result) as EvaluationResult;
    expect(stored.listThresholds).toEqual(changed);
    expect(
      scoreEvaluation({
        ruleSet: ruleSetByKey(row.rule_set) as EvaluationRuleSet,
        weights: JSON.parse(row.weights) as Weights,
        inputs: JSON.parse(row.inputs) as EvaluationInputs,
        ...(stored.listThresholds ? { listThresholds: stored.listThresholds } : {}),
      }),
    ).toEqual(stored);
    // The earlier run still shows the thresholds it was drawn with.
    const earlier = await call(app, office, {
      method: 'GET',
      url: `/api/v1/evaluation/runs/${before.id}`,
    });
    expect(earlier.json<EvaluationRunView>().criticisms).toEqual([]);

    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select(['entity_id', 'before', 'after'])
      .where('action', '=', 'evaluation.set_list_thresholds')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity_id).toBe('evaluationListThresholds.2026');
    expect(JSON.parse(audit[0]?.after ?? 'null')).toEqual(changed);
  });

  it("refuses a unit's staff changing the thresholds", async () => {
    const res = await put(staff, { year: 2026, thresholds: DEFAULTS });
    expect(res.statusCode).toBe(403);
  });
});
