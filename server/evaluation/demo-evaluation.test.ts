import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../testing/test-context';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import type { EvaluationInputs, EvaluationResult } from './evaluation-model';
import type { EvaluationRunView } from './http-schemas';
import { ruleSetByKey, type EvaluationRuleSet, type Weights } from './rule-sets';
import { scoreEvaluation } from './score-evaluation';

/**
 * Creating the whole demo takes about a minute on SQLite and two on PostgreSQL on a quiet
 * 2-core machine; several times that on a busy one.
 */
const SEED_TIMEOUT = 600_000;
const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));

let ctx: DemoTestContext;
let app: FastifyInstance;
let office: Session;
let run: EvaluationRunView;
let password = '';

beforeAll(async () => {
  ctx = await createDemoTestContext();
  const summary = ctx.summary;
  app = await buildApp(ctx, { webRoot: null });
  password = String(summary.password);
  office = await signIn(app, 'vanthu', password);
  // The demo ran the first half-year's evaluation itself (server/demo/create-demo.ts).
  const res = await call(app, office, {
    method: 'GET',
    url: `/api/v1/evaluation/runs/${String(summary.evaluationRun)}`,
  });
  if (res.statusCode !== 200) throw new Error(`the demo's evaluation run: ${res.body}`);
  run = res.json<EvaluationRunView>();
}, SEED_TIMEOUT);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

/** Runs the real CLI in a child process against the demo's database. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: { ...process.env, ...ctx.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe(`the demo's first-half evaluation (${TEST_ENGINE})`, () => {
  it('is run by the demo itself, once, and reported in its summary', async () => {
    const res = await call(app, office, {
      method: 'GET',
      url: '/api/v1/evaluation/runs?year=2023',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json<{ items: Array<{ id: number; period: { label: string } }> }>();
    expect(items.map((r) => [r.id, r.period.label])).toEqual([[run.id, '6 tháng đầu năm 2023']]);
    expect(ctx.summary).toMatchObject({
      evaluationCommendations: run.commendations.length,
      evaluationCriticisms: run.criticisms.length,
    });
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'evaluation.run')
      .execute();
    expect(audit.map((a) => String(a.entity_id))).toEqual([String(run.id)]);
  });

  it('ranks the sở, ban, ngành and districts with an explanation for every score', () => {
    expect(run.ruleSet.key).toBe('nd90-2020');
    expect(run.period).toMatchObject({
      from: '2023-01-01',
      to: '2023-06-30',
      label: '6 tháng đầu năm 2023',
    });
    expect(run.scopedToUnits).toBe(false);
    // 20 agencies, the project board and 11 district-level committees.
    expect(run.unitCount).toBe(32);
    const ranked = run.units.filter((u) => u.rank !== null);
    expect(ranked.length).toBeGreaterThanOrEqual(25);
    expect(ranked.some((u) => u.unit.kind === 'district_committee')).toBe(true);
    for (const [i, u] of ranked.entries()) {
      const prev = ranked[i - 1];
      if (prev) expect(prev.score ?? 0).toBeGreaterThanOrEqual(u.score ?? 0);
      expect(u.rank).toBe(1 + ranked.filter((o) => (o.score ?? 0) > (u.score ?? 0)).length);
      expect(u.lines).toHaveLength(6);
      expect(u.lines.reduce((s, l) => s + l.points, 0)).toBeCloseTo(u.score ?? -1, 2);
      const counted = u.lines.filter((l) => l.normalised !== null);
      expect(counted.reduce((s, l) => s + l.effectiveWeight, 0)).toBeCloseTo(100, 6);
      for (const l of u.lines) expect(l.explanation).toContain(l.label);
      expect(u.summary).toContain(`xếp thứ ${u.rank}/${ranked.length}`);
    }
    // The best unit is ahead of the worst; unscored units come last and say why.
    expect(ranked[0]?.score ?? 0).toBeGreaterThan(ranked.at(-1)?.score ?? 100);
    for (const u of run.units.filter((x) => x.rank === null))
      expect(u.summary).toContain('chưa đủ dữ liệu');
    expect(run.notes.join(' ')).toContain('Chấp hành chế độ báo cáo định kỳ: chưa có dữ liệu');
  });

  it('draws both lists with reasons; disbursement below the provincial average is criticised', () => {
    expect(run.commendations.length).toBeGreaterThan(0);
    expect(run.criticisms.length).toBeGreaterThan(0);
    const average = run.disbursement.average ?? 0;
    expect(average).toBeGreaterThan(20);
    expect(average).toBeLessThan(35);
    const below = run.units.filter(
      (u) => u.inputs.disbursement && u.inputs.disbursement.rate < average,
    );
    expect(below.length).toBeGreaterThan(0);
    for (const u of below) {
      const entry = run.criticisms.find((c) => c.unit.id === u.unit.id);
      expect(entry?.reasons.find((r) => r.criterion === 'disbursement')?.text).toContain(
        'thấp hơn bình quân tỉnh',
      );
    }
    for (const c of run.commendations) {
      expect(c.reasons.length).toBeGreaterThan(0);
      const u = run.units.find((x) => x.unit.id === c.unit.id);
      expect(['HTXSNV', 'HTTNV']).toContain(u?.level);
    }
  });

  it('proposes a level for each head on the ND 90/2020 criteria', () => {
    expect(run.heads).toHaveLength(run.unitCount);
    const withHead = run.heads.filter((h) => h.head !== null);
    expect(withHead.length).toBeGreaterThanOrEqual(31);
    for (const h of run.heads) {
      expect(h.explanation.length).toBeGreaterThan(0);
      if (h.level !== null) expect(h.checks.length).toBeGreaterThan(0);
      expect(h.demotedByQuota).toBe(false);
    }
    expect(run.heads.filter((h) => h.level !== null).length).toBeGreaterThanOrEqual(25);
  });

  it('stores the run with its inputs so the result can be recomputed', async () => {
    const row = await ctx.db.q
      .selectFrom('evaluation_runs')
      .selectAll()
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.parse(row.result) as EvaluationResult;
    const again = scoreEvaluation({
      ruleSet: ruleSetByKey(row.rule_set) as EvaluationRuleSet,
      weights: JSON.parse(row.weights) as Weights,
      inputs: JSON.parse(row.inputs) as EvaluationInputs,
      ...(stored.listThresholds ? { listThresholds: stored.listThresholds } : {}),
    });
    expect(again).toEqual(stored);
    // The demo sets no thresholds of its own: the rule set's defaults drew the lists.
    expect(stored.listThresholds).toEqual(ruleSetByKey(row.rule_set)?.lists);
    expect(run.listThresholds).toEqual(stored.listThresholds);
  });

  // Each CLI call starts Node with tsx: ten seconds or more on a busy machine.
  it('runs from the command line with the same ranking', async () => {
    const json = await cli('evaluation', 'run', '--year', '2023', '--half', '1', '--json');
    expect(json.code, json.stderr).toBe(0);
    const fromCli = JSON.parse(json.stdout) as EvaluationRunView;
    expect(fromCli.id).toBeGreaterThan(run.id);
    expect(fromCli.units.map((u) => [u.unit.code, u.score, u.rank])).toEqual(
      run.units.map((u) => [u.unit.code, u.score, u.rank]),
    );
    const text = await cli('evaluation', 'run', '--year', '2023', '--half', '1');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Kết quả đánh giá 6 tháng đầu năm 2023 — Tỉnh Bình Phước');
    expect(text.stdout).toContain(`Đề nghị biểu dương (${run.commendations.length}):`);
    expect(text.stdout).toContain(`Phê bình, nhắc nhở (${run.criticisms.length}):`);
  }, 300_000);

  it("shows the Sở KH&ĐT's leader only the Sở's own lines", async () => {
    const session = await signIn(app, 'skhdt', password);
    const res = await call(app, session, {
      method: 'GET',
      url: `/api/v1/evaluation/runs/${run.id}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json<EvaluationRunView>();
    expect(mine.scopedToUnits).toBe(true);
    expect(mine.units.map((u) => u.unit.code)).toEqual(['BP.SKHDT']);
    const full = run.units.find((u) => u.unit.code === 'BP.SKHDT');
    expect(mine.units[0]?.rank).toBe(full?.rank);
  });
});
