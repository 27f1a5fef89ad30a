/** Side-by-side timing shared by the benchmarks. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

/** Times the functions side by side, each round in an order rotated from the last. */
export async function timeSideBySide<K extends string>(
  runs: number,
  fns: Record<K, () => Promise<unknown>>,
): Promise<Record<K, Timing>> {
  const names = Object.keys(fns) as K[];
  const samples = new Map<K, number[]>(names.map((k) => [k, []]));
  for (let i = 0; i < runs; i += 1)
    for (let j = 0; j < names.length; j += 1) {
      const name = names[(i + j) % names.length] as K;
      const t0 = performance.now();
      await fns[name]();
      samples.get(name)?.push(performance.now() - t0);
    }
  const out = {} as Record<K, Timing>;
  for (const k of names) {
    const sorted = [...(samples.get(k) ?? [])].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
    out[k] = { median: at(0.5), p95: at(0.95) };
  }
  return out;
}
