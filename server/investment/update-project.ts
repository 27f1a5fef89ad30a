import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { optionalTextSchema, parseInput } from '../platform/validation';
import { checkVersion } from '../platform/versioning';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { getUnit } from '../organisation/unit-queries';
import { searchText, viSortKey } from '../../shared/vi/text';
import { loadProjectScope, projectResource } from './investment-scope';
import {
  amountSchema,
  projectCodeSchema,
  projectNameSchema,
  resolveProvinceUnit,
  unitRefSchema,
  yearSchema,
} from './project-inputs';
import { projectView, PROJECT_COLUMNS, type ProjectView } from './project-view';
import { PROJECT_GROUPS } from './tables';

/** Input of updateProject: the fields to change (absent ones stay). */
export const updateProjectInput = z
  .object({
    projectId: z.number().int().positive(),
    code: projectCodeSchema.optional(),
    name: projectNameSchema.optional(),
    investor: unitRefSchema.optional(),
    keyProject: z.boolean().optional(),
    location: optionalTextSchema(300).optional(),
    locationUnit: unitRefSchema.nullish(),
    groupClass: z.enum(PROJECT_GROUPS).nullish(),
    totalInvestment: amountSchema.nullish(),
    startYear: yearSchema.nullish(),
    endYear: yearSchema.nullish(),
    /** The version read; a different stored version refuses the write (412). */
    version: z.number().int().positive().optional(),
  })
  .strict();

/**
 * Changes a project's description, its key-project flag or its investor
 * (a transfer to another unit of the province). The actor must be allowed on
 * the project as it is and, on a transfer, on the new investor too.
 */
export async function updateProject(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof updateProjectInput> },
): Promise<ProjectView> {
  const data = parseInput(updateProjectInput, input);
  const today = ctx.clock.today();
  await ctx.db.write(async (tx) => {
    const scope = await loadProjectScope(tx, data.projectId);
    authorize(actor, 'investment.manage', projectResource(scope));
    checkVersion(scope.version, data.version);
    const before = await tx
      .selectFrom('investment_projects as p')
      .select(PROJECT_COLUMNS)
      .where('p.id', '=', data.projectId)
      .executeTakeFirstOrThrow();
    const province = await getUnit(tx, scope.provinceUnitId, today);
    if (!province) throw new Error(`province ${scope.provinceUnitId} missing`);
    let investorId = before.investor_unit_id;
    let investorName = (await getUnit(tx, investorId, today))?.name ?? '';
    if (data.investor !== undefined) {
      const investor = await resolveProvinceUnit(tx, data.investor, {
        province,
        field: 'investor',
        asOf: today,
      });
      authorize(
        actor,
        'investment.manage',
        projectResource({ investorPath: investor.path, provincePath: province.path }),
      );
      investorId = investor.id;
      investorName = investor.name;
    }
    let locationUnitId = before.location_unit_id;
    if (data.locationUnit !== undefined)
      locationUnitId =
        data.locationUnit === null
          ? null
          : (
              await resolveProvinceUnit(tx, data.locationUnit, {
                province,
                field: 'locationUnit',
                asOf: today,
              })
            ).id;
    const code = data.code ?? before.code;
    if (code !== before.code) {
      const taken = await tx
        .selectFrom('investment_projects')
        .select('id')
        .where('province_unit_id', '=', scope.provinceUnitId)
        .where('code', '=', code)
        .executeTakeFirst();
      if (taken)
        throw new AppError('INVESTMENT_PROJECT_CODE_TAKEN', {
          field: 'code',
          params: { code, province: province.name },
        });
    }
    const name = data.name ?? before.name;
    const location = data.location !== undefined ? data.location : before.location;
    const startYear = data.startYear !== undefined ? data.startYear : before.start_year;
    const endYear = data.endYear !== undefined ? data.endYear : before.end_year;
    if (startYear && endYear && endYear < startYear)
      throw new AppError('FIELD_INVALID', {
        field: 'endYear',
        params: { reason: `năm kết thúc ${endYear} trước năm bắt đầu ${startYear}` },
      });
    const after = {
      code,
      name,
      investor_unit_id: investorId,
      key_project: data.keyProject === undefined ? before.key_project : data.keyProject ? 1 : 0,
      location,
      location_unit_id: locationUnitId,
      group_class: data.groupClass !== undefined ? data.groupClass : before.group_class,
      total_investment:
        data.totalInvestment !== undefined ? data.totalInvestment : before.total_investment,
      start_year: startYear,
      end_year: endYear,
    };
    await tx
      .updateTable('investment_projects')
      .set({
        ...after,
        sort_key: viSortKey(name),
        search_text: searchText(code, name, location, investorName),
        updated_at: ctx.clock.now().toISOString(),
        version: before.version + 1,
      })
      .where('id', '=', data.projectId)
      .execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'investment.project_update',
      entity: 'investment_project',
      entityId: data.projectId,
      before: {
        code: before.code,
        name: before.name,
        investor_unit_id: before.investor_unit_id,
        key_project: before.key_project,
        location: before.location,
        location_unit_id: before.location_unit_id,
        group_class: before.group_class,
        total_investment: before.total_investment,
        start_year: before.start_year,
        end_year: before.end_year,
      },
      after,
    });
  });
  return projectView(ctx.db.q, data.projectId, today);
}
