/**
 * Display formats. Dates use the short Vietnamese form of shared/vi
 * (`10/7/2023`) in Vietnamese and ISO (`2023-07-10`) in English; numbers
 * use the Vietnamese separators (`1.234`) in Vietnamese.
 */
import { formatShortDate } from '../../shared/vi/date';
import { isLocalDate } from '../../shared/dates/local-date';
import { formatNumber, formatPercent } from '../../shared/vi/number';
import type { Lang } from './i18n';

/** A legal date for display; empty for null. */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '';
  const day = date.slice(0, 10);
  if (!isLocalDate(day)) return date;
  return lang === 'vi' ? formatShortDate(day) : day;
}

/** An integer count for display. */
export function formatCount(n: number, lang: Lang): string {
  return lang === 'vi' ? formatNumber(n) : new Intl.NumberFormat('en-US').format(n);
}

/** A file size: `12,5 KB`. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const text = lang === 'vi' ? formatNumber(value, { decimals: digits }) : value.toFixed(digits);
  return `${text} ${units[unit]}`;
}

/** A share (0–1) as a percentage with one decimal: `73,8%` (`73.8%` in English); a dash for null. */
export function formatRate(share: number | null, lang: Lang): string {
  if (share === null) return '—';
  const percent = share * 100;
  return lang === 'vi' ? formatPercent(percent, { decimals: 1 }) : `${percent.toFixed(1)}%`;
}

/** The local time of an ISO instant with offset (`2023-07-10T14:00:00+07:00` → `14:00`). */
export function formatLocalTime(isoLocal: string): string {
  return isoLocal.slice(11, 16);
}
