/**
 * Timeliness in words with the task chips' colours and marks (never colour
 * alone): on time, late, overdue, within the limit.
 */
import { useText } from '../platform/i18n';
import type { Timeliness } from './api';
import { citizensText } from './text';

const CHIP: Record<Timeliness, { css: string; mark: string }> = {
  on_time: { css: 'HT_DUNG_HAN', mark: '✓' },
  late: { css: 'HT_QUA_HAN', mark: '✓' },
  overdue: { css: 'CHT_QUA_HAN', mark: '!' },
  in_progress: { css: 'CHT_TRONG_HAN', mark: '○' },
};

export function TimelinessChip({ value }: { value: Timeliness | null }) {
  const t = useText(citizensText);
  if (!value) return null;
  const chip = CHIP[value];
  return (
    <span className={`task-chip task-chip-${chip.css}`}>
      <span className="task-chip-mark" aria-hidden="true">
        {chip.mark}
      </span>
      {t.timeliness[value]}
    </span>
  );
}
