import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { renameUnit } from './rename-unit';
import { dissolveUnit } from './dissolve-unit';
import { getUnit, listUnitsOn, resolveUnit, unitNameHistory } from './unit-queries';
import { appointPosition, createPerson, listPositionsOn, searchPeople } from './people';
import { createCouncilSession, createCouncilTerm, listCouncilSessions } from './council';
import { registerIncomingDocument } from '../documents/record-received-document';
import { createUnit } from './create-unit';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

describe('effective-dated units', () => {
  it('shows the name valid on each date after a renaming', async () => {
    const u = await buildUnit(ctx, {
      code: 'T.CT',
      kind: 'district_committee',
      parent: p.province.id,
      name: 'UBND huyện Chơn Thành',
      validFrom: '2020-01-01',
    });
    await renameUnit(ctx, {
      actor,
      input: {
        unitId: u.id,
        from: '2022-10-01',
        name: 'UBND thị xã Chơn Thành',
        version: u.version,
      },
    });
    expect((await getUnit(ctx.db.q, u.id, '2022-09-30'))?.name).toBe('UBND huyện Chơn Thành');
    expect((await getUnit(ctx.db.q, u.id, '2022-10-01'))?.name).toBe('UBND thị xã Chơn Thành');
    expect((await unitNameHistory(ctx.db.q, u.id)).map((h) => [h.validFrom, h.validTo])).toEqual([
      ['2020-01-01', '2022-09-30'],
      ['2022-10-01', null],
    ]);
    // A stale version is refused and changes nothing.
    const stale = await renameUnit(ctx, {
      actor,
      input: { unitId: u.id, from: '2024-01-01', name: 'X', version: u.version },
    }).catch((e: unknown) => e);
    expect(isAppError(stale, 'STALE_VERSION')).toBe(true);
    expect(await unitNameHistory(ctx.db.q, u.id)).toHaveLength(2);
  });

  it('finds units diacritics-insensitively by name, short name or ký hiệu code', async () => {
    expect(
      (await resolveUnit(ctx.db.q, 'so ke hoach va dau tu', { asOf: '2023-01-01', field: 'unit' }))
        .id,
    ).toBe(p.skhdt.id);
    expect((await resolveUnit(ctx.db.q, 'SKHĐT', { asOf: '2023-01-01', field: 'unit' })).id).toBe(
      p.skhdt.id,
    );
    expect((await resolveUnit(ctx.db.q, 'skhdt', { asOf: '2023-01-01', field: 'unit' })).id).toBe(
      p.skhdt.id,
    );
    const err = await resolveUnit(ctx.db.q, 'Sở Không Có', {
      asOf: '2023-01-01',
      field: 'leadUnit',
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'UNKNOWN_UNIT') && err.field).toBe('leadUnit');
  });

  it('sorts units in Vietnamese order', async () => {
    const parent = await buildUnit(ctx, {
      code: 'T.SORT',
      kind: 'agency',
      parent: p.ubnd.id,
      name: 'Nhóm sắp xếp',
    });
    for (const name of ['Đồng Xoài', 'Bù Đốp', 'Bình Long', 'Chơn Thành', 'Bù Đăng']) {
      await buildUnit(ctx, { kind: 'division', parent: parent.id, name });
    }
    const rows = await listUnitsOn(ctx.db.q, {
      asOf: '2023-01-01',
      underPath: `${parent.path}`,
      kinds: ['division'],
    });
    expect(rows.map((r) => r.name)).toEqual([
      'Bình Long',
      'Bù Đăng',
      'Bù Đốp',
      'Chơn Thành',
      'Đồng Xoài',
    ]);
  });

  it('moves open incoming work and child units to the successor when a unit is merged', async () => {
    const oldUnit = await buildUnit(ctx, {
      code: 'T.SKHCN',
      kind: 'agency',
      parent: p.ubnd.id,
      name: 'Sở Khoa học và Công nghệ',
      symbolCode: 'SKHCN',
    });
    const child = await buildUnit(ctx, {
      code: 'T.SKHCN.P1',
      kind: 'division',
      parent: oldUnit.id,
      name: 'Phòng Quản lý công nghệ',
    });
    const successor = await buildUnit(ctx, {
      code: 'T.SKHCN2',
      kind: 'agency',
      parent: p.ubnd.id,
      name: 'Sở Khoa học, Công nghệ và Chuyển đổi số',
      validFrom: '2025-03-01',
    });
    const doc = await registerIncomingDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuerName: 'Bộ Khoa học và Công nghệ',
        numberSymbol: '123/BKHCN-VP',
        issueDate: '2025-02-20',
        arrivalDate: '2025-02-21',
        summary: 'V/v báo cáo',
        handlingUnit: oldUnit.code,
        handlingDeadline: '2025-03-31',
      },
    });
    const result = await dissolveUnit(ctx, {
      actor,
      input: { unitId: oldUnit.id, lastDay: '2025-02-28', successor: successor.code },
    });
    expect(result.moved).toEqual({ incoming_documents: 1 });
    expect(result.reparented).toBe(1);
    const moved = await ctx.db.q
      .selectFrom('documents')
      .select('handling_unit_id')
      .where('id', '=', doc.id)
      .executeTakeFirstOrThrow();
    expect(moved.handling_unit_id).toBe(successor.id);
    const movedChild = await getUnit(ctx.db.q, child.id, '2025-03-01');
    expect(movedChild?.parentId).toBe(successor.id);
    expect(movedChild?.path.startsWith(successor.path)).toBe(true);
    // The dissolved unit no longer resolves after its last day but still does before.
    expect(
      isAppError(
        await resolveUnit(ctx.db.q, oldUnit.code, { asOf: '2025-03-01', field: 'u' }).catch(
          (e: unknown) => e,
        ),
        'UNKNOWN_UNIT',
      ),
    ).toBe(true);
    expect((await resolveUnit(ctx.db.q, oldUnit.code, { asOf: '2025-02-28', field: 'u' })).id).toBe(
      oldUnit.id,
    );
    const again = await dissolveUnit(ctx, {
      actor,
      input: { unitId: oldUnit.id, lastDay: '2025-03-05' },
    }).catch((e: unknown) => e);
    expect(isAppError(again, 'UNIT_ALREADY_DISSOLVED')).toBe(true);
  });

  it('refuses a duplicate code and an unknown parent without writing', async () => {
    const before = await ctx.db.q
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const dup = await createUnit(ctx, {
      actor,
      input: { code: p.stc.code, kind: 'agency', name: 'X', validFrom: '2020-01-01' },
    }).catch((e: unknown) => e);
    expect(isAppError(dup, 'UNIT_CODE_TAKEN')).toBe(true);
    const orphan = await createUnit(ctx, {
      actor,
      input: {
        code: 'T.NEW',
        kind: 'agency',
        parent: 'Không có',
        name: 'X',
        validFrom: '2020-01-01',
      },
    }).catch((e: unknown) => e);
    expect(isAppError(orphan, 'UNKNOWN_UNIT')).toBe(true);
    const after = await ctx.db.q
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('people, positions and HĐND sessions', () => {
  it('appoints leaders with fields of charge and finds people without diacritics', async () => {
    const chair = await createPerson(ctx, { actor, input: { fullName: 'Trần Tuệ Hiền' } });
    const vice = await createPerson(ctx, {
      actor,
      input: { fullName: 'Lê Văn An', email: 'an@example.vn' },
    });
    await appointPosition(ctx, {
      actor,
      input: {
        personId: vice.id,
        unit: p.ubnd.code,
        title: 'Phó Chủ tịch',
        rank: 'deputy',
        fieldsOfCharge: ['Kinh tế'],
        validFrom: '2021-07-01',
      },
    });
    await appointPosition(ctx, {
      actor,
      input: {
        personId: chair.id,
        unit: p.ubnd.code,
        title: 'Chủ tịch',
        rank: 'head',
        validFrom: '2021-07-01',
      },
    });
    const positions = await listPositionsOn(ctx.db.q, { asOf: '2023-07-10', unitId: p.ubnd.id });
    expect(positions.map((x) => [x.fullName, x.title, x.fieldsOfCharge])).toEqual([
      ['Trần Tuệ Hiền', 'Chủ tịch', []],
      ['Lê Văn An', 'Phó Chủ tịch', ['Kinh tế']],
    ]);
    expect((await searchPeople(ctx.db.q, 'tue hien')).map((x) => x.fullName)).toEqual([
      'Trần Tuệ Hiền',
    ]);
    const badMail = await createPerson(ctx, {
      actor,
      input: { fullName: 'X', email: 'not-an-email' },
    }).catch((e: unknown) => e);
    expect(isAppError(badMail) && badMail.field).toBe('email');
  });

  it('records a term and its sessions with the words reports use', async () => {
    const term = await createCouncilTerm(ctx, {
      actor,
      input: { council: p.hdnd.code, number: 10, startYear: 2021, endYear: 2026 },
    });
    const s = await createCouncilSession(ctx, {
      actor,
      input: {
        termId: term.id,
        number: 11,
        kind: 'regular',
        startsOn: '2023-07-12',
        endsOn: '2023-07-14',
      },
    });
    expect(s.label).toBe('kỳ họp thứ mười một, khóa X, nhiệm kỳ 2021-2026');
    const dup = await createCouncilSession(ctx, {
      actor,
      input: {
        termId: term.id,
        number: 11,
        kind: 'regular',
        startsOn: '2023-07-12',
        endsOn: '2023-07-14',
      },
    }).catch((e: unknown) => e);
    expect(isAppError(dup, 'COUNCIL_SESSION_EXISTS')).toBe(true);
    expect(
      (await listCouncilSessions(ctx.db.q, { councilUnitId: p.hdnd.id })).map((x) => x.number),
    ).toEqual([11]);
    const backwards = await createCouncilSession(ctx, {
      actor,
      input: {
        termId: term.id,
        number: 12,
        kind: 'thematic',
        startsOn: '2023-09-12',
        endsOn: '2023-09-11',
      },
    }).catch((e: unknown) => e);
    expect(isAppError(backwards) && backwards.field).toBe('endsOn');
  });
});
