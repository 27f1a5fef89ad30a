/**
 * A labelled select of the leaders of the provincial People's Committee on a
 * date (the Chủ tịch and the Phó Chủ tịch: who can be a task's leader in charge).
 */
import { useUnits, usePositions } from '../organisation/api';
import { loadError } from '../ui/ErrorNotice';
import { SelectField } from '../ui/fields';

export function LeaderSelect({
  label,
  name,
  asOf,
  emptyLabel,
  defaultValue,
  error,
}: {
  label: string;
  name: string;
  asOf: string;
  emptyLabel: string;
  defaultValue?: string;
  error?: string | undefined;
}) {
  const committees = useUnits({ asOf, kind: 'provincial_committee' });
  const committeeId = committees.data?.[0]?.id;
  // Disabled (empty date) until the committee is known, so it never lists every position.
  const positions = usePositions(committeeId === undefined ? '' : asOf, committeeId);
  const leaders = positions.data ?? [];
  return (
    <SelectField
      label={label}
      name={name}
      defaultValue={defaultValue}
      error={error ?? loadError(committees.error) ?? loadError(positions.error)}
      aria-busy={positions.isLoading ? true : undefined}
      // The options arrive after the first render: remount so defaultValue applies.
      key={`leaders-${leaders.length}`}
    >
      <option value="">{emptyLabel}</option>
      {leaders
        .filter((p) => p.rank === 'head' || p.rank === 'deputy')
        .map((p) => (
          <option key={p.id} value={p.personId}>
            {p.fullName} — {p.title}
          </option>
        ))}
    </SelectField>
  );
}
