/**
 * Choosing several units (đơn vị phối hợp): a select of the units existing on
 * a date and an "add" button, the chosen units listed with a remove button
 * each and, optionally, fields of their own (a deadline per unit).
 */
import { useId, useState, type ReactNode } from 'react';
import { useLang, useText } from '../platform/i18n';
import { useUnits, type UnitKind } from '../organisation/api';
import { organisationText } from '../organisation/text';
import { tasksText } from './text';

export interface PickedUnit {
  id: number;
  name: string;
}

export function UnitMultiPicker({
  legend,
  asOf,
  kinds,
  value,
  onChange,
  exclude = [],
  hint,
  renderExtra,
}: {
  legend: string;
  asOf: string;
  kinds: readonly UnitKind[];
  value: readonly PickedUnit[];
  onChange: (next: PickedUnit[]) => void;
  /** Units that cannot be chosen here (the lead unit). */
  exclude?: readonly number[];
  hint?: string;
  renderExtra?: (unit: PickedUnit) => ReactNode;
}) {
  const t = useText(tasksText).units;
  const { lang } = useLang();
  const kindLabels = organisationText[lang].kind;
  const selectId = useId();
  const hintId = useId();
  const units = useUnits({ asOf });
  const [choice, setChoice] = useState('');
  const taken = new Set([...value.map((u) => u.id), ...exclude]);
  const available = (units.data ?? []).filter((u) => kinds.includes(u.kind) && !taken.has(u.id));
  const add = () => {
    const unit = units.data?.find((u) => String(u.id) === choice);
    if (!unit) return;
    onChange([...value, { id: unit.id, name: unit.name }]);
    setChoice('');
  };
  return (
    <fieldset className="unit-picker" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="unit-picker-add">
        <div className="field">
          <label htmlFor={selectId}>{t.pick(legend)}</label>
          <select
            id={selectId}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            aria-busy={units.isLoading ? true : undefined}
          >
            <option value="">—</option>
            {kinds.map((kind) => {
              const members = available.filter((u) => u.kind === kind);
              return members.length === 0 ? null : (
                <optgroup key={kind} label={kindLabels[kind] ?? kind}>
                  {members.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
        <button type="button" className="button button-secondary" onClick={add} disabled={!choice}>
          {t.add}
        </button>
      </div>
      {value.length === 0 ? (
        <p className="field-hint">{t.none}</p>
      ) : (
        <ul className="unit-picker-list" aria-label={t.chosen}>
          {value.map((u) => (
            <li key={u.id}>
              <span className="unit-picker-name">{u.name}</span>
              {renderExtra?.(u)}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onChange(value.filter((x) => x.id !== u.id))}
              >
                {t.remove(u.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
