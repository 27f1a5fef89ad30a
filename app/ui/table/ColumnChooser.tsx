import { useId } from 'react';
import { useText } from '../../platform/i18n';
import { uiText } from '../text';
import type { Column } from './columns';

/** A disclosure listing the table's columns as checkboxes. */
export function ColumnChooser<Row>({
  columns,
  hidden,
  onToggle,
}: {
  columns: readonly Column<Row>[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
}) {
  const t = useText(uiText);
  const hintId = useId();
  const summaryId = useId();
  return (
    <details className="column-chooser">
      <summary id={summaryId} className="button button-secondary">
        {t.columns}
      </summary>
      <fieldset
        className="column-chooser-panel"
        aria-labelledby={summaryId}
        aria-describedby={hintId}
      >
        <p id={hintId} className="field-hint">
          {t.columnsHint}
        </p>
        {columns
          .filter((c) => !c.alwaysVisible)
          .map((c) => (
            <label key={c.id} className="checkbox-line">
              <input
                type="checkbox"
                checked={!hidden.includes(c.id)}
                onChange={() => onToggle(c.id)}
              />
              {c.header}
            </label>
          ))}
      </fieldset>
    </details>
  );
}
