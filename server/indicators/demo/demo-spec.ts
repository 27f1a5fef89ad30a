/**
 * How the demo describes an indicator and its figures (Dữ liệu minh họa):
 * flows generated from a 2022 total, a seasonal profile and the 2023
 * change; explicit series for levels; numerators and denominators for
 * ratios; parents summed from their parts. Deterministic: the only
 * variation is a hash of the code and the period.
 */
import type { Aggregation, Direction } from '../../../shared/indicators/indicator-math';
import type { PeriodBasis } from '../../../shared/periods/periods';
import type { Frequency, IndicatorCategory, TargetKind } from '../tables';

/** Twelve monthly weights (normalised when used). */
export type Profile = readonly number[];

/** A flow (sum) generated month by month. */
export interface FlowFigures {
  kind: 'flow';
  /** The 2022 total the months share by `profile` (before the small variation). */
  total2022: number;
  profile: Profile;
  /** 2023 month ÷ the same month of 2022, for January–June (and the July estimate). */
  growth: number;
  decimals: number;
  /** Whether the July 2023 estimate (ước) is entered too. */
  julyEstimate?: boolean;
}

/** Figures given period by period (index 0 = period 1), null where none. */
export interface SeriesFigures {
  kind: 'series';
  y2022: readonly (number | null)[];
  y2023: readonly (number | null)[];
  /** The last 2023 figure is an estimate (ước). */
  lastIsEstimate?: boolean;
}

/** A monthly ratio: a denominator around `base` and the month's rate (numerator = base × rate). */
export interface RatioFigures {
  kind: 'ratio';
  base: number;
  rates2022: readonly number[];
  rates2023: readonly number[];
}

/** Figures summed from the parts (the indicators whose parent it is). */
export interface SumFigures {
  kind: 'sum';
}

/** One indicator of the demo catalogue. */
export interface DemoIndicator {
  code: string;
  nameVi: string;
  nameEn: string;
  category: IndicatorCategory;
  unitOfMeasure: string;
  frequency: Frequency;
  basis?: PeriodBasis;
  aggregation?: Aggregation;
  direction?: Direction;
  /** Owner unit code (`BP.STC`). */
  owner: string;
  dataSource: string;
  parent?: string;
  colourTarget?: TargetKind;
  /** 2023 targets. */
  targets: Partial<Record<TargetKind, number>>;
  figures: FlowFigures | SeriesFigures | RatioFigures | SumFigures;
}

/** Documents the 2023 targets are taken from (illustrative wording, no real numbers). */
export const TARGET_BASIS: Readonly<Record<TargetKind, string>> = {
  plan: 'Nghị quyết của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023 (minh họa)',
  estimate_central: 'Quyết định của Bộ Tài chính giao dự toán NSNN năm 2023 (minh họa)',
  estimate_council: 'Nghị quyết của HĐND tỉnh về dự toán thu NSNN năm 2023 (minh họa)',
};

/** Seasonal profiles (12 monthly weights). */
export const PROFILES = {
  /** Taxes: the January settlement peak, a December push. */
  tax: [1.35, 0.8, 0.95, 0.95, 0.95, 0.9, 0.95, 0.95, 0.95, 1.0, 1.05, 1.2],
  /** Land use fees of 2022: auctions in the first half, a frozen market after. */
  land2022: [1.6, 0.8, 1.4, 1.2, 1.3, 1.5, 0.9, 0.6, 0.7, 0.6, 0.6, 0.8],
  /** Lottery: a Tết bump, flat otherwise. */
  lottery: [1.15, 1.05, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 1.0, 1.0, 1.15],
  /** Trade: the Tết dip, a year-end rise. */
  trade: [0.75, 0.85, 1.0, 1.0, 1.0, 1.0, 1.05, 1.05, 1.05, 1.05, 1.05, 1.15],
  /** Retail and tourism: Tết and the summer holidays. */
  retail: [1.2, 1.1, 0.95, 0.95, 0.95, 1.0, 1.05, 1.0, 0.95, 0.95, 0.95, 1.05],
  /** Registrations (investment, new businesses): a slow first quarter. */
  registrations: [0.6, 0.7, 1.0, 1.0, 1.05, 1.1, 1.0, 1.0, 1.05, 1.1, 1.15, 1.25],
  /** Even. */
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
} as const satisfies Record<string, Profile>;

/** A deterministic variation in [1 − spread, 1 + spread] for a code and a period (FNV-1a). */
export function variation(code: string, year: number, index: number, spread = 0.04): number {
  let h = 0x811c9dc5;
  for (const ch of `${code}|${year}|${index}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 1 + spread * (2 * (h / 0xffffffff) - 1);
}

/** Rounds to `decimals` places. */
export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
