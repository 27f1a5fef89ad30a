/**
 * The demo's figures, computed from the catalogue specs before anything is
 * written: every period of 2022 and of 2023 up to the demo's July, parents
 * summed from their parts. Pure and deterministic.
 */
import type { DemoIndicator, FlowFigures, RatioFigures } from './demo-spec';
import { round, variation } from './demo-spec';

/** One period's figure. */
export interface DemoFigure {
  index: number;
  value?: number;
  numerator?: number;
  denominator?: number;
  estimate: boolean;
}

/** Figures by year of one indicator. */
export interface DemoSeries {
  y2022: DemoFigure[];
  y2023: DemoFigure[];
}

function flow(code: string, f: FlowFigures): DemoSeries {
  const sum = f.profile.reduce((s, w) => s + w, 0);
  const y2022 = f.profile.map((w, i) => ({
    index: i + 1,
    value: round((f.total2022 * w * variation(code, 2022, i + 1)) / sum, f.decimals),
    estimate: false,
  }));
  const y2023: DemoFigure[] = y2022.slice(0, 6).map((v) => ({
    index: v.index,
    value: round((v.value ?? 0) * f.growth * variation(code, 2023, v.index), f.decimals),
    estimate: false,
  }));
  if (f.julyEstimate)
    y2023.push({
      index: 7,
      value: round((y2022[6]?.value ?? 0) * f.growth, f.decimals),
      estimate: true,
    });
  return { y2022, y2023 };
}

function ratio(code: string, f: RatioFigures): DemoSeries {
  const year = (y: number, rates: readonly number[]) =>
    rates.map((rate, i) => {
      const denominator = Math.round(f.base * variation(code, y, i + 1, 0.05));
      return {
        index: i + 1,
        numerator: Math.round(denominator * rate),
        denominator,
        estimate: false,
      };
    });
  return { y2022: year(2022, f.rates2022), y2023: year(2023, f.rates2023) };
}

function series(
  y2022: readonly (number | null)[],
  y2023: readonly (number | null)[],
  lastIsEstimate: boolean,
): DemoSeries {
  const year = (values: readonly (number | null)[], estimateLast: boolean): DemoFigure[] =>
    values.flatMap((value, i) =>
      value === null
        ? []
        : [{ index: i + 1, value, estimate: estimateLast && i === values.length - 1 }],
    );
  return { y2022: year(y2022, false), y2023: year(y2023, lastIsEstimate) };
}

/** Adds the parts' figures period by period (decimals of the parts kept). */
function sumOf(parts: readonly DemoSeries[]): DemoSeries {
  const add = (pick: (s: DemoSeries) => DemoFigure[]): DemoFigure[] => {
    const byIndex = new Map<number, DemoFigure>();
    for (const part of parts)
      for (const v of pick(part)) {
        const cur = byIndex.get(v.index) ?? { index: v.index, value: 0, estimate: false };
        byIndex.set(v.index, {
          index: v.index,
          value: round((cur.value ?? 0) + (v.value ?? 0), 3),
          estimate: cur.estimate || v.estimate,
        });
      }
    return [...byIndex.values()].sort((a, b) => a.index - b.index);
  };
  return { y2022: add((s) => s.y2022), y2023: add((s) => s.y2023) };
}

/** Every indicator's figures by code; parents are summed from the indicators naming them. */
export function demoFigures(specs: readonly DemoIndicator[]): Map<string, DemoSeries> {
  const out = new Map<string, DemoSeries>();
  // Parts come after their parent in the catalogue: walking backwards computes parts first.
  for (const spec of [...specs].reverse()) {
    const f = spec.figures;
    switch (f.kind) {
      case 'flow':
        out.set(spec.code, flow(spec.code, f));
        break;
      case 'ratio':
        out.set(spec.code, ratio(spec.code, f));
        break;
      case 'series':
        out.set(spec.code, series(f.y2022, f.y2023, f.lastIsEstimate ?? false));
        break;
      case 'sum': {
        const parts = specs.filter((s) => s.parent === spec.code).map((s) => out.get(s.code));
        if (parts.some((p) => p === undefined))
          throw new Error(`demo indicator ${spec.code}: a part is listed before its parent`);
        out.set(spec.code, sumOf(parts as DemoSeries[]));
        break;
      }
    }
  }
  return out;
}
