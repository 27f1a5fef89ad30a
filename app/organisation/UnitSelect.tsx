import type { ReactNode } from 'react';
import { loadError } from '../ui/ErrorNotice';
import { SelectField } from '../ui/fields';
import { useUnits, type Unit, type UnitKind } from './api';

/**
 * A labelled select of the units existing on a date, grouped by kind in the
 * order given; `emptyLabel` adds a first option with value "".
 */
export function UnitSelect({
  label,
  name,
  asOf,
  kinds,
  kindLabels,
  value,
  defaultValue,
  onChange,
  emptyLabel,
  required,
  error,
  hint,
}: {
  label: ReactNode;
  name: string;
  asOf: string;
  kinds?: readonly UnitKind[];
  kindLabels: Record<string, string>;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  emptyLabel?: string;
  required?: boolean;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  const units = useUnits({ asOf });
  const list = (units.data ?? []).filter((u) => !kinds || kinds.includes(u.kind));
  const groups = new Map<string, Unit[]>();
  for (const kind of kinds ?? [...new Set(list.map((u) => u.kind))]) groups.set(kind, []);
  for (const u of list) groups.get(u.kind)?.push(u);
  const controlled = value !== undefined;
  return (
    <SelectField
      label={label}
      name={name}
      required={required}
      error={error ?? loadError(units.error)}
      hint={hint}
      aria-busy={units.isLoading ? true : undefined}
      {...(controlled
        ? { value, onChange: (e) => onChange?.(e.target.value) }
        : { defaultValue, onChange: (e) => onChange?.(e.target.value) })}
      // The options arrive after the first render: remount so defaultValue applies.
      key={controlled ? 'controlled' : `loaded-${list.length}`}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {[...groups].map(([kind, members]) =>
        members.length === 0 ? null : (
          <optgroup key={kind} label={kindLabels[kind] ?? kind}>
            {members.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </SelectField>
  );
}
