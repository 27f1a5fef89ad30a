import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ENGINE, type TestContext } from '../testing/test-context';
import { buildProvince, buildUnit, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { createIndicator } from './create-indicator';
import { updateIndicator } from './update-indicator';
import { browseIndicators } from './browse-indicators';
import { showIndicator } from './show-indicator';
import { setIndicatorTarget } from './set-indicator-target';
import { buildIndicator, refusal, userActor } from './testing/kit';

let ctx: TestContext;
let p: TestProvince;
let u: TestProvince;
let office: UserActor;
let staff: UserActor;
const system = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  u = await buildProvince(ctx, 'U');
  p = await buildProvince(ctx, 'T');
  office = await userActor(ctx, {
    username: 'vp',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  staff = await userActor(ctx, {
    username: 'tc.cv',
    role: 'unit_staff',
    unit: p.stc.code,
    scope: p.stc.code,
  });
});
afterAll(async () => ctx.cleanup());

describe(`indicator catalogue (${TEST_ENGINE})`, () => {
  it('adds an indicator to the owner unit’s province, code upper-cased, and refuses a taken code', async () => {
    const total = await createIndicator(ctx, {
      actor: office,
      input: {
        code: 'ns.tong',
        nameVi: 'Tổng thu ngân sách nhà nước trên địa bàn',
        nameEn: 'Total state budget revenue',
        category: 'budget_revenue',
        unitOfMeasure: 'tỷ đồng',
        frequency: 'monthly',
        ownerUnit: p.stc.code,
        colourTarget: 'estimate_council',
        dataSource: 'Kho bạc Nhà nước tỉnh',
      },
    });
    expect(total).toMatchObject({
      code: 'NS.TONG',
      provinceId: p.province.id,
      ownerUnit: { id: p.stc.id, code: 'T.STC', name: 'Sở Tài chính' },
      basis: 'calendar',
      aggregation: 'sum',
      direction: 'higher_is_better',
      colourTarget: 'estimate_council',
      active: true,
      version: 1,
    });
    const land = await createIndicator(ctx, {
      actor: office,
      input: {
        code: 'NS.TSDD',
        nameVi: 'Thu tiền sử dụng đất',
        nameEn: 'Land use fees',
        category: 'budget_revenue',
        unitOfMeasure: 'tỷ đồng',
        frequency: 'monthly',
        ownerUnit: p.stc.id,
        parent: 'ns.tong',
      },
    });
    expect(land.parentId).toBe(total.id);
    // The same code in another province is another indicator.
    const elsewhere = await buildIndicator(ctx, { code: 'NS.TONG', ownerUnit: u.stc.id });
    expect(elsewhere.provinceId).toBe(u.province.id);

    expect(
      await refusal(
        createIndicator(ctx, {
          actor: office,
          input: { ...baseInput(), code: 'NS.TONG', ownerUnit: p.skhdt.id },
        }),
      ),
    ).toBe('INDICATOR_CODE_TAKEN:code');
    // A parent of another province is not in this catalogue.
    expect(
      await refusal(
        createIndicator(ctx, {
          actor: office,
          input: { ...baseInput(), code: 'NS.X', ownerUnit: p.stc.id, parent: elsewhere.id },
        }),
      ),
    ).toBe('INDICATOR_PARENT_INVALID:parent');
    expect(
      await refusal(
        createIndicator(ctx, {
          actor: office,
          input: { ...baseInput(), frequency: 'weekly' as never },
        }),
      ),
    ).toBe('FIELD_INVALID:frequency');
    // Unit staff do not manage the catalogue; the office does not manage another province's.
    expect(
      await refusal(createIndicator(ctx, { actor: staff, input: { ...baseInput(), code: 'A1' } })),
    ).toBe('FORBIDDEN');
    expect(
      await refusal(
        createIndicator(ctx, {
          actor: office,
          input: { ...baseInput(), code: 'A2', ownerUnit: u.stc.id },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('updates descriptive fields with lost-update protection and refuses a parent cycle', async () => {
    const a = await buildIndicator(ctx, { ownerUnit: p.skhdt.id });
    const b = await buildIndicator(ctx, { ownerUnit: p.skhdt.id, parent: a.id });
    const renamed = await updateIndicator(ctx, {
      actor: office,
      input: { indicatorId: a.id, version: 1, nameVi: 'Tên mới', direction: 'lower_is_better' },
    });
    expect(renamed).toMatchObject({
      nameVi: 'Tên mới',
      direction: 'lower_is_better',
      version: 2,
      frequency: 'monthly',
    });
    expect(
      await refusal(
        updateIndicator(ctx, { actor: office, input: { indicatorId: a.id, version: 1 } }),
      ),
    ).toBe('STALE_VERSION:version');
    expect(
      await refusal(
        updateIndicator(ctx, { actor: office, input: { indicatorId: a.id, parent: b.id } }),
      ),
    ).toBe('INDICATOR_PARENT_INVALID:parent');
    // The period rules are fixed once created (over HTTP the unknown field is named).
    expect(
      await refusal(
        updateIndicator(ctx, {
          actor: office,
          input: { indicatorId: a.id, frequency: 'yearly' } as never,
        }),
      ),
    ).toBe('FIELD_INVALID:input');
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'indicator.update')
      .where('entity_id', '=', String(a.id))
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ name_vi: a.nameVi });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ name_vi: 'Tên mới' });
  });

  it('keeps both budget estimates and a plan per year, province-wide and per unit; a change bumps the version', async () => {
    const ind = await buildIndicator(ctx, { ownerUnit: p.stc.id, category: 'budget_revenue' });
    const district = await buildUnit(ctx, {
      code: 'T.HUYEN',
      kind: 'district_committee',
      parent: p.province.id,
      name: 'UBND huyện Thử',
    });
    const central = await setIndicatorTarget(ctx, {
      actor: office,
      input: {
        indicatorId: ind.id,
        year: 2023,
        kind: 'estimate_central',
        value: 11_570,
        basisDocument: 'QĐ 1506/QĐ-BTC',
      },
    });
    await setIndicatorTarget(ctx, {
      actor: office,
      input: { indicatorId: ind.id, year: 2023, kind: 'estimate_council', value: 12_000 },
    });
    const replaced = await setIndicatorTarget(ctx, {
      actor: office,
      input: {
        indicatorId: ind.id,
        year: 2023,
        kind: 'estimate_council',
        value: 12_500,
        basisDocument: 'NQ 25/NQ-HĐND',
        version: 1,
      },
    });
    expect(replaced).toMatchObject({ value: 12_500, version: 2, setBy: 'vp' });
    expect(
      await refusal(
        setIndicatorTarget(ctx, {
          actor: office,
          input: {
            indicatorId: ind.id,
            year: 2023,
            kind: 'estimate_council',
            value: 1,
            version: 1,
          },
        }),
      ),
    ).toBe('STALE_VERSION:version');
    await setIndicatorTarget(ctx, {
      actor: office,
      input: { indicatorId: ind.id, year: 2023, kind: 'plan', value: 900, unit: district.code },
    });
    expect(
      await refusal(
        setIndicatorTarget(ctx, {
          actor: office,
          input: { indicatorId: ind.id, year: 2023, kind: 'plan', value: 1, unit: u.stc.id },
        }),
      ),
    ).toBe('INDICATOR_UNIT_OUTSIDE_PROVINCE:unit');
    expect(
      await refusal(
        setIndicatorTarget(ctx, {
          actor: office,
          input: { indicatorId: ind.id, year: 2023, kind: 'plan', value: -5 },
        }),
      ),
    ).toBe('FIELD_INVALID:value');
    const shown = await showIndicator(ctx, { actor: staff, indicatorId: ind.id });
    expect(shown.targets.map((t) => [t.unit.code, t.kind, t.value, t.basisDocument])).toEqual([
      ['T', 'estimate_central', 11_570, 'QĐ 1506/QĐ-BTC'],
      ['T', 'estimate_council', 12_500, 'NQ 25/NQ-HĐND'],
      ['T.HUYEN', 'plan', 900, null],
    ]);
    expect(central.unit.code).toBe('T');
    const audit = await ctx.db.q
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'indicator.set_target')
      .where('entity_id', '=', String(ind.id))
      .orderBy('seq')
      .execute();
    expect(audit).toHaveLength(4);
    expect(JSON.parse(audit[2]?.before ?? 'null')).toEqual({ value: 12_000, basisDocument: null });
  });

  it('lists the catalogue in order, limited to the owner units in the actor’s scope', async () => {
    const all = await browseIndicators(ctx, { actor: office, input: {} });
    expect(all.province.code).toBe('T');
    expect(all.items.every((i) => i.provinceId === p.province.id)).toBe(true);
    expect(all.items.map((i) => i.code)).toContain('NS.TONG');
    const mine = await browseIndicators(ctx, { actor: staff, input: {} });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.ownerUnit.id === p.stc.id)).toBe(true);
    expect(mine.items.length).toBeLessThan(all.items.length);
    const revenue = await browseIndicators(ctx, {
      actor: office,
      input: { category: 'budget_revenue', q: 'su dung dat' },
    });
    expect(revenue.items.map((i) => i.code)).toEqual(['NS.TSDD']);
    // Another province's catalogue is empty from this scope; the system sees it.
    expect(
      (await browseIndicators(ctx, { actor: office, input: { province: 'U' } })).items,
    ).toEqual([]);
    expect(
      (await browseIndicators(ctx, { actor: system, input: { province: 'U' } })).items.length,
    ).toBeGreaterThan(0);
    expect(
      await refusal(
        showIndicator(ctx, {
          actor: staff,
          indicatorId: all.items.find((i) => i.ownerUnit.id !== p.stc.id)?.id ?? 0,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

function baseInput() {
  return {
    code: 'X.1',
    nameVi: 'Chỉ tiêu',
    nameEn: 'Indicator',
    category: 'economy' as const,
    unitOfMeasure: '%',
    frequency: 'monthly' as const,
    ownerUnit: p.stc.id,
  };
}
