import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { checkVersion } from '../platform/versioning';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { loadProjectScope, projectResource } from './investment-scope';

/**
 * Deletes a project entered by mistake. A project with a capital plan or a
 * disbursement is part of the record and is refused (409).
 */
export async function deleteProject(
  ctx: AppContext,
  { actor, projectId, version }: { actor: Actor; projectId: number; version?: number | undefined },
): Promise<void> {
  await ctx.db.write(async (tx) => {
    const scope = await loadProjectScope(tx, projectId);
    authorize(actor, 'investment.manage', projectResource(scope));
    checkVersion(scope.version, version);
    const plan = await tx
      .selectFrom('capital_plans')
      .select('id')
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    const paid = await tx
      .selectFrom('disbursements')
      .select('id')
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    if (plan || paid)
      throw new AppError('INVESTMENT_PROJECT_IN_USE', { params: { code: scope.code } });
    await tx.deleteFrom('investment_projects').where('id', '=', projectId).execute();
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'investment.project_delete',
      entity: 'investment_project',
      entityId: projectId,
      before: { code: scope.code, name: scope.name, investor_unit_id: scope.investorUnitId },
    });
  });
}
