import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { buildApp } from '../http/build-app';
import { createPerson, appointPosition } from '../organisation/people';
import { createTask } from '../tasks/create-task';
import { completeTask } from '../tasks/complete-task';
import { registerIncomingDocument } from '../documents/record-received-document';
import { defineRegime } from '../periodic-reports/define-regime';
import { issuePeriodicRequests } from '../periodic-reports/issue-periodic-requests';
import { recordReceivedReport } from '../periodic-reports/record-received-report';
import { runEvaluation } from './run-evaluation';
import { setEvaluationWeights } from './set-evaluation-weights';
import type { EvaluationRunView } from './http-schemas';

/** The evaluation of 2026 (ND 335/2025) on a small world, read in January 2027. */
let ctx: TestContext;
let app: FastifyInstance;
let t: TestProvince;
let u: TestProvince;
let office: Session;
let staff: Session;
let extraT: number[] = [];
let extraU: number[] = [];

const ONLY_ON_TIME = {
  taskOnTime: 100,
  overdueTasks: 0,
  urgings: 0,
  revenue: 0,
  disbursement: 0,
  reportingTimeliness: 0,
};

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

beforeAll(async () => {
  ctx = await createTestContext({ now: '2027-01-15T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  t = await buildProvince(ctx, 'T');
  u = await buildProvince(ctx, 'U');
  const agency = (p: TestProvince, code: string) =>
    buildUnit(ctx, { code, kind: 'agency', parent: p.ubnd.id, name: `Sở ${code}` });
  const district = (p: TestProvince, code: string) =>
    buildUnit(ctx, {
      code,
      kind: 'district_committee',
      parent: p.province.id,
      name: `UBND huyện ${code}`,
    });
  extraT = [
    (await agency(t, 'T.SA')).id,
    (await agency(t, 'T.SB')).id,
    (await agency(t, 'T.SC')).id,
    (await district(t, 'T.HA')).id,
  ];
  extraU = [
    (await agency(u, 'U.SA')).id,
    (await district(u, 'U.HA')).id,
    (await district(u, 'U.HB')).id,
  ];
  // T: 100, 90, 80, 80, 70, 40 → five rated HTTNV or better → one HTXSNV allowed.
  const tScores: Array<[number, number]> = [
    [t.skhdt.id, 10],
    [t.stc.id, 9],
    [extraT[0] ?? 0, 8],
    [extraT[1] ?? 0, 8],
    [extraT[2] ?? 0, 7],
    [extraT[3] ?? 0, 4],
  ];
  // U: 100, 90, 80, 70, 50 → four rated HTTNV or better → none allowed.
  const uScores: Array<[number, number]> = [
    [u.skhdt.id, 10],
    [u.stc.id, 9],
    [extraU[0] ?? 0, 8],
    [extraU[1] ?? 0, 7],
    [extraU[2] ?? 0, 5],
  ];
  for (const [id, n] of [...tScores, ...uScores]) await tenTasks(id, n);
  const person = await createPerson(ctx, {
    actor: SYSTEM_ACTOR,
    input: { fullName: 'Trần Văn Giám' },
  });
  await appointPosition(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      personId: person.id,
      unit: t.skhdt.id,
      title: 'Giám đốc Sở',
      rank: 'head',
      validFrom: '2025-01-01',
    },
  });
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

describe(`evaluation of units and heads (${TEST_ENGINE})`, () => {
  it('refuses weights that do not sum to 100 %, naming the field', async () => {
    const bad = { ...ONLY_ON_TIME, taskOnTime: 90 };
    const res = await call(app, office, {
      method: 'PUT',
      url: '/api/v1/evaluation/weights',
      payload: { year: 2026, weights: bad },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'EVALUATION_WEIGHTS_TOTAL',
      field: 'weights',
      message: 'Trường "weights": tổng trọng số phải bằng 100% (đang là 90%).',
    });
    const en = await call(app, office, {
      method: 'PUT',
      url: '/api/v1/evaluation/weights',
      payload: { year: 2026, weights: bad },
      headers: { 'accept-language': 'en' },
    });
    expect(en.json<{ message: string }>().message).toBe(
      'Field "weights": the weights must add up to 100% (they add up to 90%).',
    );
    const negative = await call(app, office, {
      method: 'PUT',
      url: '/api/v1/evaluation/weights',
      payload: { year: 2026, weights: { ...ONLY_ON_TIME, taskOnTime: 110, urgings: -10 } },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json()).toMatchObject({ field: 'weights.taskOnTime' });
    const missing = await call(app, office, {
      method: 'PUT',
      url: '/api/v1/evaluation/weights',
      payload: { year: 2026, weights: { taskOnTime: 100 } },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ field: string }>().field).toMatch(/^weights\./);
    // Through the use case too; nothing was stored.
    await expect(
      setEvaluationWeights(ctx, { actor: SYSTEM_ACTOR, input: { year: 2026, weights: bad } }),
    ).rejects.toSatisfy((e) => isAppError(e, 'EVALUATION_WEIGHTS_TOTAL') && e.field === 'weights');
    const shown = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/evaluation/weights?year=2026',
    });
    expect(shown.json()).toMatchObject({ year: 2026, isDefault: true });
    expect(shown.json<{ ruleSet: { key: string } }>().ruleSet.key).toBe('nd335-2025');
  });

  it('refuses a period that has not ended', async () => {
    const half = await call(app, office, {
      method: 'POST',
      url: '/api/v1/evaluation/runs',
      payload: { year: 2027, half: 1 },
    });
    expect(half.statusCode).toBe(422);
    expect(half.json()).toMatchObject({ code: 'EVALUATION_PERIOD_NOT_ENDED', field: 'half' });
    await expect(
      runEvaluation(ctx, { actor: SYSTEM_ACTOR, input: { province: 'T', year: 2027 } }),
    ).rejects.toSatisfy((e) => isAppError(e, 'EVALUATION_PERIOD_NOT_ENDED') && e.field === 'year');
  });

  it('rates the heads of 2026 on the ND 335 scale with the 20 % quota', async () => {
    const set = await call(app, office, {
      method: 'PUT',
      url: '/api/v1/evaluation/weights',
      payload: { year: 2026, weights: ONLY_ON_TIME },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ isDefault: false });

    const res = await call(app, office, {
      method: 'POST',
      url: '/api/v1/evaluation/runs',
      payload: { province: 'T', year: 2026 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<EvaluationRunView>();
    expect(run.ruleSet.key).toBe('nd335-2025');
    expect(run.period).toMatchObject({ from: '2026-01-01', to: '2026-12-31', label: 'năm 2026' });
    expect(run.units.map((x) => [x.unit.code, x.score, x.rank, x.level])).toEqual([
      ['T.SKHDT', 100, 1, 'HTXSNV'],
      ['T.STC', 90, 2, 'HTXSNV'],
      ['T.SA', 80, 3, 'HTTNV'],
      ['T.SB', 80, 3, 'HTTNV'],
      ['T.SC', 70, 5, 'HTTNV'],
      ['T.HA', 40, 6, 'KHTNV'],
    ]);
    // Heads: 90 is at the HTXSNV boundary but the quota (20 % of 5) keeps only the best.
    expect(run.heads.map((h) => [h.unit.code, h.level, h.demotedByQuota])).toEqual([
      ['T.SKHDT', 'HTXSNV', false],
      ['T.STC', 'HTTNV', true],
      ['T.SA', 'HTTNV', false],
      ['T.SB', 'HTTNV', false],
      ['T.SC', 'HTTNV', false],
      ['T.HA', 'KHTNV', false],
    ]);
    expect(run.heads[0]?.head).toMatchObject({ fullName: 'Trần Văn Giám', title: 'Giám đốc Sở' });
    expect(run.heads[1]?.explanation.join(' ')).toContain('20% của 5 người');

    // Every score is explained: inputs, weights, points adding up to it.
    for (const x of run.units) {
      expect(x.lines).toHaveLength(6);
      const onTime = x.lines.find((l) => l.key === 'taskOnTime');
      expect(onTime?.effectiveWeight).toBe(100);
      expect(onTime?.explanation).toMatch(
        /nhiệm vụ đến hạn hoàn thành đúng hạn.*× trọng số 100% = /,
      );
      expect(x.lines.reduce((s, l) => s + l.points, 0)).toBeCloseTo(x.score ?? -1, 2);
      expect(x.inputs.tasks?.total).toBe(10);
      expect(x.lines.find((l) => l.key === 'reportingTimeliness')?.input).toContain(
        'Chưa có dữ liệu',
      );
    }
    expect(run.criticisms.map((c) => c.unit.code)).toEqual(['T.HA']);
    expect(run.commendations.map((c) => c.unit.code)).toEqual(['T.SKHDT', 'T.STC']);

    // Province U: four rated HTTNV or better, so nobody keeps HTXSNV.
    const other = await runEvaluation(ctx, {
      actor: SYSTEM_ACTOR,
      input: { province: 'U', year: 2026 },
    });
    expect(other.heads.map((h) => h.level)).toEqual(['HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV']);
    expect(other.heads.filter((h) => h.demotedByQuota)).toHaveLength(2);
    expect(other.units.map((x) => x.level)).toEqual(['HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTNV']);
  });

  it('scores reporting timeliness from the periodic reports due in the period', async () => {
    const v = await buildProvince(ctx, 'V');
    const regime = await defineRegime(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        issuer: v.ubnd.code,
        name: 'Báo cáo tình hình thực hiện nhiệm vụ tháng',
        periodKind: 'month',
        basis: 'calendar',
        deadlineRule: 'working_days_after',
        deadlineValue: 2,
        reportingUnits: [v.skhdt.code],
      },
    });
    const march = await issuePeriodicRequests(ctx, {
      actor: SYSTEM_ACTOR,
      input: { regimeId: regime.id, period: '2026-03' },
    });
    await issuePeriodicRequests(ctx, {
      actor: SYSTEM_ACTOR,
      input: { regimeId: regime.id, period: '2026-04' },
    });
    const request = march.created[0];
    if (!request) throw new Error('no request');
    const doc = await registerIncomingDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        register: v.ubnd.code,
        issuer: v.skhdt.id,
        numberSymbol: '12/BC-SKHĐT',
        summary: 'Báo cáo tình hình thực hiện nhiệm vụ tháng 3 năm 2026',
        issueDate: '2026-04-01',
        arrivalDate: request.deadline,
      },
    });
    await recordReceivedReport(ctx, {
      actor: SYSTEM_ACTOR,
      input: { requestId: request.id, documentId: doc.id, period: '2026-03' },
    });
    // April's report was never sent.
    const run = await runEvaluation(ctx, {
      actor: SYSTEM_ACTOR,
      input: { province: 'V', year: 2026 },
    });
    const kh = run.units.find((x) => x.unit.code === 'V.SKHDT');
    expect(kh?.inputs.reportingTimeliness).toEqual({ due: 2, onTime: 1, late: 0, missing: 1 });
    const line = kh?.lines.find((l) => l.key === 'reportingTimeliness');
    expect(line?.normalised).toBe(0.5);
    expect(line?.input).toBe(
      '1/2 báo cáo định kỳ đến hạn gửi đúng hạn (50%); 0 gửi muộn, 1 chưa gửi',
    );
    expect(
      run.criticisms.find((c) => c.unit.code === 'V.SKHDT')?.reasons.map((r) => r.text),
    ).toContain('Chưa gửi 1 báo cáo định kỳ đã đến hạn');
    expect(run.notes.join(' ')).toContain(
      'số báo cáo định kỳ gửi đúng hạn trên số báo cáo đến hạn',
    );
    // The Sở Tài chính had no report due: no data, its weight goes to the other criteria.
    const tc = run.units.find((x) => x.unit.code === 'V.STC');
    expect(tc?.inputs.reportingTimeliness).toBeNull();
  });

  it("shows a unit's own staff only their unit, with its rank among all", async () => {
    const list = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/evaluation/runs?year=2026',
    });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: Array<{ id: number; province: { code: string } }> }>().items;
    expect(items.map((i) => i.province.code)).toEqual(['T']);
    const res = await call(app, staff, {
      method: 'GET',
      url: `/api/v1/evaluation/runs/${items[0]?.id}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json<EvaluationRunView>();
    expect(run.scopedToUnits).toBe(true);
    expect(run.unitCount).toBe(6);
    expect(run.units.map((x) => [x.unit.code, x.rank])).toEqual([['T.SKHDT', 1]]);
    expect(run.heads.map((h) => h.unit.code)).toEqual(['T.SKHDT']);
    expect(run.criticisms).toEqual([]);
    const whole = await call(app, office, {
      method: 'GET',
      url: `/api/v1/evaluation/runs/${items[0]?.id}`,
    });
    expect(whole.json<EvaluationRunView>().units).toHaveLength(6);
    const missing = await call(app, office, {
      method: 'GET',
      url: '/api/v1/evaluation/runs/999999',
    });
    expect(missing.statusCode).toBe(404);
  });
});
