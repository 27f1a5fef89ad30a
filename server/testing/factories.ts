import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { setSetting } from '../platform/settings';
import { createUnit } from '../organisation/create-unit';
import type { UnitRow } from '../organisation/unit-queries';
import type { UnitKind } from '../organisation/tables';

let seq = 0;

/** A unit with sensible defaults; creates nothing else. */
export async function buildUnit(
  ctx: AppContext,
  opts: {
    code?: string;
    kind?: UnitKind;
    parent?: number | string | null;
    name?: string;
    symbolCode?: string | null;
    validFrom?: string;
  } = {},
): Promise<UnitRow> {
  seq += 1;
  return createUnit(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: opts.code ?? `U${seq}`,
      kind: opts.kind ?? 'agency',
      parent: opts.parent ?? null,
      name: opts.name ?? `Đơn vị thử ${seq}`,
      symbolCode: opts.symbolCode ?? null,
      validFrom: opts.validFrom ?? '2020-01-01',
    },
  });
}

/** A small province: the province node, its UBND (ký hiệu UBND), HĐND, Tỉnh ủy and two agencies. */
export interface TestProvince {
  province: UnitRow;
  ubnd: UnitRow;
  hdnd: UnitRow;
  tinhUy: UnitRow;
  skhdt: UnitRow;
  stc: UnitRow;
}

/** Builds a small province and makes it the default one. */
export async function buildProvince(ctx: AppContext, prefix = 'T'): Promise<TestProvince> {
  const province = await buildUnit(ctx, {
    code: prefix,
    kind: 'province',
    name: `Tỉnh Thử ${prefix}`,
  });
  const ubnd = await buildUnit(ctx, {
    code: `${prefix}.UBND`,
    kind: 'provincial_committee',
    parent: province.id,
    name: `Ủy ban nhân dân tỉnh Thử ${prefix}`,
    symbolCode: 'UBND',
  });
  const hdnd = await buildUnit(ctx, {
    code: `${prefix}.HDND`,
    kind: 'provincial_council',
    parent: province.id,
    name: `Hội đồng nhân dân tỉnh Thử ${prefix}`,
    symbolCode: 'HĐND',
  });
  const tinhUy = await buildUnit(ctx, {
    code: `${prefix}.TU`,
    kind: 'party_committee',
    parent: province.id,
    name: `Tỉnh ủy Thử ${prefix}`,
    symbolCode: 'TU',
  });
  const skhdt = await buildUnit(ctx, {
    code: `${prefix}.SKHDT`,
    kind: 'agency',
    parent: ubnd.id,
    name: 'Sở Kế hoạch và Đầu tư',
    symbolCode: 'SKHĐT',
  });
  const stc = await buildUnit(ctx, {
    code: `${prefix}.STC`,
    kind: 'agency',
    parent: ubnd.id,
    name: 'Sở Tài chính',
    symbolCode: 'STC',
  });
  await ctx.db.write((tx) => setSetting(tx, 'defaultProvinceCode', province.code, ctx.clock.now()));
  return { province, ubnd, hdnd, tinhUy, skhdt, stc };
}
