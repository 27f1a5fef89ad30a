/** Display of a run: its instants and who ran it. */
import { formatDate } from '../platform/format';
import type { Lang } from '../platform/i18n';

/** An instant (ISO UTC) as the local date and time of the province (UTC+7, no daylight saving). */
export function formatInstant(iso: string, lang: Lang): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${formatDate(local.slice(0, 10), lang)} ${local.slice(11, 16)}`;
}

/** Who ran it: a person's name, or the system for command-line and demo runs (`system:…`). */
export function runBy(createdBy: string, system: string): string {
  return createdBy.startsWith('system:') ? system : createdBy;
}
