/**
 * Chooses the report period of a figures page: a year, then a month,
 * quarter, half-year, nine months or the whole year of it (only periods
 * already begun at the product's today).
 */
import { parsePeriodRef } from '../../shared/periods/periods';
import { useLang, useText } from '../platform/i18n';
import { SelectField } from '../ui/fields';
import { labelOfPeriod, reportPeriods } from './figures';
import { indicatorsText } from './text';

export function ReportPeriodPicker({
  value,
  today,
  onChange,
}: {
  /** '2023-06', '2023-Q2', '2023-H1', '2023-9M', '2023'. */
  value: string;
  today: string;
  onChange: (period: string) => void;
}) {
  const t = useText(indicatorsText);
  const { lang } = useLang();
  const thisYear = Number(today.slice(0, 4));
  const year = parsePeriodRef(value)?.year ?? thisYear;
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const groups = reportPeriods(year, today);
  const changeYear = (next: number) => {
    // The same kind of period in the other year when it has begun, else that year's last month.
    const p = parsePeriodRef(value);
    const same = p ? value.replace(/^\d{4}/, String(next)) : '';
    const options = reportPeriods(next, today).flatMap((g) => g.periods);
    onChange(
      options.includes(same) ? same : (options.filter((o) => /-\d\d$/.test(o)).at(-1) ?? ''),
    );
  };
  return (
    <div className="form-grid period-choice">
      <SelectField
        label={t.picker.year}
        value={year}
        onChange={(e) => changeYear(Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <SelectField label={t.picker.period} value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g.kind} label={t.periodKinds[g.kind]}>
            {g.periods.map((p) => (
              <option key={p} value={p}>
                {labelOfPeriod(p, lang)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
    </div>
  );
}
