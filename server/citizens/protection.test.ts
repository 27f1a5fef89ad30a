import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setSetting } from '../platform/settings';
import { actorForUser } from '../access/user-queries';
import { eraseExpiredPersons } from './erase-expired-persons';
import type { CaseView } from './case-view';
import type { CaseList } from './list-cases';

let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
const ids: Record<string, number> = {};
const s: Record<string, Session> = {};
let caseId: number;

const PERSONAL = [
  'Lê Thị Tố Cáo',
  '070123456789',
  '12 đường Phú Riềng Đỏ',
  '0987654321',
  'tocao@example.vn',
];
const DENOUNCER = {
  fullName: 'Lê Thị Tố Cáo',
  idNumber: '070123456789',
  address: '12 đường Phú Riềng Đỏ, phường Tân Phú, thành phố Đồng Xoài',
  phone: '0987654321',
  email: 'tocao@example.vn',
};
const leaks = (text: string) => PERSONAL.filter((x) => text.includes(x));

async function auditOf(action: string, actorId?: number) {
  let q = ctx.db.q
    .selectFrom('audit_log')
    .select(['actor_id', 'outcome', 'entity', 'entity_id', 'details'])
    .where('action', '=', action)
    .where('entity_id', '=', String(caseId));
  if (actorId !== undefined) q = q.where('actor_id', '=', actorId);
  return q.orderBy('seq').execute();
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx);
  const users = {
    office: { role: 'office', unit: p.ubnd.code, scope: p.province.code },
    leader: { role: 'leader', unit: p.ubnd.code, scope: p.province.code },
    admin: { role: 'admin', unit: p.ubnd.code, scope: p.province.code },
    otherUnit: { role: 'unit_staff', unit: p.stc.code, scope: p.stc.code },
    handler: { role: 'unit_staff', unit: p.skhdt.code, scope: p.skhdt.code },
    colleague: { role: 'unit_staff', unit: p.skhdt.code, scope: p.skhdt.code },
  } as const;
  for (const [name, u] of Object.entries(users)) {
    ids[name] = await buildUser(ctx, { username: `cd_${name}`, ...u });
    s[name] = await signIn(app, `cd_${name}`);
  }
  const res = await call(app, s.office ?? null, {
    method: 'POST',
    url: '/api/v1/citizens/cases',
    payload: {
      receivedOn: '2023-07-05',
      channel: 'reception',
      classification: 'denunciation',
      unit: p.skhdt.code,
      handlers: [ids.handler],
      summary: 'Tố cáo cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận',
      persons: [DENOUNCER],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(leaks(res.body)).toEqual([]);
  caseId = res.json<CaseView>().id;
}, 60_000);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

describe(`protected identities (${TEST_ENGINE})`, () => {
  it.each(['office', 'leader', 'admin', 'colleague'])(
    'the case shows %s no personal field, and its persons are refused and the refusal audited',
    async (who) => {
      const session = s[who] ?? null;
      const detail = await call(app, session, {
        method: 'GET',
        url: `/api/v1/citizens/cases/${caseId}`,
      });
      expect(detail.statusCode).toBe(200);
      expect(leaks(detail.body)).toEqual([]);
      expect(detail.json<CaseView>().persons).toEqual({
        count: 1,
        protected: true,
        erasedOn: null,
      });
      const list = await call(app, session, {
        method: 'GET',
        url: '/api/v1/citizens/cases?includePersons=true',
      });
      expect(list.statusCode).toBe(200);
      expect(leaks(list.body)).toEqual([]);
      expect(list.json<CaseList>().items.find((c) => c.id === caseId)?.personDetails).toBeNull();
      const persons = await call(app, session, {
        method: 'GET',
        url: `/api/v1/citizens/cases/${caseId}/persons`,
      });
      expect(persons.statusCode).toBe(403);
      expect(persons.json<{ code: string }>().code).toBe('CITIZEN_PERSONS_PROTECTED');
      expect(leaks(persons.body)).toEqual([]);
      const refused = await auditOf('citizen_case.read_persons', ids[who]);
      expect(refused.map((r) => r.outcome)).toEqual(['refused']);
    },
  );

  it('a staff of another unit sees neither the case nor its persons', async () => {
    for (const url of [
      `/api/v1/citizens/cases/${caseId}`,
      `/api/v1/citizens/cases/${caseId}/persons`,
    ]) {
      const res = await call(app, s.otherUnit ?? null, { method: 'GET', url });
      expect(res.statusCode).toBe(403);
      expect(leaks(res.body)).toEqual([]);
    }
    const list = await call(app, s.otherUnit ?? null, {
      method: 'GET',
      url: '/api/v1/citizens/cases?includePersons=true',
    });
    expect(list.json<CaseList>().items.map((c) => c.id)).not.toContain(caseId);
  });

  it('the assigned handler reads them, and each read is in the audit trail', async () => {
    const before = (await auditOf('citizen_case.read_persons', ids.handler)).length;
    const res = await call(app, s.handler ?? null, {
      method: 'GET',
      url: `/api/v1/citizens/cases/${caseId}/persons`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      caseId,
      basis: 'handler',
      persons: [{ role: 'denouncer', ...DENOUNCER }],
    });
    const plain = await call(app, s.handler ?? null, {
      method: 'GET',
      url: '/api/v1/citizens/cases',
    });
    expect(leaks(plain.body)).toEqual([]);
    const listed = await call(app, s.handler ?? null, {
      method: 'GET',
      url: '/api/v1/citizens/cases?includePersons=true',
    });
    expect(listed.json<CaseList>().items.find((c) => c.id === caseId)?.personDetails).toMatchObject(
      [DENOUNCER],
    );
    const entries = await auditOf('citizen_case.read_persons', ids.handler);
    expect(entries.length).toBe(before + 2);
    expect(
      entries.map((e) => [e.outcome, (JSON.parse(e.details ?? '{}') as { via?: string }).via]),
    ).toEqual([
      ['ok', 'read'],
      ['ok', 'list'],
    ]);
    expect(JSON.parse(entries[0]?.details ?? '{}')).toMatchObject({
      reader: ids.handler,
      basis: 'handler',
      persons: 1,
    });
  });

  it('an admin breaks the glass only with a reason, audited; a leader cannot', async () => {
    const leader = await call(app, s.leader ?? null, {
      method: 'POST',
      url: `/api/v1/citizens/cases/${caseId}/persons/break-glass`,
      payload: { reason: 'Lãnh đạo cần biết người tố cáo' },
    });
    expect(leader.statusCode).toBe(403);
    const noReason = await call(app, s.admin ?? null, {
      method: 'POST',
      url: `/api/v1/citizens/cases/${caseId}/persons/break-glass`,
      payload: { reason: 'cần' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(await auditOf('citizen_case.break_glass')).toEqual([]);
    const reason = 'Cơ quan điều tra yêu cầu tại văn bản số 45/CSĐT ngày 07/7/2023';
    const ok = await call(app, s.admin ?? null, {
      method: 'POST',
      url: `/api/v1/citizens/cases/${caseId}/persons/break-glass`,
      payload: { reason },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ basis: 'break_glass', persons: [DENOUNCER] });
    const entries = await auditOf('citizen_case.break_glass', ids.admin);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]?.details ?? '{}')).toMatchObject({ reason, basis: 'break_glass' });
  });

  it('reassigning moves the right to read to the new handler', async () => {
    const res = await call(app, s.office ?? null, {
      method: 'POST',
      url: `/api/v1/citizens/cases/${caseId}/assignment`,
      payload: { unit: p.skhdt.code, handlers: [ids.colleague] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const old = await call(app, s.handler ?? null, {
      method: 'GET',
      url: `/api/v1/citizens/cases/${caseId}/persons`,
    });
    expect(old.statusCode).toBe(403);
    const now = await call(app, s.colleague ?? null, {
      method: 'GET',
      url: `/api/v1/citizens/cases/${caseId}/persons`,
    });
    expect(now.statusCode).toBe(200);
  });

  it('the handler works the case; a non-handler of the unit cannot', async () => {
    const url = `/api/v1/citizens/cases/${caseId}/steps/reception.notify_citizen/complete`;
    const refused = await call(app, s.handler ?? null, {
      method: 'POST',
      url,
      payload: { completedOn: '2023-07-07' },
    });
    expect(refused.statusCode).toBe(403);
    const ok = await call(app, s.colleague ?? null, {
      method: 'POST',
      url,
      payload: { completedOn: '2023-07-07' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const bad = await call(app, s.colleague ?? null, {
      method: 'POST',
      url: `/api/v1/citizens/cases/${caseId}/steps/denunciation.initial_handling/extend`,
      payload: { days: 5, decidedOn: '2023-07-07' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'CITIZEN_EXTENSION_REFUSED', field: 'days' });
  });

  it('no audit entry carries a personal field', async () => {
    const rows = await ctx.db.q
      .selectFrom('audit_log')
      .select(['before', 'after', 'details'])
      .execute();
    expect(rows.length).toBeGreaterThan(5);
    expect(leaks(JSON.stringify(rows))).toEqual([]);
  });

  it('erases the persons of closed cases past retention, audited, with counts', async () => {
    const closed = await call(app, s.office ?? null, {
      method: 'POST',
      url: `/api/v1/citizens/cases/${caseId}/close`,
      payload: { closedOn: '2023-07-07', outcome: 'Chuyển cơ quan điều tra' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const system = SYSTEM_ACTOR;
    expect((await eraseExpiredPersons(ctx, { actor: system, input: {} })).cases).toBe(0);
    await ctx.db.write((tx) =>
      setSetting(
        tx,
        'citizenPersonRetentionDays',
        { complaint: 1825, denunciation: 1, petition: 1825, feedback: 1825 },
        ctx.clock.now(),
      ),
    );
    const leader = await actorForUser(ctx.db.q, ids.leader ?? 0, 'session');
    if (!leader) throw new Error('no leader');
    await expect(eraseExpiredPersons(ctx, { actor: leader, input: {} })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const dry = await eraseExpiredPersons(ctx, { actor: system, input: { dryRun: true } });
    expect(dry).toMatchObject({ cases: 1, persons: 1, dryRun: true });
    const done = await eraseExpiredPersons(ctx, { actor: system, input: {} });
    expect(done).toMatchObject({
      cases: 1,
      persons: 1,
      byClassification: { denunciation: { cases: 1, retentionDays: 1 } },
    });
    const stored = await ctx.db.q
      .selectFrom('citizen_case_persons')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    expect(stored).toEqual([
      expect.objectContaining({
        full_name: null,
        id_number: null,
        address: null,
        phone: null,
        email: null,
      }),
    ]);
    const read = await call(app, s.colleague ?? null, {
      method: 'GET',
      url: `/api/v1/citizens/cases/${caseId}/persons`,
    });
    expect(read.statusCode).toBe(409);
    expect(read.json<{ code: string }>().code).toBe('CITIZEN_PERSONS_ERASED');
    expect(await auditOf('citizen_case.erase_persons')).toHaveLength(1);
    expect((await eraseExpiredPersons(ctx, { actor: system, input: {} })).cases).toBe(0);
  });
});
