/**
 * Status chips: the five VPCP statuses and "sắp đến hạn", each a colour,
 * a mark and — always — its words, so colour is never the only signal.
 */
import type { TaskStatus } from '../../shared/tasks/status';
import { useText } from '../platform/i18n';
import type { TaskView } from './api';
import { taskLabels } from './labels';

/** A chip's key: a status, or the due-soon flag. */
export type ChipKey = TaskStatus | 'DUE_SOON';

const MARKS: Record<ChipKey, string> = {
  HT_DUNG_HAN: '✓',
  HT_QUA_HAN: '✓',
  CHT_TRONG_HAN: '○',
  CHT_QUA_HAN: '!',
  KHONG_THOI_HAN: '∞',
  DUE_SOON: '◔',
};

/** One chip: mark and words, coloured by its key. */
export function StatusChip({ chip }: { chip: ChipKey }) {
  const l = useText(taskLabels);
  return (
    <span className={`task-chip task-chip-${chip}`}>
      <span className="task-chip-mark" aria-hidden="true">
        {MARKS[chip]}
      </span>
      {chip === 'DUE_SOON' ? l.dueSoon : l.status[chip]}
    </span>
  );
}

/** A task's status chip, with "sắp đến hạn" and "chờ … phê duyệt" beside it when they apply. */
export function TaskStatusChips({ task }: { task: Pick<TaskView, 'status' | 'awaitingBody'> }) {
  const l = useText(taskLabels);
  return (
    <span className="task-chips">
      <StatusChip chip={task.status.status} />
      {task.status.dueSoon && <StatusChip chip="DUE_SOON" />}
      {task.awaitingBody && (
        <span className="task-chip task-chip-awaiting">
          <span className="task-chip-mark" aria-hidden="true">
            ⧗
          </span>
          {l.awaitingBody(task.awaitingBody)}
        </span>
      )}
    </span>
  );
}

/** The plain words of a task's chips (Excel, sorting). */
export function statusWords(
  task: Pick<TaskView, 'status' | 'awaitingBody'>,
  l: (typeof taskLabels)['vi'],
): string {
  return [
    l.status[task.status.status],
    task.status.dueSoon ? l.dueSoon : '',
    task.awaitingBody ? l.awaitingBody(task.awaitingBody) : '',
  ]
    .filter(Boolean)
    .join('; ');
}
