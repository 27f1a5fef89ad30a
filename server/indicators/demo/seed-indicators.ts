/**
 * The demo's indicators (Dữ liệu minh họa): Bình Phước's catalogue of 60
 * indicators with the 2023 targets, the figures of every period of 2022 and
 * of 2023 up to June (the July estimate "ước" where monthly reports give
 * one), the June revenue figures revised from estimate to actual, closed
 * periods, and two explanation requests on red indicators (land-auction
 * revenue, answered; exports, awaiting the Sở Công Thương). Everything goes
 * through the use cases, inside the demo's transaction, after the
 * organisation and its people exist.
 *
 * Units of measure: revenue, investment in tỷ đồng; exports, imports and FDI
 * in triệu USD; rates in %; counts in their own unit (dự án, doanh nghiệp,
 * người, vụ). Figures are illustrative.
 */
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import { addDays, minDate, type LocalDate } from '../../../shared/dates/local-date';
import { calendarRange, formatPeriodRef } from '../../../shared/periods/periods';
import { getUnitByCode } from '../../organisation/unit-queries';
import { createIndicator } from '../create-indicator';
import { setIndicatorTarget } from '../set-indicator-target';
import { enterIndicatorValue } from '../enter-indicator-value';
import { lockIndicatorPeriod } from '../lock-indicator-period';
import { requestExplanation } from '../request-explanation';
import { draftExplanation } from '../draft-explanation';
import { answerExplanation } from '../answer-explanation';
import { indicatorPeriod } from '../indicator-periods';
import { TARGET_BASIS, variation, round, type DemoIndicator } from './demo-spec';
import { demoFigures, type DemoFigure } from './demo-figures';
import { INVESTMENT, REVENUE, TRADE } from './revenue-data';
import { ADMINISTRATION, ECONOMY, ENVIRONMENT, SOCIAL } from './socio-economic-data';
import type { TargetKind } from '../tables';

/** The whole demo catalogue, parents before their parts, in display order. */
export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  ...REVENUE,
  ...TRADE,
  ...INVESTMENT,
  ...ECONOMY,
  ...SOCIAL,
  ...ENVIRONMENT,
  ...ADMINISTRATION,
];

/** Periods closed in the demo: the year 2022, the first quarter, April and May 2023. */
export const DEMO_LOCKS = ['2022', '2023-Q1', '2023-04', '2023-05'] as const;

/** Creates the demo's indicators; returns counts for the demo summary. */
export async function seedIndicators(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<Record<string, number>> {
  return ctx.db.write(async () => {
    progress(
      `Đang lập danh mục ${DEMO_INDICATORS.length} chỉ tiêu kinh tế - xã hội, thu ngân sách…`,
    );
    const today = ctx.clock.today();
    const ids = new Map<string, number>();
    const owners = new Map<string, Actor>();
    let targets = 0;
    for (const [i, spec] of DEMO_INDICATORS.entries()) {
      const owner = await getUnitByCode(ctx.db.q, spec.owner, today);
      if (!owner) throw new Error(`demo indicator ${spec.code}: no unit ${spec.owner}`);
      owners.set(spec.code, { kind: 'system', name: owner.name });
      const created = await createIndicator(ctx, {
        actor: { kind: 'system', name: 'demo' },
        input: {
          code: spec.code,
          nameVi: spec.nameVi,
          nameEn: spec.nameEn,
          category: spec.category,
          unitOfMeasure: spec.unitOfMeasure,
          frequency: spec.frequency,
          basis: spec.basis ?? 'calendar',
          aggregation: spec.aggregation ?? 'sum',
          direction: spec.direction ?? 'higher_is_better',
          ownerUnit: owner.id,
          dataSource: spec.dataSource,
          parent: spec.parent ?? null,
          colourTarget: spec.colourTarget ?? 'plan',
          sortOrder: (i + 1) * 10,
        },
      });
      ids.set(spec.code, created.id);
      for (const [kind, value] of Object.entries(spec.targets) as [TargetKind, number][]) {
        await setIndicatorTarget(ctx, {
          actor: { kind: 'system', name: 'Văn phòng UBND tỉnh' },
          input: {
            indicatorId: created.id,
            year: 2023,
            kind,
            value,
            basisDocument: TARGET_BASIS[kind],
          },
        });
        targets += 1;
      }
    }

    progress('Đang nhập số liệu các kỳ năm 2022 và 6 tháng đầu năm 2023…');
    const figures = demoFigures(DEMO_INDICATORS);
    let values = 0;
    for (const spec of DEMO_INDICATORS) {
      const id = ids.get(spec.code) ?? 0;
      const actor = owners.get(spec.code) ?? { kind: 'system', name: 'demo' };
      const series = figures.get(spec.code);
      if (!series) continue;
      const enter = async (year: number, v: DemoFigure, enteredOn: LocalDate) => {
        await enterIndicatorValue(ctx, {
          actor,
          input: {
            indicatorId: id,
            period: formatPeriodRef(indicatorPeriod(spec.frequency, year, v.index)),
            ...(v.value !== undefined ? { value: v.value } : {}),
            ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
            ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
            estimate: v.estimate,
            ...(v.estimate ? { note: 'Số ước thực hiện' } : {}),
            enteredOn,
          },
        });
        values += 1;
      };
      for (const [year, list] of [
        [2022, series.y2022],
        [2023, series.y2023],
      ] as const) {
        for (const v of list) {
          const p = indicatorPeriod(spec.frequency, year, v.index);
          const reported = minDate(addDays(calendarRange(p).to, 6), today);
          // June's monthly revenue was first reported as an estimate, then revised to the actual.
          if (
            spec.category === 'budget_revenue' &&
            year === 2023 &&
            v.index === 6 &&
            v.value !== undefined
          ) {
            await enter(
              year,
              {
                ...v,
                value: round(v.value * variation(spec.code, 2023, 60, 0.05), 1),
                estimate: true,
              },
              '2023-06-26',
            );
          }
          await enter(year, v, reported);
        }
      }
    }

    progress('Đang khóa số liệu các kỳ đã báo cáo và ghi yêu cầu giải trình…');
    const office: Actor = { kind: 'system', name: 'Văn phòng UBND tỉnh' };
    for (const period of DEMO_LOCKS)
      await lockIndicatorPeriod(ctx, {
        actor: office,
        input: { period, note: 'Đã tổng hợp báo cáo; khóa số liệu (minh họa)' },
      });
    const explanations = await seedExplanations(ctx, ids);
    progress('Đã tạo xong số liệu chỉ tiêu.');
    return {
      indicators: ids.size,
      indicatorTargets: targets,
      indicatorValues: values,
      indicatorLocks: DEMO_LOCKS.length,
      indicatorExplanations: explanations,
    };
  });
}

/** The person holding the head position of a unit on the demo's day, with the title. */
async function headOf(ctx: AppContext, unitCode: string, fallback: string): Promise<string> {
  const today = ctx.clock.today();
  const row = await ctx.db.q
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(['pe.full_name', 'p.title'])
    .where('u.code', '=', unitCode)
    .where('p.rank', '=', 'head')
    .where('p.valid_from', '<=', today)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', today)]))
    .orderBy('p.valid_from', 'desc')
    .executeTakeFirst();
  return row ? `${row.full_name} (${row.title})` : fallback;
}

/** Two explanation requests of the Chair on red indicators at June 2023; the Sở Tài chính has answered. */
async function seedExplanations(ctx: AppContext, ids: Map<string, number>): Promise<number> {
  const chair: Actor = {
    kind: 'system',
    name: await headOf(ctx, 'BP.UBND', 'Chủ tịch UBND tỉnh'),
  };
  const land = await requestExplanation(ctx, {
    actor: chair,
    input: {
      indicatorId: ids.get('NS.TSDD.DAUGIA') ?? 0,
      period: '2023-06',
      dueOn: '2023-07-20',
      message:
        'Thu tiền sử dụng đất qua đấu giá 6 tháng đầu năm đạt rất thấp so với dự toán HĐND tỉnh giao. Đề nghị Sở Tài chính giải trình nguyên nhân, tiến độ đấu giá các khu đất trong kế hoạch năm 2023 và giải pháp bảo đảm nguồn thu.',
    },
  });
  await draftExplanation(ctx, {
    actor: { kind: 'system', name: 'Chuyên viên Phòng Quản lý ngân sách, Sở Tài chính' },
    input: {
      explanationId: land.id,
      body: 'Dự thảo: thị trường bất động sản trầm lắng, nhiều phiên đấu giá không có người tham gia; một số khu đất chưa hoàn thành bồi thường, giải phóng mặt bằng.',
    },
  });
  await answerExplanation(ctx, {
    actor: { kind: 'system', name: await headOf(ctx, 'BP.STC', 'Giám đốc Sở Tài chính') },
    input: {
      explanationId: land.id,
      body: 'Sở Tài chính giải trình: (1) thị trường bất động sản trầm lắng, 04 phiên đấu giá trong quý II không có người tham gia; (2) 06 khu đất trong kế hoạch chưa hoàn thành giải phóng mặt bằng. Sở đã phối hợp Sở Tài nguyên và Môi trường rà soát, điều chỉnh giá khởi điểm và đề xuất đưa 09 khu đất ra đấu giá trong quý III/2023; đồng thời tham mưu sử dụng nguồn tăng thu ngân sách cấp tỉnh năm 2022 để giải ngân các dự án bố trí từ nguồn thu tiền sử dụng đất.',
    },
  });
  await requestExplanation(ctx, {
    actor: chair,
    input: {
      indicatorId: ids.get('XK.TONG') ?? 0,
      period: '2023-06',
      dueOn: '2023-07-20',
      message:
        'Kim ngạch xuất khẩu 6 tháng giảm so với cùng kỳ và thấp hơn tiến độ kế hoạch. Đề nghị Sở Công Thương giải trình, làm rõ các mặt hàng giảm mạnh và giải pháp hỗ trợ doanh nghiệp tìm kiếm thị trường.',
    },
  });
  return 2;
}
