import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import type { BudgetLevel, FundingKind, Programme } from './tables';

/** A capital source as a province sees it: national nodes and the province's own sub-sources. */
export interface SourceNode {
  id: number;
  code: string;
  name: string;
  shortName: string;
  parentId: number | null;
  path: string;
  depth: number;
  /** Null for a national node; the province's id for its own sub-source. */
  provinceUnitId: number | null;
  budgetLevel: BudgetLevel | null;
  fundingKind: FundingKind | null;
  programme: Programme | null;
  /** Plans and disbursements are entered on leaves only; groups roll their leaves up. */
  isLeaf: boolean;
  sortOrder: number;
}

/** The capital-source tree of a province, parents before children, in display order. */
export interface SourceTree {
  nodes: SourceNode[];
  byId: ReadonlyMap<number, SourceNode>;
  byCode: ReadonlyMap<string, SourceNode>;
}

/** Capital-source codes are upper-case ASCII: `NSDP.TSDD`, `CTMTQG.NTM.DTPT.NSTW`. */
export function normaliseSourceCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Loads the tree the province sees (national nodes plus its own). */
export async function loadSourceTree(q: Tx, provinceUnitId: number): Promise<SourceTree> {
  const rows = await q
    .selectFrom('capital_sources')
    .select([
      'id',
      'code',
      'name',
      'short_name',
      'parent_id',
      'path',
      'depth',
      'province_unit_id',
      'budget_level',
      'funding_kind',
      'programme',
      'sort_order',
    ])
    .where((eb) =>
      eb.or([eb('province_unit_id', 'is', null), eb('province_unit_id', '=', provinceUnitId)]),
    )
    .execute();
  const parents = new Set(rows.map((r) => r.parent_id).filter((p): p is number => p !== null));
  const nodes: SourceNode[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    parentId: r.parent_id,
    path: r.path,
    depth: r.depth,
    provinceUnitId: r.province_unit_id,
    budgetLevel: r.budget_level,
    fundingKind: r.funding_kind,
    programme: r.programme,
    isLeaf: !parents.has(r.id),
    sortOrder: r.sort_order,
  }));
  nodes.sort(treeOrder(nodes));
  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    byCode: new Map(nodes.map((n) => [n.code, n])),
  };
}

/** Depth-first display order: each node after its parent, siblings by sort order then code. */
function treeOrder(nodes: readonly SourceNode[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const key = (n: SourceNode): string =>
    n.path
      .split('/')
      .filter(Boolean)
      .map((id) => {
        const x = byId.get(Number(id));
        return `${String(x?.sortOrder ?? 0).padStart(6, '0')}:${x?.code ?? id}`;
      })
      .join('/');
  const keys = new Map(nodes.map((n) => [n.id, key(n)]));
  return (a: SourceNode, b: SourceNode) =>
    (keys.get(a.id) ?? '') < (keys.get(b.id) ?? '') ? -1 : 1;
}

/** The ancestors of a node, root first, and the node itself. */
export function lineage(tree: SourceTree, node: SourceNode): SourceNode[] {
  return node.path
    .split('/')
    .filter(Boolean)
    .map((id) => tree.byId.get(Number(id)))
    .filter((n): n is SourceNode => n !== undefined);
}

/** The leaves under a node (the node itself when it is a leaf). */
export function leavesUnder(tree: SourceTree, node: SourceNode): SourceNode[] {
  return tree.nodes.filter((n) => n.isLeaf && n.path.startsWith(node.path));
}

/**
 * The source a user or a file names by code; plans and disbursements need a
 * leaf. Throws CAPITAL_SOURCE_UNKNOWN or CAPITAL_SOURCE_NOT_LEAF naming `field`.
 */
export function resolveSource(
  tree: SourceTree,
  code: string,
  opts: { field: string; leaf?: boolean },
): SourceNode {
  const node = tree.byCode.get(normaliseSourceCode(code));
  if (!node)
    throw new AppError('CAPITAL_SOURCE_UNKNOWN', { field: opts.field, params: { value: code } });
  if (opts.leaf && !node.isLeaf) {
    const example = leavesUnder(tree, node)[0]?.code ?? '';
    throw new AppError('CAPITAL_SOURCE_NOT_LEAF', {
      field: opts.field,
      params: { value: node.code, example },
    });
  }
  return node;
}
