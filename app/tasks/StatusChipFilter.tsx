/**
 * The status chips above the task list as toggle buttons (aria-pressed):
 * the five statuses and "sắp đến hạn"; several may be on at once.
 */
import { useId } from 'react';
import type { TaskStatus } from '../../shared/tasks/status';
import { useText } from '../platform/i18n';
import { TASK_STATUSES } from './labels';
import { StatusChip } from './StatusChip';
import { tasksText } from './text';

export function StatusChipFilter({
  status,
  dueSoon,
  onChange,
}: {
  status: readonly TaskStatus[];
  dueSoon: boolean;
  onChange: (next: { status: TaskStatus[]; dueSoon: boolean }) => void;
}) {
  const t = useText(tasksText).list;
  const labelId = useId();
  const hintId = useId();
  const toggle = (s: TaskStatus) =>
    onChange({
      status: status.includes(s) ? status.filter((x) => x !== s) : [...status, s],
      dueSoon,
    });
  return (
    <div className="chip-filter" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <p id={labelId} className="chip-filter-label">
        {t.statusGroup}
      </p>
      <p id={hintId} className="visually-hidden">
        {t.statusGroupHint}
      </p>
      <ul className="chip-filter-list">
        {TASK_STATUSES.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="chip-toggle"
              aria-pressed={status.includes(s)}
              onClick={() => toggle(s)}
            >
              <StatusChip chip={s} />
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="chip-toggle"
            aria-pressed={dueSoon}
            onClick={() => onChange({ status: [...status], dueSoon: !dueSoon })}
          >
            <StatusChip chip="DUE_SOON" />
          </button>
        </li>
      </ul>
    </div>
  );
}
