import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { searchText, viSortKey } from '../../shared/vi/text';
import { projectResource, resolveProvince } from './investment-scope';
import {
  amountSchema,
  projectCodeSchema,
  projectNameSchema,
  resolveProvinceUnit,
  unitRefSchema,
  yearSchema,
} from './project-inputs';
import { projectView, type ProjectView } from './project-view';
import { PROJECT_GROUPS } from './tables';

/** Input of createProject. */
export const createProjectInput = z
  .object({
    /** The province (id or code); the default province when omitted. */
    province: unitRefSchema.optional(),
    code: projectCodeSchema,
    name: projectNameSchema,
    /** Chủ đầu tư: a unit of the province. */
    investor: unitRefSchema,
    /** Công trình trọng điểm. */
    keyProject: z.boolean().default(false),
    /** Địa điểm xây dựng, as text. */
    location: optionalTextSchema(300),
    /** The district (or commune) the project is located in, when one. */
    locationUnit: unitRefSchema.nullish(),
    groupClass: z.enum(PROJECT_GROUPS).nullish(),
    /** Tổng mức đầu tư, VND. */
    totalInvestment: amountSchema.nullish(),
    startYear: yearSchema.nullish(),
    endYear: yearSchema.nullish(),
  })
  .strict();

/**
 * Records a public-investment project of a province with its investor unit
 * (chủ đầu tư). The code is unique within the province; the investor and the
 * location must be units of the province.
 */
export async function createProject(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof createProjectInput> },
): Promise<ProjectView> {
  const data = parseInput(createProjectInput, input);
  const today = ctx.clock.today();
  if (data.startYear && data.endYear && data.endYear < data.startYear)
    throw new AppError('FIELD_INVALID', {
      field: 'endYear',
      params: { reason: `năm kết thúc ${data.endYear} trước năm bắt đầu ${data.startYear}` },
    });
  const id = await ctx.db.write(async (tx) => {
    const province = await resolveProvince(tx, data.province, today);
    const investor = await resolveProvinceUnit(tx, data.investor, {
      province,
      field: 'investor',
      asOf: today,
    });
    authorize(
      actor,
      'investment.manage',
      projectResource({
        investorPath: investor.path,
        provincePath: province.path,
      }),
    );
    const locationUnit = data.locationUnit
      ? await resolveProvinceUnit(tx, data.locationUnit, {
          province,
          field: 'locationUnit',
          asOf: today,
        })
      : null;
    const taken = await tx
      .selectFrom('investment_projects')
      .select('id')
      .where('province_unit_id', '=', province.id)
      .where('code', '=', data.code)
      .executeTakeFirst();
    if (taken)
      throw new AppError('INVESTMENT_PROJECT_CODE_TAKEN', {
        field: 'code',
        params: { code: data.code, province: province.name },
      });
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('investment_projects')
      .values({
        province_unit_id: province.id,
        investor_unit_id: investor.id,
        code: data.code,
        name: data.name,
        key_project: data.keyProject ? 1 : 0,
        location: data.location,
        location_unit_id: locationUnit?.id ?? null,
        group_class: data.groupClass ?? null,
        total_investment: data.totalInvestment ?? null,
        start_year: data.startYear ?? null,
        end_year: data.endYear ?? null,
        sort_key: viSortKey(data.name),
        search_text: searchText(data.code, data.name, data.location, investor.name),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'investment.project_create',
      entity: 'investment_project',
      entityId: id,
      after: {
        province: province.code,
        code: data.code,
        name: data.name,
        investor: investor.code,
        keyProject: data.keyProject,
      },
    });
    return id;
  });
  return projectView(ctx.db.q, id, today);
}
