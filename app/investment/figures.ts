/**
 * Display of disbursement figures: amounts stored in VND shown in tỷ đồng
 * (`1.380,73 tỷ đồng`; GUIDE §5.2) and rates in percent with two decimals
 * (`29,20%`), in English with English separators.
 */
import { formatMoney, formatPercent } from '../../shared/vi/number';
import type { Lang } from '../platform/i18n';

const en2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** An amount in VND as tỷ đồng (billion VND). */
export function formatBillions(vnd: number, lang: Lang): string {
  return lang === 'vi' ? formatMoney(vnd, 'ty') : `${en2.format(vnd / 1e9)} billion VND`;
}

/** An amount in VND as a bare number of tỷ (for tables whose header names the unit). */
export function billionsNumber(vnd: number, lang: Lang): string {
  return formatBillions(vnd, lang).replace(/ (tỷ đồng|billion VND)$/, '');
}

/** A rate already in percent (29.198…) as `29,2%`; a dash when there is no plan. */
export function formatPercentRate(percent: number | null, lang: Lang): string {
  if (percent === null) return '—';
  return lang === 'vi' ? formatPercent(percent, { decimals: 2 }) : `${en2.format(percent)}%`;
}

/** Percentage points with a sign (`−65,8 điểm %`). */
export function formatPoints(points: number, lang: Lang): string {
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  const abs = Math.abs(points);
  return lang === 'vi'
    ? `${sign}${formatPercent(abs, { decimals: 2 }).replace('%', '')} điểm %`
    : `${sign}${en2.format(abs)} percentage points`;
}

/** Rates rounded for a chart's data (two decimals). */
export function chartRate(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 100) / 100;
}
