import type { AppContext } from '../platform/context';
import { reloadClock } from '../platform/context';
import { isEmptyDatabase, resetDatabase } from '../platform/db/reset';
import { setSetting } from '../platform/settings';
import { ensureShippedCalendar } from '../calendar/ensure-shipped-calendar';
import { AppError } from '../platform/errors';
import { seedBinhPhuoc, type DemoSummary } from './binh-phuoc/seed';
import { seedCitizenCaseHandlers } from './binh-phuoc/citizen-cases';
import { createDemoUsers } from './demo-users';
import { seedIndicators } from '../indicators/demo/seed-indicators';
import { seedInvestment } from '../investment/demo/seed-investment';
import { createReport } from '../reports/manage-reports';
import { issueReport } from '../reports/issue-report';
import { SYSTEM_ACTOR } from '../platform/actor';
import { seedUrgingReads } from './binh-phuoc/tasks/urging-reads';
import { recordAudit, withAuditBatch } from '../audit/record-audit';
import { runEvaluation } from '../evaluation/run-evaluation';

/** The demo's fixed clock: the morning the seed report 229/BC-UBND is signed. */
export const DEMO_AS_OF = '2023-07-10T08:00:00+07:00';

/**
 * Creates the illustrative demo province (Bình Phước as of 2023),
 * deterministically: the same data on every run. Refuses a database that
 * already holds data unless `reset` is given.
 */
export async function createDemo(
  ctx: AppContext,
  opts: { reset: boolean; progress?: (message: string) => void },
): Promise<DemoSummary> {
  if (!(await isEmptyDatabase(ctx.db))) {
    if (!opts.reset) throw new AppError('DEMO_DATABASE_NOT_EMPTY');
    await resetDatabase(ctx.db);
    await ensureShippedCalendar(ctx.db, ctx.clock.now());
  }
  // The demo's rows are stamped with the demo's own clock.
  await ctx.db.write(async (tx) => {
    const at = new Date(DEMO_AS_OF);
    await setSetting(tx, 'asOf', new Date(DEMO_AS_OF).toISOString(), at);
    await setSetting(tx, 'notificationsEnabled', false, at);
    await setSetting(tx, 'demo', true, at);
  });
  await reloadClock(ctx);
  // One audit entry for the whole generated province, not one per row.
  const progress = opts.progress ?? (() => undefined);
  const { result: summary, writes } = await withAuditBatch(async () => {
    const base = await seedBinhPhuoc(ctx, progress);
    const indicators = await seedIndicators(ctx, progress);
    const investment = await seedInvestment(ctx, progress);
    return {
      ...base,
      ...prefixed('indicators', indicators),
      ...prefixed('investment', investment),
    };
  });
  const users = await createDemoUsers(ctx);
  // Protected persons are read by handlers: the demo users handle their units' cases.
  const citizenCaseHandlers = await seedCitizenCaseHandlers(ctx);
  // Read receipts need the users: the urgings of the demo users' units, read in the days after.
  const urgingReads = await ctx.db.write(() => seedUrgingReads(ctx));
  await ctx.db.write((tx) =>
    recordAudit(tx, ctx.systemNow(), {
      actor: { kind: 'system', name: 'demo' },
      action: 'demo.create',
      details: { ...summary, writes, users: users.length },
    }),
  );
  // The seed report itself: drafted from the data and issued on 10/7/2023 — 229/BC-UBND.
  progress('Đang lập và ban hành Báo cáo tóm tắt 6 tháng đầu năm 2023…');
  const draft = await createReport(ctx, {
    actor: SYSTEM_ACTOR,
    input: { template: 'semiannual-summary', year: 2023, half: 1 },
  });
  const report = await issueReport(ctx, {
    actor: SYSTEM_ACTOR,
    input: { reportId: draft.id, issuedOn: '2023-07-10' },
  });
  const reportDoc = report.document_id
    ? await ctx.db.q
        .selectFrom('documents')
        .select('number_symbol')
        .where('id', '=', report.document_id)
        .executeTakeFirst()
    : undefined;
  // The first half-year's evaluation, as `dieuhanh evaluation run --year 2023 --half 1` does it:
  // ranked units with explanations and both lists, ready in the demo.
  progress('Đang đánh giá, xếp hạng các đơn vị 6 tháng đầu năm 2023…');
  const evaluation = await runEvaluation(ctx, {
    actor: SYSTEM_ACTOR,
    input: { year: 2023, half: 1 },
  });
  return {
    ...summary,
    semiannualReport: reportDoc?.number_symbol ?? '',
    evaluationRun: evaluation.id,
    evaluationCommendations: evaluation.commendations.length,
    evaluationCriticisms: evaluation.criticisms.length,
    urgingReads,
    citizenCaseHandlers,
    users: users.map((u) => `${u.username} (${u.role})`).join(', '),
    password: users[0]?.password ?? '',
  };
}

/** Creates the demo when the database is empty (first `npm start`); true when it did. */
export async function createDemoIfEmpty(
  ctx: AppContext,
  progress?: (message: string) => void,
): Promise<boolean> {
  if (!(await isEmptyDatabase(ctx.db))) return false;
  progress?.('Cơ sở dữ liệu trống: đang tạo tỉnh minh họa (Bình Phước, 2023)…');
  await createDemo(ctx, { reset: false, ...(progress ? { progress } : {}) });
  return true;
}

function prefixed(
  prefix: string,
  values: Record<string, number | string>,
): Record<string, number | string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}.${k}`, v]));
}
