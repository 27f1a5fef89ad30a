import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { registerIncomingDocument } from '../documents/record-received-document';
import { defineRegime } from './define-regime';
import { updateRegime } from './update-regime';
import { issuePeriodicRequests } from './issue-periodic-requests';
import { recordReceivedReport } from './record-received-report';
import { listPeriodicRequests } from './list-periodic-requests';
import { reportingTimeliness, unitReportingTimeliness } from './reporting-timeliness';

const actor = SYSTEM_ACTOR;
let ctx: TestContext;
let p: TestProvince;
let monthly: number; // calendar months, 2 working days, both Sở
let nd09: number; // ND 09 months, the Sở KH&ĐT only

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-09-20T08:00:00+07:00' });
  p = await buildProvince(ctx);
  monthly = (
    await defineRegime(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        name: 'Báo cáo tình hình kinh tế - xã hội tháng',
        periodKind: 'month',
        basis: 'calendar',
        deadlineRule: 'working_days_after',
        deadlineValue: 2,
        reportingUnits: [p.skhdt.code, p.stc.code],
      },
    })
  ).id;
  nd09 = (
    await defineRegime(ctx, {
      actor,
      input: {
        name: 'Báo cáo kết quả thực hiện nhiệm vụ tháng',
        periodKind: 'month',
        reportingUnits: [p.skhdt.id],
      },
    })
  ).id;
});
afterAll(async () => {
  await ctx.cleanup();
});

let docSeq = 0;
async function incomingReport(from: TestProvince['skhdt'], issueDate: string, arrivalDate: string) {
  docSeq += 1;
  return registerIncomingDocument(ctx, {
    actor,
    input: {
      register: p.ubnd.code,
      issuer: from.id,
      numberSymbol: `${docSeq}/BC-${from.symbolCode ?? 'SO'}`,
      summary: `Báo cáo tình hình kinh tế - xã hội của ${from.name}`,
      issueDate,
      arrivalDate,
    },
  });
}

async function taskRow(id: number) {
  return ctx.db.q
    .selectFrom('tasks')
    .select([
      'lead_unit_id',
      'assigning_unit_id',
      'deadline',
      'assigned_on',
      'completed_on',
      'completion_document_id',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe(`periodic reports (${TEST_ENGINE})`, () => {
  it('defines regimes: the ND 09 window by default, units by list or by kind', async () => {
    const byKind = await defineRegime(ctx, {
      actor,
      input: { name: 'Báo cáo quý', periodKind: 'quarter', reportingUnitKind: 'agency' },
    });
    expect(byKind.basis).toBe('nd09');
    expect(byKind.issuer.id).toBe(p.ubnd.id);
    expect(byKind.reportingUnits.map((u) => u.id).sort()).toEqual([p.skhdt.id, p.stc.id].sort());
    const stopped = await updateRegime(ctx, {
      actor,
      input: {
        regimeId: byKind.id,
        name: 'Báo cáo quý',
        periodKind: 'quarter',
        reportingUnitKind: 'agency',
        active: false,
        version: byKind.version,
      },
    });
    expect(stopped.active).toBe(false);
    await expect(
      issuePeriodicRequests(ctx, { actor, input: { regimeId: byKind.id, period: '2023-Q2' } }),
    ).rejects.toSatisfy((e) => isAppError(e, 'PERIODIC_REPORT_REGIME_INACTIVE'));
    await expect(
      defineRegime(ctx, { actor, input: { name: 'Không ai báo cáo', periodKind: 'year' } }),
    ).rejects.toSatisfy(
      (e) => isAppError(e, 'PERIODIC_REPORT_NO_UNITS') && e.field === 'reportingUnits',
    );
  });

  it('sends one task per unit, due 2 working days after a window closing before the National Day holiday', async () => {
    // August 2023 closes Thursday 31/8; 1/9, 2/9 and 4/9 are off: +2 working days = Wednesday 6/9.
    const result = await issuePeriodicRequests(ctx, {
      actor,
      input: { regimeId: monthly, period: '2023-08' },
    });
    expect(result.period).toBe('2023-08');
    expect(result.created.map((r) => r.unit.id).sort()).toEqual([p.skhdt.id, p.stc.id].sort());
    for (const r of result.created) {
      expect(r).toMatchObject({
        windowFrom: '2023-08-01',
        windowTo: '2023-08-31',
        deadline: '2023-09-06',
        status: 'overdue',
        receivedOn: null,
      });
      const task = await taskRow(r.taskId);
      expect(task).toMatchObject({
        lead_unit_id: r.unit.id,
        assigning_unit_id: p.ubnd.id,
        deadline: '2023-09-06',
        assigned_on: '2023-08-31',
        completed_on: null,
      });
    }
    const again = await issuePeriodicRequests(ctx, {
      actor,
      input: { regimeId: monthly, period: '2023-08' },
    });
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(2);
  });

  it('uses the ND 09 data window (15th → 14th) and refuses a period of another kind', async () => {
    const result = await issuePeriodicRequests(ctx, {
      actor,
      input: { regimeId: nd09, period: '2023-06' },
    });
    expect(result.created).toHaveLength(1);
    expect(result.created[0]).toMatchObject({
      windowFrom: '2023-05-15',
      windowTo: '2023-06-14',
      deadline: '2023-06-16',
      periodLabel: 'tháng 6/2023',
    });
    await expect(
      issuePeriodicRequests(ctx, { actor, input: { regimeId: nd09, period: '2023-Q2' } }),
    ).rejects.toSatisfy(
      (e) => isAppError(e, 'PERIODIC_REPORT_PERIOD_KIND_MISMATCH') && e.field === 'period',
    );
    await expect(
      issuePeriodicRequests(ctx, { actor, input: { regimeId: nd09, period: '2023-13' } }),
    ).rejects.toSatisfy(
      (e) => isAppError(e, 'PERIODIC_REPORT_PERIOD_INVALID') && e.field === 'period',
    );
  });

  it('refuses a report for the wrong period or from the wrong unit, writing nothing', async () => {
    const [request] = await listPeriodicRequests(ctx, {
      actor,
      input: { regimeId: monthly, period: '2023-08', unitId: p.skhdt.id },
    });
    if (!request) throw new Error('no request');
    const doc = await incomingReport(p.skhdt, '2023-09-04', '2023-09-05');
    const fromStc = await incomingReport(p.stc, '2023-09-04', '2023-09-05');
    const old = await incomingReport(p.skhdt, '2023-07-20', '2023-07-21');
    const auditBefore = await ctx.db.q
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    await expect(
      recordReceivedReport(ctx, {
        actor,
        input: { requestId: request.id, documentId: doc.id, period: '2023-07' },
      }),
    ).rejects.toSatisfy(
      (e) =>
        isAppError(e, 'PERIODIC_REPORT_WRONG_PERIOD') &&
        e.field === 'period' &&
        e.params.value === '2023-07' &&
        e.params.expected === '2023-08',
    );
    await expect(
      recordReceivedReport(ctx, {
        actor,
        input: { requestId: request.id, documentId: fromStc.id, period: '2023-08' },
      }),
    ).rejects.toSatisfy(
      (e) => isAppError(e, 'PERIODIC_REPORT_WRONG_UNIT') && e.field === 'documentId',
    );
    await expect(
      recordReceivedReport(ctx, {
        actor,
        input: { requestId: request.id, documentId: old.id, period: '2023-08' },
      }),
    ).rejects.toSatisfy(
      (e) => isAppError(e, 'PERIODIC_REPORT_WRONG_PERIOD') && e.field === 'documentId',
    );

    const row = await ctx.db.q
      .selectFrom('periodic_report_requests')
      .select(['received_document_id', 'received_on'])
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ received_document_id: null, received_on: null });
    expect((await taskRow(request.taskId)).completed_on).toBeNull();
    const auditAfter = await ctx.db.q
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  it('records a receipt on time and a late one, completing each unit task with the document', async () => {
    const requests = await listPeriodicRequests(ctx, {
      actor,
      input: { regimeId: monthly, period: '2023-08' },
    });
    const skhdt = requests.find((r) => r.unit.id === p.skhdt.id);
    const stc = requests.find((r) => r.unit.id === p.stc.id);
    if (!skhdt || !stc) throw new Error('requests missing');

    const onTimeDoc = await incomingReport(p.skhdt, '2023-09-05', '2023-09-06');
    const onTime = await recordReceivedReport(ctx, {
      actor,
      input: { requestId: skhdt.id, documentId: onTimeDoc.id, period: '2023-08' },
    });
    expect(onTime).toMatchObject({ status: 'on_time', receivedOn: '2023-09-06', lateDays: 0 });
    expect(onTime.receivedDocument?.id).toBe(onTimeDoc.id);
    expect(await taskRow(skhdt.taskId)).toMatchObject({
      completed_on: '2023-09-06',
      completion_document_id: onTimeDoc.id,
    });

    const lateDoc = await incomingReport(p.stc, '2023-09-08', '2023-09-11');
    const late = await recordReceivedReport(ctx, {
      actor,
      input: { requestId: stc.id, documentId: lateDoc.id, period: '2023-08' },
    });
    // Deadline Wednesday 6/9; Monday 11/9 is 3 working days late (7, 8, 11).
    expect(late).toMatchObject({ status: 'late', receivedOn: '2023-09-11', lateDays: 3 });
    expect((await taskRow(stc.taskId)).completed_on).toBe('2023-09-11');

    await expect(
      recordReceivedReport(ctx, {
        actor,
        input: { requestId: stc.id, documentId: lateDoc.id, period: '2023-08' },
      }),
    ).rejects.toSatisfy((e) => isAppError(e, 'PERIODIC_REPORT_ALREADY_RECEIVED'));
  });

  it('computes timeliness per unit for the evaluation scorecard', async () => {
    // A request not yet due (deadline in October) stays out of `due`.
    await issuePeriodicRequests(ctx, { actor, input: { regimeId: monthly, period: '2023-09' } });
    const figures = await unitReportingTimeliness(ctx, { from: '2023-06-01', to: '2023-12-31' });
    // Sở KH&ĐT: June (ND 09) missing, August on time. Sở Tài chính: August late.
    expect(figures[p.skhdt.id]).toEqual({ due: 2, onTime: 1, late: 0, missing: 1, rate: 0.5 });
    expect(figures[p.stc.id]).toEqual({ due: 1, onTime: 0, late: 1, missing: 0, rate: 0 });

    const lines = await reportingTimeliness(ctx, {
      actor,
      input: { from: '2023-06-01', to: '2023-12-31' },
    });
    const stc = lines.find((l) => l.unit.id === p.stc.id);
    expect(stc).toMatchObject({ due: 1, late: 1, lateDays: 3, pending: 1, rate: 0 });

    const august = await unitReportingTimeliness(ctx, { from: '2023-09-01', to: '2023-09-30' });
    expect(august[p.skhdt.id]).toEqual({ due: 1, onTime: 1, late: 0, missing: 0, rate: 1 });
    expect(await unitReportingTimeliness(ctx, { from: '2022-01-01', to: '2022-12-31' })).toEqual(
      {},
    );
  });
});
