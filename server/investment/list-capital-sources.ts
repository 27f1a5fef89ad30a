import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { resolveProvince } from './investment-scope';
import { unitRefSchema } from './project-inputs';
import { loadSourceTree } from './source-tree';
import type { BudgetLevel, FundingKind, Programme } from './tables';

/** Input of listCapitalSources. */
export const listCapitalSourcesInput = z.object({ province: unitRefSchema.optional() }).strict();

/** A node of the capital-source tree with its children (response shape). */
export interface CapitalSourceNodeView {
  code: string;
  name: string;
  shortName: string;
  /** True for a sub-source the province added; false for the national standard nodes. */
  provincial: boolean;
  budgetLevel: BudgetLevel | null;
  /** `investment` (vốn đầu tư phát triển) or `recurrent` (kinh phí sự nghiệp); null on a mixed group. */
  fundingKind: FundingKind | null;
  programme: Programme | null;
  /** Plans and disbursements are entered on leaves. */
  isLeaf: boolean;
  children: CapitalSourceNodeView[];
}

/**
 * The capital-source tree a province uses (GUIDE §5.3): NSĐP (cân đối, tiền
 * sử dụng đất, xổ số, bội chi, tăng thu), NSTW (trong nước, nước ngoài…), the
 * 3 national target programmes with investment capital and recurrent funds
 * apart, and the province's own sub-sources. Reference data: any role reads it.
 */
export async function listCapitalSources(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof listCapitalSourcesInput> },
): Promise<{
  province: { id: number; code: string; name: string };
  roots: CapitalSourceNodeView[];
}> {
  const data = parseInput(listCapitalSourcesInput, input);
  authorize(actor, 'investment.read');
  const q = ctx.db.q;
  const province = await resolveProvince(q, data.province, ctx.clock.today());
  const tree = await loadSourceTree(q, province.id);
  const views = new Map<number, CapitalSourceNodeView>();
  const roots: CapitalSourceNodeView[] = [];
  for (const n of tree.nodes) {
    const view: CapitalSourceNodeView = {
      code: n.code,
      name: n.name,
      shortName: n.shortName,
      provincial: n.provinceUnitId !== null,
      budgetLevel: n.budgetLevel,
      fundingKind: n.fundingKind,
      programme: n.programme,
      isLeaf: n.isLeaf,
      children: [],
    };
    views.set(n.id, view);
    const parent = n.parentId === null ? undefined : views.get(n.parentId);
    if (parent) parent.children.push(view);
    else roots.push(view);
  }
  return { province: { id: province.id, code: province.code, name: province.name }, roots };
}
