import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../../testing/factories';
import { buildUser, call, signIn, type Session } from '../../testing/http';
import { refusal } from '../../testing/meeting-fixture';
import { buildApp } from '../../http/build-app';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { setSetting } from '../../platform/settings';
import { createCouncilSession, createCouncilTerm } from '../../organisation/council';
import { appointPosition, createPerson } from '../../organisation/people';
import { dissolveUnit } from '../../organisation/dissolve-unit';
import { addCalendarEntry } from '../../calendar/manage-calendar';
import {
  recordExternalDocument,
  registerIncomingDocument,
} from '../../documents/record-received-document';
import { correctDocument } from '../../documents/correct-document';
import { recordVoterPetition } from './record-voter-petition';
import { answerVoterPetition } from './answer-voter-petition';
import { updateVoterPetition } from './update-voter-petition';
import { listVoterPetitions } from './list-voter-petitions';
import { voterPetitionReport } from './voter-petition-report';
import { recordInterpellation } from './record-interpellation';
import { answerInterpellation } from './answer-interpellation';

const actor = SYSTEM_ACTOR;
let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let office: Session;
let staff: Session;
let termId: number;
let session7: number; // regular, December 2022
let session11: number; // regular, July 2023
let member: number; // Phó Chủ tịch UBND tỉnh

beforeAll(async () => {
  // Late 2023, so questions of August and September are in the past.
  ctx = await createTestContext({ now: '2023-12-20T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx);
  termId = (
    await createCouncilTerm(ctx, {
      actor,
      input: { council: p.hdnd.code, number: 10, startYear: 2021, endYear: 2026 },
    })
  ).id;
  const session = async (number: number, kind: 'regular' | 'thematic', on: string, to = on) =>
    (
      await createCouncilSession(ctx, {
        actor,
        input: { termId, number, kind, startsOn: on, endsOn: to },
      })
    ).id;
  session7 = await session(7, 'regular', '2022-12-07', '2022-12-09');
  await session(8, 'thematic', '2023-02-22');
  session11 = await session(11, 'regular', '2023-07-12', '2023-07-14');
  const person = await createPerson(ctx, { actor, input: { fullName: 'Trần Văn Chất' } });
  await appointPosition(ctx, {
    actor,
    input: {
      personId: person.id,
      unit: p.ubnd.id,
      title: 'Phó Chủ tịch UBND tỉnh',
      rank: 'deputy',
      validFrom: '2021-06-01',
    },
  });
  member = person.id;
  await buildUser(ctx, {
    username: 'vp.kn',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  await buildUser(ctx, {
    username: 'stc.kn',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
  office = await signIn(app, 'vp.kn');
  staff = await signIn(app, 'stc.kn');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

let docSeq = 0;
/** An answer of the Sở KH&ĐT recorded in the UBND's register (văn bản đến). */
async function answerDocument(issueDate: string) {
  docSeq += 1;
  return registerIncomingDocument(ctx, {
    actor,
    input: {
      register: p.ubnd.code,
      issuer: p.skhdt.id,
      numberSymbol: `${docSeq}/SKHĐT-TH`,
      summary: `V/v trả lời kiến nghị cử tri ${docSeq}`,
      issueDate,
      arrivalDate: issueDate,
    },
  });
}

async function countRows(table: 'voter_petitions' | 'interpellations'): Promise<number> {
  const r = await ctx.db.q
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const petition = (over: Record<string, unknown> = {}) => ({
  source: 'after_session' as const,
  sessionId: session7,
  receivedOn: '2023-01-05',
  field: 'kinh_te_ngan_sach' as const,
  content: 'Cử tri đề nghị sớm đầu tư nâng cấp tuyến đường ĐT.741 đoạn qua xã Thuận Lợi.',
  voterLocality: 'huyện Đồng Phú',
  assignedUnit: p.skhdt.code,
  ...over,
});

describe(`interpellation answer limit: 20 calendar days, Luật 87/2015 Điều 60 (${TEST_ENGINE})`, () => {
  it.each([
    ['an ordinary Wednesday', '2023-07-12', '2023-08-01'],
    ['ending on 30/4 (holiday, then nghỉ bù 2–3/5)', '2023-04-10', '2023-05-04'],
    ['ending in Tết (21/1, Tết to 25/1, nghỉ bù 26/1)', '2023-01-01', '2023-01-27'],
    ['ending on 2/9 (Sunday, nghỉ bù 4/9)', '2023-08-13', '2023-09-05'],
    ['ending on a Saturday', '2023-06-04', '2023-06-26'],
  ])('%s: questioned %s, due %s', async (_label, questionedOn, due) => {
    const view = await recordInterpellation(ctx, {
      actor,
      input: {
        sessionId: session11,
        deputyName: 'Nguyễn Thị Đại Biểu',
        question: 'Tiến độ giải ngân vốn đầu tư công năm 2023?',
        responsible: member,
        questionedOn,
      },
    });
    expect(view.dueOn).toBe(due);
    expect(view.responsible.title).toBe('Phó Chủ tịch UBND tỉnh');
    expect(view.status).toBe('pending');
  });

  it('a limit ending on a làm bù Saturday ends that Saturday', async () => {
    await addCalendarEntry(ctx, {
      actor,
      input: { date: '2023-11-25', kind: 'working_day', name: 'Làm bù (thử)' },
    });
    const view = await recordInterpellation(ctx, {
      actor,
      input: {
        deputyName: 'Lê Văn Đại Biểu',
        question: 'Giữa hai kỳ họp: tiến độ dự án?',
        responsible: 'Trần Văn Chất',
        questionedOn: '2023-11-05',
      },
    });
    expect(view.dueOn).toBe('2023-11-25');
    expect(view.session).toBeNull();
  });

  it('the province may count working days instead (setting)', async () => {
    await ctx.db.write((tx) =>
      setSetting(
        tx,
        'voterBusinessLimits',
        {
          petitionDaysBeforeNextSession: 1,
          delegationPetitionDays: { days: 30, unit: 'calendar_days' },
          interpellationAnswer: { days: 10, unit: 'working_days' },
          businessFeedbackForwarding: { days: 5, unit: 'working_days' },
          businessFeedbackResolution: { days: 30, unit: 'calendar_days' },
        },
        ctx.clock.now(),
      ),
    );
    try {
      const view = await recordInterpellation(ctx, {
        actor,
        input: {
          deputyName: 'Phạm Đại Biểu',
          question: 'Câu hỏi thử ngày làm việc',
          responsible: member,
          questionedOn: '2023-04-26',
        },
      });
      // 27, 28/4; 29/4–3/5 off; 4, 5, 8, 9, 10, 11, 12, 15/5.
      expect(view.dueOn).toBe('2023-05-15');
    } finally {
      await ctx.db.write((tx) =>
        tx.deleteFrom('settings').where('key', '=', 'voterBusinessLimits').execute(),
      );
    }
  });

  it('answers with a register document: on time, late, and refusals', async () => {
    const asked = await recordInterpellation(ctx, {
      actor,
      input: {
        sessionId: session11,
        deputyName: 'Võ Đại Biểu',
        question: 'Giải quyết ô nhiễm tại khu công nghiệp?',
        responsible: member,
        questionedOn: '2023-07-13',
      },
    });
    expect(asked.dueOn).toBe('2023-08-02');
    expect(asked.timeliness).toBe('overdue');
    expect(
      await refusal(
        answerInterpellation(ctx, {
          actor,
          input: { interpellationId: asked.id, documentId: 987654 },
        }),
      ),
    ).toBe('NOT_FOUND:documentId');
    const early = await answerDocument('2023-07-01');
    expect(
      await refusal(
        answerInterpellation(ctx, {
          actor,
          input: { interpellationId: asked.id, documentId: early.id },
        }),
      ),
    ).toBe('PETITION_DATE_ORDER:answeredOn');
    const doc = await answerDocument('2023-08-03');
    const answered = await answerInterpellation(ctx, {
      actor,
      input: { interpellationId: asked.id, documentId: doc.id },
    });
    expect(answered).toMatchObject({
      status: 'answered',
      answeredOn: '2023-08-03',
      timeliness: 'late',
      daysLate: 1,
      answerDocument: { id: doc.id, numberSymbol: doc.numberSymbol },
    });
  });
});

describe(`voter petitions (${TEST_ENGINE})`, () => {
  it('is due the day before the next regular session opens, skipping thematic sessions', async () => {
    const v = await recordVoterPetition(ctx, { actor, input: petition() });
    expect(v).toMatchObject({
      deadline: '2023-07-11',
      deadlineBasis: 'next_session',
      status: 'pending',
      field: { code: 'kinh_te_ngan_sach', label: 'Kinh tế - ngân sách' },
      session: { number: 7, termNumber: 10, label: 'Kỳ họp thứ bảy, khóa X' },
      assignedUnit: { id: p.skhdt.id },
      timeliness: 'overdue',
    });
  });

  it('has no deadline until session N+1 is recorded, then the setting decides the day', async () => {
    const v = await recordVoterPetition(ctx, {
      actor,
      input: petition({ source: 'before_session', sessionId: session11, receivedOn: '2023-07-05' }),
    });
    expect(v.deadline).toBeNull();
    expect(v.timeliness).toBe('in_progress');
    await createCouncilSession(ctx, {
      actor,
      input: { termId, number: 12, kind: 'regular', startsOn: '2023-12-06', endsOn: '2023-12-08' },
    });
    const [after] = await listVoterPetitions(ctx, { actor, input: { sessionId: session11 } });
    expect(after?.deadline).toBe('2023-12-05');
    await ctx.db.write((tx) =>
      setSetting(
        tx,
        'voterBusinessLimits',
        {
          petitionDaysBeforeNextSession: 0,
          delegationPetitionDays: { days: 30, unit: 'calendar_days' },
          interpellationAnswer: { days: 20, unit: 'calendar_days' },
          businessFeedbackForwarding: { days: 5, unit: 'working_days' },
          businessFeedbackResolution: { days: 30, unit: 'calendar_days' },
        },
        ctx.clock.now(),
      ),
    );
    try {
      const [opening] = await listVoterPetitions(ctx, { actor, input: { sessionId: session11 } });
      expect(opening?.deadline).toBe('2023-12-06');
    } finally {
      await ctx.db.write((tx) =>
        tx.deleteFrom('settings').where('key', '=', 'voterBusinessLimits').execute(),
      );
    }
  });

  it('takes petitions of the National Assembly delegation with days after receipt, without a session', async () => {
    const v = await recordVoterPetition(ctx, {
      actor,
      input: petition({
        source: 'na_delegation',
        sessionId: null,
        sourceNote: 'Công văn của Đoàn ĐBQH tỉnh sau kỳ họp thứ 5, Quốc hội khóa XV',
        receivedOn: '2023-06-20',
        field: 'van_hoa_xa_hoi',
      }),
    });
    expect(v).toMatchObject({ deadline: '2023-07-20', deadlineBasis: 'days_after_receipt' });
    expect(
      await refusal(
        recordVoterPetition(ctx, { actor, input: petition({ source: 'na_delegation' }) }),
      ),
    ).toBe('PETITION_SESSION_NOT_ALLOWED:sessionId');
    expect(
      await refusal(recordVoterPetition(ctx, { actor, input: petition({ sessionId: null }) })),
    ).toBe('PETITION_SESSION_REQUIRED:sessionId');
  });

  it('refuses a dissolved unit, naming its successor, and writes nothing', async () => {
    const old = await buildUnit(ctx, {
      code: 'T.SGTVT',
      parent: p.ubnd.id,
      name: 'Sở Giao thông vận tải (cũ)',
    });
    await dissolveUnit(ctx, {
      actor,
      input: { unitId: old.id, lastDay: '2023-03-31', successor: p.skhdt.code },
    });
    const before = await countRows('voter_petitions');
    const e = await recordVoterPetition(ctx, {
      actor,
      input: petition({ assignedUnit: 'T.SGTVT' }),
    }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'PETITION_UNIT_DISSOLVED', field: 'assignedUnit' });
    expect(JSON.stringify((e as { params: unknown }).params)).toContain('Sở Kế hoạch và Đầu tư');
    expect(await countRows('voter_petitions')).toBe(before);
  });

  it('answers only with a document issued or recorded in the register', async () => {
    const v = await recordVoterPetition(ctx, { actor, input: petition({ field: 'dan_toc' }) });
    const answer = (documentId: number) =>
      answerVoterPetition(ctx, {
        actor,
        input: { petitionId: v.id, documentId, status: 'resolved' },
      });
    expect(await refusal(answer(424242))).toBe('NOT_FOUND:documentId');
    const cited = await recordExternalDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuerName: 'Bộ Tài chính',
        numberSymbol: '15/2023/TT-BTC',
        issueDate: '2023-03-01',
        summary: 'Thông tư trích dẫn',
      },
    });
    expect(await refusal(answer(cited.id))).toBe('PETITION_DOCUMENT_INVALID:documentId');
    const recalled = await answerDocument('2023-06-01');
    await correctDocument(ctx, {
      actor,
      input: { kind: 'recall', documentId: recalled.id, reason: 'Ban hành nhầm' },
    });
    expect(await refusal(answer(recalled.id))).toBe('PETITION_DOCUMENT_INVALID:documentId');
    const doc = await answerDocument('2023-06-30');
    const done = await answer(doc.id);
    expect(done).toMatchObject({
      status: 'resolved',
      answeredOn: '2023-06-30',
      timeliness: 'on_time',
      answerDocument: { id: doc.id },
    });
  });

  it('reassigns, sets a deadline and returns to the default; refuses a stale version', async () => {
    const v = await recordVoterPetition(ctx, { actor, input: petition({ field: 'khac' }) });
    const moved = await updateVoterPetition(ctx, {
      actor,
      input: {
        petitionId: v.id,
        assignedUnit: p.stc.code,
        deadline: '2023-05-31',
        version: v.version,
      },
    });
    expect(moved).toMatchObject({
      assignedUnit: { id: p.stc.id },
      deadline: '2023-05-31',
      deadlineBasis: 'given',
      voterLocality: 'huyện Đồng Phú',
    });
    expect(
      await refusal(
        updateVoterPetition(ctx, {
          actor,
          input: { petitionId: v.id, field: 'dan_toc', version: v.version },
        }),
      ),
    ).toBe('STALE_VERSION:version');
    const back = await updateVoterPetition(ctx, {
      actor,
      input: { petitionId: v.id, deadline: null },
    });
    expect(back).toMatchObject({ deadline: '2023-07-11', deadlineBasis: 'next_session' });
  });

  it('keeps the first answer date when "đang giải quyết" is later resolved', async () => {
    const v = await recordVoterPetition(ctx, { actor, input: petition({ field: 'phap_che' }) });
    const first = await answerDocument('2023-07-11');
    await answerVoterPetition(ctx, {
      actor,
      input: { petitionId: v.id, documentId: first.id, status: 'in_progress' },
    });
    const later = await answerDocument('2023-09-15');
    const done = await answerVoterPetition(ctx, {
      actor,
      input: { petitionId: v.id, documentId: later.id, status: 'resolved' },
    });
    expect(done).toMatchObject({
      status: 'resolved',
      answeredOn: '2023-07-11',
      timeliness: 'on_time',
      answerDocument: { id: later.id },
    });
  });
});

describe(`voter petition report to the HĐND (${TEST_ENGINE})`, () => {
  it('counts a session by field and result, as JSON and XLSX', async () => {
    // A fresh session with its own petitions: 3 land, 1 culture.
    const s = (
      await createCouncilSession(ctx, {
        actor,
        input: {
          termId,
          number: 13,
          kind: 'thematic',
          startsOn: '2023-09-20',
          endsOn: '2023-09-20',
        },
      })
    ).id;
    const mk = (field: string, receivedOn = '2023-09-25') =>
      recordVoterPetition(ctx, {
        actor,
        input: petition({ sessionId: s, field, receivedOn, deadline: '2023-10-31' }),
      });
    const a = await mk('dat_dai_moi_truong');
    const b = await mk('dat_dai_moi_truong');
    await mk('dat_dai_moi_truong');
    const d = await mk('van_hoa_xa_hoi');
    await answerVoterPetition(ctx, {
      actor,
      input: {
        petitionId: a.id,
        documentId: (await answerDocument('2023-10-20')).id,
        status: 'resolved',
      },
    });
    await answerVoterPetition(ctx, {
      actor,
      input: {
        petitionId: b.id,
        documentId: (await answerDocument('2023-11-02')).id,
        status: 'explained',
      },
    });
    await answerVoterPetition(ctx, {
      actor,
      input: {
        petitionId: d.id,
        documentId: (await answerDocument('2023-10-02')).id,
        status: 'in_progress',
      },
    });
    const report = await voterPetitionReport(ctx, { actor, input: { sessionId: s } });
    const land = report.fields.find((f) => f.code === 'dat_dai_moi_truong');
    expect(land).toMatchObject({
      total: 3,
      resolved: 1,
      explained: 1,
      inProgress: 0,
      pending: 1,
      onTime: 1,
      late: 1,
      overdue: 1,
    });
    expect(report.fields.find((f) => f.code === 'van_hoa_xa_hoi')).toMatchObject({
      total: 1,
      inProgress: 1,
      onTime: 1,
    });
    expect(report.fields.find((f) => f.code === 'phap_che')?.total).toBe(0);
    expect(report.total).toMatchObject({
      total: 4,
      resolved: 1,
      explained: 1,
      inProgress: 1,
      pending: 1,
    });
    expect(report.bySource).toEqual({ beforeSession: 0, afterSession: 4 });

    const json = await call(app, office, {
      method: 'GET',
      url: `/api/v1/citizens/voter-petitions/report?sessionId=${s}`,
    });
    expect(json.statusCode).toBe(200);
    expect(json.json<{ total: { total: number } }>().total.total).toBe(4);

    const xlsx = await call(app, office, {
      method: 'GET',
      url: `/api/v1/citizens/voter-petitions/report.xlsx?sessionId=${s}`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Theo lĩnh vực');
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push(JSON.stringify(row.values)));
    const landRow = texts.find((t) => t.includes('Đất đai, tài nguyên và môi trường'));
    expect(landRow).toContain('"Đất đai, tài nguyên và môi trường",3,1,0,1,1,1,1,1');
    expect(wb.getWorksheet('Danh sách kiến nghị')?.rowCount).toBeGreaterThanOrEqual(4);
  });
});

describe(`voter petitions API (${TEST_ENGINE})`, () => {
  it('records, lists in scope, answers through the API; a unit reads only its own', async () => {
    const created = await call(app, office, {
      method: 'POST',
      url: '/api/v1/citizens/voter-petitions',
      payload: petition({ assignedUnit: p.stc.code, field: 'do_thi' }),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const mine = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/citizens/voter-petitions?field=do_thi',
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json<Array<{ id: number }>>().map((v) => v.id)).toEqual([id]);
    const others = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/citizens/voter-petitions?field=kinh_te_ngan_sach',
    });
    expect(others.json<unknown[]>()).toHaveLength(0);
    const denied = await call(app, staff, {
      method: 'POST',
      url: `/api/v1/citizens/voter-petitions/${id}/answer`,
      payload: { documentId: (await answerDocument('2023-07-01')).id, status: 'resolved' },
    });
    expect(denied.statusCode).toBe(403);
    const bad = await call(app, office, {
      method: 'POST',
      url: '/api/v1/citizens/voter-petitions',
      payload: petition({ field: 'thue' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ field: string }>().field).toBe('field');
    const fields = await call(app, staff, {
      method: 'GET',
      url: '/api/v1/citizens/voter-petitions/fields',
    });
    expect(fields.json<Array<{ code: string }>>().map((f) => f.code)).toContain('dan_toc');
  });
});
