/** Orders units as a tree (parents before children, siblings as the API listed them) with depths. */
import type { Unit } from './api';

export interface UnitInTree {
  unit: Unit;
  depth: number;
}

export function asTree(units: readonly Unit[]): UnitInTree[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, Unit[]>();
  for (const u of units) {
    // A unit whose parent is not listed (filtered out, ended) starts a tree of its own.
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(u);
    children.set(parent, list);
  }
  const out: UnitInTree[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ unit: u, depth });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
